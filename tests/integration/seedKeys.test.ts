import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeUser, startPortal, type TestPortal } from './helpers/payload'

type SeedModule = typeof import('@portal/seed')

async function countAll(payload: Payload): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const collection of Object.keys(TITLE_FIELDS) as CollectionSlug[]) {
    counts[collection] = (await payload.count({ collection, overrideAccess: true })).totalDocs
  }
  return counts
}

/** What an editor calls each seeded document: the field they would rename. */
const TITLE_FIELDS: Partial<Record<CollectionSlug, string>> = {
  articles: 'title',
  documents: 'abstract',
  movements: 'name',
  'exemplary-models': 'name',
  awards: 'recipientName',
  'award-decisions': 'abstract',
  galleries: 'title',
  pages: 'title',
  categories: 'name',
  media: 'alt',
  units: 'name',
  blocs: 'name',
  'award-types': 'name',
  'document-types': 'name',
  polls: 'question',
}

describe('seed after editors renamed what it created', () => {
  let portal: TestPortal
  let payload: Payload
  let seedModule: SeedModule

  beforeAll(async () => {
    portal = await startPortal()
    payload = portal.payload
    seedModule = await import('@portal/seed')
    await seedModule.seed(payload, { sample: true })
  })
  afterAll(async () => portal?.close())

  /** Renames the first seeded document of every collection, the way the admin would (access overridden, hooks and versions run). */
  async function renameOneOfEach(): Promise<Map<CollectionSlug, { id: number | string; title: string }>> {
    const renamed = new Map<CollectionSlug, { id: number | string; title: string }>()
    for (const [collection, field] of Object.entries(TITLE_FIELDS) as Array<[CollectionSlug, string]>) {
      const { docs } = await payload.find({ collection, where: { seedKey: { exists: true } }, limit: 1, depth: 0, overrideAccess: true })
      const doc = docs[0] as unknown as Record<string, unknown> & { id: number | string }
      expect(doc, `${collection} was seeded`).toBeDefined()
      const title = `${String(doc[field])} (đã đổi tên)`
      await payload.update({ collection, id: doc.id, data: { [field]: title } as never, depth: 0, overrideAccess: true })
      renamed.set(collection, { id: doc.id, title })
    }
    return renamed
  }

  async function titleOf(collection: CollectionSlug, id: number | string): Promise<unknown> {
    const doc = (await payload.findByID({ collection, id, depth: 0, overrideAccess: true })) as unknown as Record<string, unknown>
    return doc[TITLE_FIELDS[collection]!]
  }

  it('creates nothing again and keeps the new names', async () => {
    const renamed = await renameOneOfEach()
    const before = await countAll(payload)
    const report = await seedModule.seed(payload, { sample: true })
    expect(String(report)).toBe('nothing new')
    expect(await countAll(payload)).toEqual(before)
    for (const [collection, { id, title }] of renamed) expect(await titleOf(collection, id), collection).toBe(title)
  })

  it('adopts documents seeded before keys existed instead of creating them again', async () => {
    // A database seeded by an older version has no keys: found once by the old match, it gets its key.
    const { docs } = await payload.find({ collection: 'pages', where: { slug: { equals: 'gioi-thieu' } }, limit: 1, depth: 0, overrideAccess: true })
    const page = docs[0]!
    const key = (page as { seedKey?: string | null }).seedKey
    expect(key).toBeTruthy()
    await payload.db.updateOne({ collection: 'pages', id: page.id, data: { seedKey: null }, returning: false })
    const before = await countAll(payload)
    const report = await seedModule.seed(payload, { sample: true })
    expect(String(report)).toBe('nothing new')
    expect(await countAll(payload)).toEqual(before)
    const after = (await payload.findByID({ collection: 'pages', id: page.id, depth: 0, overrideAccess: true })) as { seedKey?: string | null }
    expect(after.seedKey).toBe(key)
  })

  it('keeps the key out of the editors\' reach and out of copies', async () => {
    const editor = await makeUser(payload, 'editor')
    const { docs } = await payload.find({ collection: 'categories', where: { seedKey: { exists: true } }, limit: 1, depth: 0, overrideAccess: true })
    const category = docs[0]!
    const updated = await payload.update({
      collection: 'categories',
      id: category.id,
      data: { seedKey: 'chosen-by-an-editor' } as never,
      overrideAccess: false,
      user: editor,
    })
    expect((updated as { seedKey?: string | null }).seedKey).toBe((category as { seedKey?: string | null }).seedKey)
    const copy = await payload.duplicate({ collection: 'categories', id: category.id, depth: 0, overrideAccess: true })
    expect((copy as { seedKey?: string | null }).seedKey ?? null).toBeNull()
  })
})
