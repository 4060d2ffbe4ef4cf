import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isUniqueViolation } from '@portal/cms/db'

import { startPortal, type TestPortal } from './helpers/payload'

let portal: TestPortal
let payload: Payload

beforeAll(async () => {
  portal = await startPortal()
  payload = portal.payload
})
afterAll(async () => portal?.close())

async function thrown(write: () => Promise<unknown>): Promise<unknown> {
  try {
    await write()
  } catch (error) {
    return error
  }
  throw new Error('the write should have failed')
}

describe('what the adapter really throws', () => {
  it('a duplicate unique key (payload.db, as the visit stores write) is a unique violation of that field', async () => {
    await payload.db.create({ collection: 'visit-presence', data: { visitor: 'trung-lap', lastSeen: new Date().toISOString() } })
    const error = await thrown(() => payload.db.create({ collection: 'visit-presence', data: { visitor: 'trung-lap', lastSeen: new Date().toISOString() } }))
    expect(isUniqueViolation(error, 'visitor')).toBe(true)
    expect(isUniqueViolation(error, 'lastSeen')).toBe(false)
  })

  it('a duplicate through the Local API (translated message) is one too', async () => {
    await payload.create({ collection: 'rate-limits', data: { key: 'khoa-trung', count: 1, expiresAt: new Date(Date.now() + 60_000).toISOString() } as never, overrideAccess: true })
    const error = await thrown(() => payload.create({ collection: 'rate-limits', data: { key: 'khoa-trung', count: 1, expiresAt: new Date(Date.now() + 60_000).toISOString() } as never, overrideAccess: true }))
    expect(isUniqueViolation(error, 'key')).toBe(true)
  })

  it('a ValidationError for a missing required field is not a duplicate', async () => {
    const error = await thrown(() => payload.create({ collection: 'visit-presence', data: { lastSeen: new Date().toISOString() } as never, overrideAccess: true }))
    expect((error as Error).name).toBe('ValidationError')
    expect(isUniqueViolation(error)).toBe(false)
    expect(isUniqueViolation(error, 'visitor')).toBe(false)
  })
})
