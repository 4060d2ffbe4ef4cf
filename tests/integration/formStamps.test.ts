import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPortal, type TestPortal } from './helpers/payload'

let portal: TestPortal
let payload: Payload
let stamps: typeof import('@portal/cms/engagement')

beforeAll(async () => {
  portal = await startPortal()
  payload = portal.payload
  stamps = await import('@portal/cms/engagement')
})
afterAll(async () => portal?.close())

describe('the feedback form stamp', () => {
  it('serves one submission only', async () => {
    const stamp = stamps.signFormTimestamp(payload.secret)
    expect(await stamps.spendFormTimestamp(payload, stamp)).toBe(true)
    expect(await stamps.spendFormTimestamp(payload, stamp)).toBe(false)
    // Another form's stamp is unaffected.
    expect(await stamps.spendFormTimestamp(payload, stamps.signFormTimestamp(payload.secret))).toBe(true)
  })

  it('lets exactly one of ten simultaneous submissions through', async () => {
    const stamp = stamps.signFormTimestamp(payload.secret)
    const results = await Promise.all(Array.from({ length: 10 }, () => stamps.spendFormTimestamp(payload, stamp)))
    expect(results.filter(Boolean)).toHaveLength(1)
  })

  it('spends nothing for a forged stamp', async () => {
    const stamp = stamps.signFormTimestamp(payload.secret)
    const forged = stamp.replace(/\.[^.]+$/, '.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')
    expect(await stamps.spendFormTimestamp(payload, forged)).toBe(false)
    expect(await stamps.spendFormTimestamp(payload, stamp)).toBe(true)
  })
})
