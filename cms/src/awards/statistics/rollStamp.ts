/** The roll's stamp: when anything the statistics read was last edited. */
import type { CollectionSlug, Payload } from 'payload'

import type { DrizzleAdapterLike } from './sqlCounts'

/** Collections whose edits change the statistics or their labels. */
const STAMPED: CollectionSlug[] = ['awards', 'award-decisions', 'award-summaries', 'award-types', 'units', 'movements']

/** The latest `updatedAt` of a collection: max() of its index on SQLite (Payload's find adds a tie-breaking sort that reads every row of an import, all stamped alike). */
async function latestEdit(payload: Payload, collection: CollectionSlug): Promise<string> {
  const adapter = payload.db as unknown as DrizzleAdapterLike
  const table = payload.db.name === 'sqlite' ? adapter.tables?.[collection.replace(/-/g, '_')] : undefined
  if (table) {
    const { max } = await import('@payloadcms/db-sqlite/drizzle')
    const rows = (await (adapter.drizzle.select({ latest: max(table.updatedAt as never) }).from(table) as unknown as Promise<Array<{ latest: unknown }>>))
    return String(rows[0]?.latest ?? '')
  }
  const { docs } = await payload.find({ collection, sort: '-updatedAt', limit: 1, pagination: false, depth: 0, select: { updatedAt: true } as never, overrideAccess: true })
  return String((docs[0] as { updatedAt?: string } | undefined)?.updatedAt ?? '')
}

/**
 * The latest edit of anything the statistics read: one indexed read of
 * `updatedAt` per collection, instead of counting a million rows again. An
 * import, a withdrawal, a decision published or unpublished all move it. A
 * deletion does not: the age limit (AWARD_STATISTICS_MAX_AGE_MS) covers it.
 */
export async function rollStamp(payload: Payload): Promise<string> {
  return (await Promise.all(STAMPED.map((collection) => latestEdit(payload, collection)))).join('|')
}
