/**
 * The honour roll's one search: which awards a page shows, by words (without
 * diacritics or case) and filters, in the roll's order. Two implementations
 * behind one interface, tested against the same expectations:
 * - SQLite: FTS5 over the folded `search` text (migrations/sql/issue12_roll_search.ts)
 *   and the roll's order indexes, in raw SQL through the adapter's drizzle;
 * - any adapter: Payload's `where` with `like` on the folded field. On MongoDB
 *   it needs an index on `search` (the field's `index: true`) and, for the
 *   order, a compound index { year: -1, awardRank: 1, recipientName: 1 }.
 * Both answer ids only, the page and one more (so "is there a next page" costs
 * no count), and counts stop at a cap: a page never counts a million rows.
 */
import { foldVietnamese, searchTerms } from '@portal/shared'
import type { Payload, Sort, Where } from 'payload'

import { DEFAULT_AWARD_RANK } from './awardRank'

type Id = number | string

/** Deeper pages are refused: OFFSET reads every row it skips. Filters narrow a list long before page 500. */
export const MAX_ROLL_PAGE = 500

export type RollSearchOrder = 'newest' | 'decision'

export interface RollFilter {
  /** Words as typed: "le thi hoa" finds "Lê Thị Hoa" (each word a prefix of one in the name, unit, position or citation). */
  q?: string | null
  year?: number | null
  /** One award type, or the types of a level. An empty list matches nothing. */
  awardTypeIds?: Id[] | null
  unitId?: Id | null
  decisionId?: Id | null
  /** Awards of the decisions of one movement. */
  movementId?: Id | null
  /** Newest year, highest honour, name (the roll); or a decision's own line order. */
  order?: RollSearchOrder
}

export interface RollPageRequest extends RollFilter {
  page: number
  limit: number
  /**
   * Keyset paging (the roll's own order only): the lines after this cursor,
   * whatever was added before it since, and at any depth. `page` is then ignored.
   */
  after?: string | null
}

export interface RollPage {
  ids: Id[]
  hasNext: boolean
  /** The cursor of the page's last line: `after` for the next page (the roll's own order). */
  next: string | null
}

/** Where a line stands in the roll's order: year, award rank, name, id. */
type RollKey = [number, number, string, Id]

export const encodeRollCursor = (key: RollKey) => Buffer.from(JSON.stringify(key)).toString('base64url')

/** A cursor from a URL, checked: anything malformed is no cursor (the first page). */
export function decodeRollCursor(cursor: string | null | undefined): RollKey | null {
  if (!cursor || cursor.length > 400) return null
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown
    if (!Array.isArray(key) || key.length !== 4) return null
    const [year, rank, name, id] = key
    if (!Number.isInteger(year) || typeof rank !== 'number' || !Number.isFinite(rank) || typeof name !== 'string') return null
    if (!((typeof id === 'number' && Number.isInteger(id)) || (typeof id === 'string' && /^[0-9a-f]{24}$/.test(id)))) return null
    return [year, rank, name, id]
  } catch {
    return null
  }
}

export interface RollSearch {
  readonly kind: 'sqlite-fts' | 'payload-where'
  /** The ids of one page of the public roll (published decisions, not withdrawn), in order. */
  page(request: RollPageRequest): Promise<RollPage>
  /** How many awards match, counting at most `cap` of them. */
  count(filter: RollFilter, cap: number): Promise<number>
  /** The first and last year of the public roll (the year filter's choices); null when it is empty. */
  yearRange(): Promise<{ first: number; last: number } | null>
}

/**
 * The search words as index tokens: folded, split where the tokenizer splits
 * (anything but letters and digits), so quotes, `*`, `-`, `NEAR(`, `%`, `_`
 * are never operators. `null`: no words asked; `[]`: words that match nothing.
 */
export function rollTokens(q: string | null | undefined): string[] | null {
  const words = searchTerms(foldVietnamese(q ?? ''))
  if (words.length === 0) return null
  return words.flatMap((word) => word.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8)
}

/** An FTS5 query: every token as a quoted prefix ("le"* AND "hoa"*), nothing left for FTS5 to read as syntax. */
export const ftsMatch = (tokens: string[]) => tokens.map((t) => `"${t.replace(/"/g, '""')}"*`).join(' AND ')

const clampPage = (page: number) => Math.min(MAX_ROLL_PAGE, Math.max(1, Math.floor(page) || 1))

/** A line as the paging reads it: its id and its place in the roll's order. */
interface KeyedRow { id: Id; year: number; rank: number; name: string }

