import { hasDrafts } from '@portal/cms/workflow/drafts'
import type { CollectionSlug, Payload, Where } from 'payload'

/**
 * Creates a document unless the one the seed made under `key` exists, and
 * returns it either way. This is what makes the seed idempotent: a second run
 * finds everything by its key and changes nothing, and edits made in the
 * admin (a new title, a new slug) are never overwritten nor duplicated.
 *
 * `legacy` finds a document seeded before keys existed (by what used to
 * identify it, e.g. its title); it is adopted by giving it the key, written
 * straight to the database so no version or hook runs.
 */
export async function ensure<T extends Record<string, any> = Record<string, any>>(
  payload: Payload,
  collection: CollectionSlug,
  key: string,
  legacy: Where,
  data: Record<string, unknown>,
  options: { drafts?: boolean; file?: { data: Buffer; mimetype: string; name: string; size: number } } = {},
): Promise<{ doc: T; created: boolean }> {
  const find = async (where: Where) =>
    (await payload.find({ collection, where, limit: 1, depth: 0, overrideAccess: true, pagination: false })).docs[0] as unknown as T | undefined
  const keyed = await find({ seedKey: { equals: key } })
  if (keyed) return { doc: keyed, created: false }
  const unkeyed = await find({ and: [legacy, { seedKey: { exists: false } }] })
  if (unkeyed) {
    await payload.db.updateOne({ collection, id: unkeyed.id, data: { seedKey: key }, returning: false })
    return { doc: unkeyed, created: false }
  }
  const doc = await payload.create({
    collection,
    data: { ...data, seedKey: key, ...(options.drafts || hasDrafts(payload, collection) ? { _status: 'published' } : {}) },
    depth: 0,
    overrideAccess: true,
    ...(options.file ? { file: options.file } : {}),
  })
  return { doc: doc as unknown as T, created: true }
}

/** Counts what a seed run created, for its report. */
export class SeedReport {
  readonly created = new Map<string, number>()
  add(collection: string, created: boolean) {
    if (created) this.created.set(collection, (this.created.get(collection) ?? 0) + 1)
  }
  get total() {
    return [...this.created.values()].reduce((a, b) => a + b, 0)
  }
  toString() {
    return this.total === 0 ? 'nothing new' : [...this.created].map(([c, n]) => `${c}: ${n}`).join(', ')
  }
}
