/**
 * Site settings and the menu are kept in memory and revalidated at most every
 * CONTENT_CACHE_MS with a read of `updatedAt` only; CONTENT_CACHE_MS=0 reads
 * them whole every time.
 */
import { performance } from 'node:perf_hooks'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { startPortal, type TestPortal } from './helpers/payload'

type Content = typeof import('../../site/src/lib/content')

let portal: TestPortal
let payload: Payload
let content: Content
let resetEnv: () => void

const TTL_MS = 100
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const setCacheMs = (ms: number) => {
  process.env.CONTENT_CACHE_MS = String(ms)
  resetEnv()
}

/** The findGlobal calls made while `run` runs: whole reads, and reads of `updatedAt` only. */
async function globalReads<T>(run: () => Promise<T>) {
  const spy = vi.spyOn(payload, 'findGlobal')
  try {
    const value = await run()
    const args = spy.mock.calls.map(([a]) => a as { select?: unknown })
    return { value, whole: args.filter((a) => !a.select).length, stamps: args.filter((a) => a.select).length }
  } finally {
    spy.mockRestore()
  }
}

const links = Array.from({ length: 12 }, (_, i) => ({ label: `Cơ quan liên kết số ${i + 1}`, url: `https://co-quan-${i + 1}.gov.vn/` }))

beforeAll(async () => {
  process.env.CONTENT_CACHE_MS = '0'
  portal = await startPortal()
  payload = portal.payload
  resetEnv = (await import('@portal/cms/env/index')).resetEnv
  await payload.updateGlobal({
    slug: 'site-settings',
    data: { portalName: 'Cổng thông tin Thi đua – Khen thưởng', agencyName: 'Sở Nội vụ', address: 'Số 1, đường Trần Phú', relatedLinks: links },
    overrideAccess: true,
  })
  await payload.updateGlobal({
    slug: 'navigation',
    data: { items: [{ label: 'Tin tức', url: '/tin-tuc', children: [{ label: 'Văn bản', url: '/van-ban' }] }] },
    overrideAccess: true,
  })
  content = await import('../../site/src/lib/content')
})
afterAll(async () => {
  setCacheMs(0)
  await portal?.close()
})

describe('CONTENT_CACHE_MS=0', () => {
  it('reads the whole global on every call', async () => {
    const reads = await globalReads(async () => {
      await content.siteSettings()
      await content.siteSettings()
      return content.navigation()
    })
    expect(reads).toMatchObject({ whole: 3, stamps: 0 })
    expect(reads.value.items?.[0]?.label).toBe('Tin tức')
  })
})

describe('CONTENT_CACHE_MS > 0', () => {
  it('reads once, answers from memory within the interval, then checks updatedAt only', async () => {
    setCacheMs(TTL_MS)
    const first = await globalReads(() => content.siteSettings())
    expect(first).toMatchObject({ whole: 1, stamps: 0 })

    const within = await globalReads(async () => Promise.all(Array.from({ length: 20 }, () => content.siteSettings())))
    expect(within).toMatchObject({ whole: 0, stamps: 0 })
    expect(within.value[0]).toBe(first.value)

    await sleep(TTL_MS + 20)
    // Concurrent requests after the interval share one check.
    const unchanged = await globalReads(async () => Promise.all(Array.from({ length: 5 }, () => content.siteSettings())))
    expect(unchanged).toMatchObject({ whole: 0, stamps: 1 })
    expect(unchanged.value[0]).toBe(first.value)
  })

  it('an edit in the CMS shows after at most one interval, read whole once', async () => {
    setCacheMs(TTL_MS)
    await content.siteSettings()
    await sleep(5)
    await payload.updateGlobal({ slug: 'site-settings', data: { portalName: 'Cổng thông tin đã đổi tên' }, overrideAccess: true })
    await sleep(TTL_MS + 20)
    const changed = await globalReads(() => content.siteSettings())
    expect(changed).toMatchObject({ whole: 1, stamps: 1 })
    expect(changed.value.portalName).toBe('Cổng thông tin đã đổi tên')
    const again = await globalReads(() => content.siteSettings())
    expect(again).toMatchObject({ whole: 0, stamps: 0 })
  })

  it('a check of updatedAt is cheaper than a whole read', async () => {
    const read = (select?: Record<string, true>) => payload.findGlobal({ slug: 'site-settings', depth: 0, draft: false, overrideAccess: false, ...(select ? { select } : {}) })
    const time = async (select?: Record<string, true>) => {
      const start = performance.now()
      for (let i = 0; i < 200; i++) await read(select)
      return (performance.now() - start) / 200
    }
    await time()
    const wholeMs = await time()
    const stampMs = await time({ updatedAt: true })
    const wholeBytes = JSON.stringify(await read()).length
    const stampBytes = JSON.stringify(await read({ updatedAt: true })).length
    console.info(`site-settings: whole read ${wholeMs.toFixed(3)} ms / ${wholeBytes} bytes, updatedAt check ${stampMs.toFixed(3)} ms / ${stampBytes} bytes`)
    expect(stampBytes * 5).toBeLessThan(wholeBytes)
    expect(stampMs).toBeLessThan(wholeMs)
  })
})