/** What an implementation reads: lines from an offset, and a count up to a cap. */
interface RollReader {
  kind: RollSearch['kind']
  rows(filter: RollFilter, tokens: string[] | null, after: RollKey | null, offset: number, limit: number): Promise<KeyedRow[]>
  countUpTo(filter: RollFilter, tokens: string[] | null, cap: number): Promise<number>
  yearRange(): Promise<{ first: number; last: number } | null>
}

/** Paging, cursors and the cases that match nothing, the same over both implementations. */
function rollSearchOver(reader: RollReader): RollSearch {
  const nothing = (filter: RollFilter, tokens: string[] | null) => (tokens !== null && tokens.length === 0) || filter.awardTypeIds?.length === 0
  return {
    kind: reader.kind,
    async page(request) {
      const tokens = rollTokens(request.q)
      if (nothing(request, tokens)) return { ids: [], hasNext: false, next: null }
      const roll = (request.order ?? 'newest') === 'newest'
      const after = roll ? decodeRollCursor(request.after) : null
      const page = after ? 1 : clampPage(request.page)
      // No count: the page and one more line says whether there is a next page.
      const rows = await reader.rows(request, tokens, after, (page - 1) * request.limit, request.limit + 1)
      const shown = rows.slice(0, request.limit)
      const last = shown.at(-1)
      return { ids: shown.map((r) => r.id), hasNext: rows.length > request.limit, next: last && roll ? encodeRollCursor([last.year, last.rank, last.name, last.id]) : null }
    },
    async count(filter, cap) {
      const tokens = rollTokens(filter.q)
      return nothing(filter, tokens) ? 0 : reader.countUpTo(filter, tokens, cap)
    },
    yearRange: () => reader.yearRange(),
  }
}

// ---------------------------------------------------------------- Payload `where` (any adapter)

/** The roll's orders in Payload's terms (the same as SQL_ORDER below). */
export const PAYLOAD_SORT: Record<RollSearchOrder, Sort> = {
  newest: ['-year', 'awardRank', 'recipientName', 'id'],
  decision: ['lineNumber', 'awardRank', 'recipientName', 'id'],
}

/** After a key in the roll's order (year descending, then rank, name, id ascending). */
function payloadAfter([year, rank, name, id]: RollKey): Where {
  return {
    or: [
      { year: { less_than: year } },
      { and: [{ year: { equals: year } }, { awardRank: { greater_than: rank } }] },
      { and: [{ year: { equals: year } }, { awardRank: { equals: rank } }, { recipientName: { greater_than: name } }] },
      { and: [{ year: { equals: year } }, { awardRank: { equals: rank } }, { recipientName: { equals: name } }, { id: { greater_than: id } }] },
    ],
  }
}

function payloadWhere(filter: RollFilter, tokens: string[] | null, after: RollKey | null = null): Where {
  const and: Where[] = []
  if (after) and.push(payloadAfter(after))
  if (filter.year) and.push({ year: { equals: filter.year } })
  if (filter.awardTypeIds) and.push({ awardType: { in: filter.awardTypeIds } })
  if (filter.unitId != null) and.push({ unit: { equals: filter.unitId } })
  if (filter.decisionId != null) and.push({ decision: { equals: filter.decisionId } })
  if (filter.movementId != null) and.push({ 'decision.movement': { equals: filter.movementId } })
  for (const token of tokens ?? []) and.push({ search: { like: token } })
  return { and }
}

/** Reads as an anonymous reader: the collection's own access rules decide what is public. */
export function payloadRollSearch(payload: Payload): RollSearch {
  return rollSearchOver({
    kind: 'payload-where',
    async rows(filter, tokens, after, offset, limit) {
      // Payload has no offset without a count: the lines up to this page (at most MAX_ROLL_PAGE pages' worth).
      const { docs } = await payload.find({
        collection: 'awards',
        where: payloadWhere(filter, tokens, after),
        sort: PAYLOAD_SORT[filter.order ?? 'newest'],
        limit: offset + limit,
        pagination: false,
        depth: 0,
        select: { year: true, awardRank: true, recipientName: true } as never,
        overrideAccess: false,
      })
      return (docs as Array<{ id: Id; year: number; awardRank?: number | null; recipientName: string }>)
        .slice(offset)
        .map((d) => ({ id: d.id, year: d.year, rank: d.awardRank ?? DEFAULT_AWARD_RANK, name: d.recipientName }))
    },
    async countUpTo(filter, tokens, cap) {
      const { totalDocs } = await payload.count({ collection: 'awards', where: payloadWhere(filter, tokens), overrideAccess: false })
      return Math.min(totalDocs, cap)
    },
    async yearRange() {
      const edge = (sort: string) =>
        payload
          .find({ collection: 'awards', sort, limit: 1, pagination: false, depth: 0, select: { year: true } as never, overrideAccess: false })
          .then((r) => (r.docs[0] as { year?: number } | undefined)?.year)
      const [first, last] = await Promise.all([edge('year'), edge('-year')])
      return typeof first === 'number' && typeof last === 'number' ? { first, last } : null
    },
  })
}

