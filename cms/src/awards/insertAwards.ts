import { newVerificationCode } from '@portal/shared'
import type { Payload, PayloadRequest } from 'payload'

import { awardRanks, DEFAULT_AWARD_RANK } from './awardRank'

/** Rows per INSERT: 18 columns × 500 stays far below SQLite's limit on bound values. */
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
  // Written below Payload's hooks, so the fields' own hooks do not run: every award gets its code and its
  // award type's rank (awardRank.ts) here.
  const ranks = await awardRanks(payload, rows.filter((row) => typeof row.awardRank !== 'number').map((row) => row.awardType as number | string))
  rows = rows.map((row) => ({
    ...row,
    verificationCode: row.verificationCode ?? newVerificationCode(),
    awardRank: typeof row.awardRank === 'number' ? row.awardRank : (ranks.get(String(row.awardType)) ?? DEFAULT_AWARD_RANK),
  }))
  const db = payload.db as unknown as DrizzleLike
  if (payload.db.name === 'sqlite' && db.drizzle && db.tables?.awards) {
    await db.drizzle.insert(db.tables.awards).values(rows)
    return
  }
  for (const data of rows) await payload.db.create({ collection: 'awards', data, req, returning: false })
}

export interface StoredAwardColumns {
  recipientName: string
  unit: number | string | null
  unitName: string | null
  awardType: number | string
  year: number
  decision: number | string | null
}

interface DrizzleSelect {
  drizzle?: { select: (columns: Record<string, unknown>) => { from: (table: unknown) => { where: (condition: unknown) => Promise<StoredAwardColumns[]> } } }
  tables?: Record<string, Record<string, unknown>>
}

/**
 * The columns a duplicate check needs, of every stored award of the given
 * years (withdrawn ones included: the award was given). On SQLite one plain
 * SELECT (100,000 rows in well under a second; Payload's find, which builds
 * whole documents, takes some 40 s); elsewhere Payload's find, page by page.
 */
export async function storedAwardColumns(payload: Payload, years: number[]): Promise<StoredAwardColumns[]> {
  const db = payload.db as unknown as DrizzleSelect
  const table = db.tables?.awards
  if (payload.db.name === 'sqlite' && db.drizzle && table) {
    const { inArray } = await import('@payloadcms/db-sqlite/drizzle')
    const pick = (key: keyof StoredAwardColumns) => table[key]
    return db.drizzle
      .select({ recipientName: pick('recipientName'), unit: pick('unit'), unitName: pick('unitName'), awardType: pick('awardType'), year: pick('year'), decision: pick('decision') })
      .from(table)
      .where(inArray(table.year as never, years))
  }
  const rows: StoredAwardColumns[] = []
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection: 'awards',
      page,
      limit: 5000,
      depth: 0,
      overrideAccess: true,
      sort: 'id',
      where: { year: { in: years } },
      select: { recipientName: true, unit: true, unitName: true, awardType: true, year: true, decision: true },
    })
    for (const a of result.docs) {
      rows.push({ recipientName: a.recipientName, unit: (a.unit as number | null) ?? null, unitName: a.unitName ?? null, awardType: a.awardType as number, year: a.year, decision: (a.decision as number | null) ?? null })
    }
    if (!result.hasNextPage) return rows
  }
}
