import type { Payload, PayloadRequest } from 'payload'

/** Rows per INSERT: 17 columns × 500 stays far below SQLite's limit on bound values. */
export const INSERT_CHUNK = 500

interface DrizzleLike {
  drizzle?: { insert: (table: unknown) => { values: (rows: Array<Record<string, unknown>>) => Promise<unknown> } }
  tables?: Record<string, unknown>
}

/**
 * Writes a chunk of award rows. On SQLite, one multi-row INSERT into the table
 * Payload built from the collection config: atomic by itself, one disk sync
 * for the chunk instead of one per row (Payload's create also reads each row
 * back), and on the adapter's own connection, so its busy timeout applies.
 * (A drizzle transaction would move later queries to a new libsql connection
 * without that timeout; see db/adapter.ts.) Elsewhere, Payload's adapter
 * create per row, inside the caller's transaction when there is one.
 */
export async function insertAwards(payload: Payload, rows: Array<Record<string, unknown>>, req: PayloadRequest): Promise<void> {
  const db = payload.db as unknown as DrizzleLike
  if (payload.db.name === 'sqlite' && db.drizzle && db.tables?.awards) {
    await db.drizzle.insert(db.tables.awards).values(rows)
    return
  }
  for (const data of rows) await payload.db.create({ collection: 'awards', data, req, returning: false })
}