// ---------------------------------------------------------------- SQLite FTS5

interface SqlChunk { readonly _: unknown }
interface DrizzleSql {
  (strings: TemplateStringsArray, ...values: unknown[]): SqlChunk
  join(chunks: SqlChunk[], separator?: SqlChunk): SqlChunk
  raw(text: string): SqlChunk
}
interface SqliteDb {
  drizzle: { all: (query: SqlChunk) => Promise<Array<Record<string, unknown>>> }
}

const SQL_ORDER: Record<RollSearchOrder, string> = {
  newest: 'a.year DESC, a.award_rank, a.recipient_name, a.id',
  decision: 'a.decision_id, a.line_number, a.award_rank, a.recipient_name, a.id',
}

export async function sqliteRollSearch(payload: Payload): Promise<RollSearch> {
  const { sql } = (await import('@payloadcms/db-sqlite')) as unknown as { sql: DrizzleSql }
  const db = payload.db as unknown as SqliteDb

  /** The public roll as the collection's read rule has it (awards/access.ts): not withdrawn, of a published decision or of none. */
  function conditions(filter: RollFilter, tokens: string[] | null, after: RollKey | null = null): SqlChunk {
    const parts: SqlChunk[] = [
      sql`coalesce(a.withdrawn, 0) = 0`,
      sql`(a.decision_id IS NULL OR (SELECT d._status FROM award_decisions d WHERE d.id = a.decision_id) = 'published')`,
    ]
    if (filter.year) parts.push(sql`a.year = ${filter.year}`)
    if (filter.awardTypeIds) parts.push(sql`a.award_type_id IN (${sql.join(filter.awardTypeIds.map((id) => sql`${id}`), sql`, `)})`)
    if (filter.unitId != null) parts.push(sql`a.unit_id = ${filter.unitId}`)
    if (filter.decisionId != null) parts.push(sql`a.decision_id = ${filter.decisionId}`)
    if (filter.movementId != null) parts.push(sql`a.decision_id IN (SELECT d.id FROM award_decisions d WHERE d.movement_id = ${filter.movementId})`)
    if (tokens?.length) parts.push(sql`a.id IN (SELECT rowid FROM awards_fts WHERE awards_fts MATCH ${ftsMatch(tokens)})`)
    if (after) {
      const [year, rank, name, id] = after
      parts.push(sql`(a.year < ${year} OR (a.year = ${year} AND (a.award_rank, a.recipient_name, a.id) > (${rank}, ${name}, ${id})))`)
    }
    return sql.join(parts, sql` AND `)
  }
  return rollSearchOver({
    kind: 'sqlite-fts',
    async rows(filter, tokens, after, offset, limit) {
      const rows = await db.drizzle.all(
        sql`SELECT a.id AS id, a.year AS year, a.award_rank AS rank, a.recipient_name AS name FROM awards a WHERE ${conditions(filter, tokens, after)} ORDER BY ${sql.raw(SQL_ORDER[filter.order ?? 'newest'])} LIMIT ${limit} OFFSET ${offset}`,
      )
      return rows.map((r) => ({ id: r.id as number, year: Number(r.year), rank: Number(r.rank ?? DEFAULT_AWARD_RANK), name: String(r.name) }))
    },
    async countUpTo(filter, tokens, cap) {
      const [row] = await db.drizzle.all(sql`SELECT count(*) AS n FROM (SELECT 1 FROM awards a WHERE ${conditions(filter, tokens)} LIMIT ${cap})`)
      return Number(row?.n ?? 0)
    },
    async yearRange() {
      // Each edge walks the year index from its end to the first public line: about a millisecond at a million lines,
      // where Payload's sorted find with the read rule took some 90 ms.
      const edge = async (direction: 'ASC' | 'DESC') => {
        const [row] = await db.drizzle.all(sql`SELECT a.year AS year FROM awards a WHERE ${conditions({}, null)} ORDER BY a.year ${sql.raw(direction)} LIMIT 1`)
        return row ? Number(row.year) : null
      }
      const [first, last] = await Promise.all([edge('ASC'), edge('DESC')])
      return first !== null && last !== null ? { first, last } : null
    },
  })
}

/** The implementation for this database: FTS5 on SQLite, Payload's `where` elsewhere. */
export async function rollSearchFor(payload: Payload): Promise<RollSearch> {
  return payload.db.name === 'sqlite' ? sqliteRollSearch(payload) : payloadRollSearch(payload)
}
