import type { CollectionSlug, Payload, Where } from 'payload'

/**
 * Creates a document unless one matching `where` exists, and returns it either
 * way. This is what makes the seed idempotent: a second run finds everything
 * and changes nothing, and edits made in the admin are never overwritten.
 */
export async function ensure<T extends Record<string, any> = Record<string, any>>(
  payload: Payload,
  collection: CollectionSlug,
  where: Where,
  data: Record<string, unknown>,
  options: { drafts?: boolean; file?: { data: Buffer; mimetype: string; name: string; size: number } } = {},
): Promise<{ doc: T; created: boolean }> {
  const found = await payload.find({ collection, where, limit: 1, depth: 0, draft: true, overrideAccess: true, pagination: false })
  if (found.docs[0]) return { doc: found.docs[0] as unknown as T, created: false }
  const doc = await payload.create({
    collection,
    data: options.drafts ? { ...data, _status: 'published' } : data,
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
