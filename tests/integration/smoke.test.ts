import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPortal, type TestPortal } from './helpers/payload'

let portal: TestPortal
beforeAll(async () => {
  portal = await startPortal()
})
afterAll(async () => portal?.close())

describe('test portal', () => {
  it('starts on an empty migrated database', async () => {
    const { totalDocs } = await portal.payload.count({ collection: 'articles' })
    expect(totalDocs).toBe(0)
  })
})
