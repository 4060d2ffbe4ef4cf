import fs from 'node:fs'
import path from 'node:path'

import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPortal, type TestPortal } from './helpers/payload'

/** Collections whose documents may carry isSample. */
const SAMPLE_CAPABLE: CollectionSlug[] = ['awards', 'exemplary-models', 'award-decisions', 'galleries', 'articles', 'documents', 'movements', 'units', 'media']

// A fresh portal of its own: one Payload per test file (the config reads its environment once).
let portal: TestPortal
beforeAll(async () => {
  portal = await startPortal()
})
afterAll(async () => portal?.close())

describe('seed with { sample: false }', () => {
  it('creates the source content and no sample document', async () => {
    const { payload } = portal
    const { seed } = await import('@portal/seed')
    const report = await seed(payload, { sample: false })
    expect(report.total).toBeGreaterThan(0)
    for (const collection of SAMPLE_CAPABLE) {
      const { totalDocs } = await payload.count({ collection, where: { isSample: { equals: true } }, overrideAccess: true })
      expect(totalDocs, collection).toBe(0)
    }
    // Only the sample fills these
    for (const collection of ['awards', 'exemplary-models', 'award-decisions', 'galleries', 'media'] as const) {
      expect((await payload.count({ collection, overrideAccess: true })).totalDocs, collection).toBe(0)
    }
    expect((await payload.count({ collection: 'articles', overrideAccess: true })).totalDocs).toBe(4)
    expect((await payload.count({ collection: 'documents', overrideAccess: true })).totalDocs).toBe(14) // three plans and eleven citation entries
    const mediaDir = path.join(portal.dir, 'media')
    expect(fs.existsSync(mediaDir) ? fs.readdirSync(mediaDir) : []).toEqual([])
  })
})
