/**
 * The one primitive every read of the site goes through. It reads as an
 * anonymous reader (overrideAccess: false, no user, draft: false), so the
 * collections' own access rules decide what is visible, and adds
 * `_status: published` for every collection whose config has drafts: a draft
 * never reaches a reader, even if an access rule were loosened for the admin.
 * Which collections have drafts is read from the config, not kept by hand.
 */
import { hasDrafts } from '@portal/cms/workflow/drafts'
import type { CollectionSlug, Payload, Sort, Where } from 'payload'

import { cachedRead } from '../readCache'
import { payload } from './instance'

export interface QueryOptions {
  where?: Where
  limit?: number
  page?: number
  sort?: Sort
  depth?: number
  /** Only these fields: lists should ask for what they show (rich text bodies are costly to read). */
  select?: Record<string, unknown>
  /** Fields of related documents to populate, by collection. */
  populate?: Record<string, Record<string, unknown>>
  /** `false` skips the join fields (read their relations through their own published-only query instead). */
  joins?: false | Record<string, unknown>
  pagination?: boolean
  /** A page past the end (an old link, ?trang=999) shows the first page rather than nothing. */
  firstPageWhenPastEnd?: boolean
}

export interface PageOf<T> {
  docs: T[]
  totalDocs: number
  page: number
  totalPages: number
  limit: number
}

export { hasDrafts }

/** The reader's filter: `where`, plus "published only" where the collection has drafts. */
export function readerWhere(p: Payload, collection: CollectionSlug, where?: Where): Where | undefined {
  if (!hasDrafts(p, collection)) return where
  const published: Where = { _status: { equals: 'published' } }
  return where ? { and: [published, where] } : published
}

/** Page numbers from URLs are anything: below 1 or not a number reads page 1. */
export const clampPage = (page: number | undefined) => Math.max(1, Math.floor(page ?? 1) || 1)

async function readPage<T>(collection: CollectionSlug, options: QueryOptions, page: number): Promise<PageOf<T>> {
  const { where, limit = 10, sort, depth = 1, select, populate, joins, pagination } = options
  const args = { collection, where, limit, page, sort, depth, select, populate, joins, pagination }
  return cachedRead(`find:${JSON.stringify(args)}`, async () => {
    const p = await payload()
    const result = await p.find({
      ...args,
      where: readerWhere(p, collection, where),
      draft: false,
      overrideAccess: false,
    } as Parameters<Payload['find']>[0])
    return { docs: result.docs as T[], totalDocs: result.totalDocs, page: result.page ?? 1, totalPages: result.totalPages, limit: result.limit }
  })
}

/** A page of what an anonymous reader may see of a collection. */
export async function query<T>(collection: CollectionSlug, options: QueryOptions = {}): Promise<PageOf<T>> {
  const page = clampPage(options.page)
  const result = await readPage<T>(collection, options, page)
  return options.firstPageWhenPastEnd && result.docs.length === 0 && page > 1 ? readPage<T>(collection, options, 1) : result
}

/** The first match, or null. */
export async function queryOne<T>(collection: CollectionSlug, where: Where, options: Omit<QueryOptions, 'where' | 'limit' | 'page'> = {}): Promise<T | null> {
  const { docs } = await query<T>(collection, { ...options, where, limit: 1, pagination: false })
  return docs[0] ?? null
}

/** Distinct values of one field over what the reader may see, without loading the documents. */
export async function queryDistinct(collection: CollectionSlug, field: string, limit = 1000): Promise<unknown[]> {
  return cachedRead(`distinct:${collection}:${field}:${limit}`, async () => {
    const p = await payload()
    const where = readerWhere(p, collection)
    try {
      const result = await p.findDistinct({ collection, field, where, overrideAccess: false, depth: 0, limit } as Parameters<Payload['findDistinct']>[0])
      return (result.values as Array<Record<string, unknown>>).map((row) => row[field])
    } catch {
      // An adapter without distinct support: read that one field of every visible document instead.
      const path = field.split('.')
      const select = path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), true) as Record<string, unknown>
      const { docs } = await query<Record<string, unknown>>(collection, { select, depth: 0, limit: 5000, pagination: false })
      return docs.map((doc) => path.reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], doc))
    }
  })
}
