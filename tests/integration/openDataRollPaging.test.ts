/**
 * The open honour roll read to its end at a size where counting stops
 * (cms/src/awards/rollSearch.ts: MAX_ROLL_PAGE): `links.next` follows the
 * roll's key (?sau=), so a program reaches every record exactly once, however
 * deep, also while awards are added; the count says it is a lower bound;
 * numbered pages past the cap and forged cursors are refused in Vietnamese.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { AWARD_TYPES } from '@portal/shared'

import { startPortal, type TestPortal } from './helpers/payload'

type OpenData = typeof import('../../site/src/lib/openData')

const STORED = 1200

let portal: TestPortal
let openData: OpenData
let typeId: number
let decisionId: number

const ask = async (path: string) => {
  const response = await openData.openDataResponse({ dataset: 'bang-vang', format: 'json', url: new URL(path, 'http://portal.test'), address: null })
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, any> }
}

async function addAwards(count: number, from: number) {
  const { insertAwards } = await import('@portal/cms/awards/insertAwards')
  const rows = Array.from({ length: count }, (_, i) => ({
    recipientName: `Người thứ ${from + i}`,
    recipientKind: 'individual',
    awardType: typeId,
    year: 2020 + ((from + i) % 5),
    decision: decisionId,
    search: `nguoi thu ${from + i}`,
  }))
  const { createLocalReq } = await import('payload')
  await insertAwards(portal.payload, rows, await createLocalReq({}, portal.payload))
}

beforeAll(async () => {
  process.env.CONTENT_CACHE_MS = '0'
  portal = await startPortal()
  const p = portal.payload
  typeId = (await p.create({ collection: 'award-types', data: AWARD_TYPES.find((t) => t.name === 'Lao động tiên tiến') as never, overrideAccess: true })).id as number
  const issuer = (await p.create({ collection: 'units', data: { name: 'Sở Nội vụ' } as never, overrideAccess: true })).id
  decisionId = (await p.create({
    collection: 'award-decisions',
    data: { number: '1/QĐ-SNV', issuer, issuedAt: '2025-01-10T00:00:00.000Z', abstract: 'Tặng danh hiệu', _status: 'published' } as never,
    overrideAccess: true,
  })).id as number
  await addAwards(STORED, 0)
  openData = await import('../../site/src/lib/openData')
})
afterAll(async () => portal?.close())

describe('the open honour roll, past the counted pages', () => {
  it('says its count is a lower bound when it stops counting, with no last page and no X-Total-Count', async () => {
    const { status, headers, body } = await ask('/du-lieu-mo/bang-vang.json?so-dong=2')
    expect(status).toBe(200)
    expect(body.totalRecordsIsLowerBound).toBe(true)
    expect(body.totalRecords).toBeLessThan(STORED)
    expect(body.links.last).toBeNull()
    expect(headers.get('X-Total-Count')).toBeNull()
    expect(body.links.next).toContain('sau=')
  })

  it('gives every record exactly once by following links.next, while awards are added', async () => {
    const seen: string[] = []
    let next: string | null = '/du-lieu-mo/bang-vang.json?so-dong=100'
    let added = false
    while (next) {
      const { status, body } = await ask(next)
      expect(status, next).toBe(200)
      seen.push(...body.records.map((r: { id: string }) => r.id))
      if (!added && seen.length >= 500) {
        // New lines of the newest year land on pages already read: the key keeps the walk from repeating or skipping any stored before.
        await addAwards(30, STORED)
        added = true
      }
      next = body.links.next ? new URL(body.links.next).pathname + new URL(body.links.next).search : null
    }
    expect(new Set(seen).size).toBe(seen.length)
    const stored = await portal.payload.find({ collection: 'awards', limit: 0, pagination: false, depth: 0, overrideAccess: true, select: { id: true, recipientName: true } })
    const before = stored.docs.filter((d) => Number(d.recipientName.replace('Người thứ ', '')) < STORED).map((d) => String(d.id))
    expect(before).toHaveLength(STORED)
    for (const id of before) expect(seen).toContain(id)
  })

  it('refuses a numbered page past the cap and a forged cursor, in Vietnamese', async () => {
    const deep = await ask('/du-lieu-mo/bang-vang.json?so-dong=1&trang=501')
    expect(deep.status).toBe(400)
    expect(deep.body.error.message).toMatch(/links\.next/)
    const forged = await ask('/du-lieu-mo/bang-vang.json?sau=bm90LWEtY3Vyc29y')
    expect(forged.status).toBe(400)
    expect(forged.body.error.message).toMatch(/tham số sau/)
    const both = await ask(`/du-lieu-mo/bang-vang.json?trang=2&sau=x`)
    expect(both.status).toBe(400)
  })
})
