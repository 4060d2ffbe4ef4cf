/** SQLite: the public roll counted by GROUP BY in the database, once per change of the roll for every filter. */
import type { Payload } from 'payload'

import type { AwardLevel } from '@portal/shared'

import { env } from '../../env'
import { add, emptyCounts, keyOf, publicRollWhere, type Counts, type StatisticsFilter } from './counts'

export interface DrizzleAdapterLike {
  drizzle: { select: (columns: Record<string, unknown>) => SelectChain }
  tables: Record<string, Record<string, unknown>>
}
interface SelectChain {
  from: (table: unknown) => SelectChain
  leftJoin: (table: unknown, on: unknown) => SelectChain
  innerJoin: (table: unknown, on: unknown) => SelectChain
  rightJoin: (table: unknown, on: unknown) => SelectChain
  where: (condition: unknown) => SelectChain
  groupBy: (...columns: unknown[]) => Promise<Array<Record<string, unknown>>>
}

/** The public roll counted in three groupings, whatever the filter: every filter is then a sum over these cells. */
interface RollCells {
  byType: Array<Record<string, unknown>>
  byUnit: Array<Record<string, unknown>>
  byMovement: Array<Record<string, unknown>>
}

/**
 * SQLite: three GROUP BY in the database over the rows the public rule keeps,
 * by year and award type (and kind), by year, level and unit, by year, level
 * and movement. Counted once per change of the roll for every filter, so a
 * crawler walking the year ranges does not make a count each.
 */
async function countPublicRollSql(payload: Payload): Promise<RollCells> {
  const adapter = payload.db as unknown as DrizzleAdapterLike
  // Loaded here, as insertAwards does: only a SQLite process needs the drizzle side.
  const [{ buildQuery }, { count, eq }, { alias }] = await Promise.all([import('@payloadcms/drizzle'), import('@payloadcms/db-sqlite/drizzle'), import('@payloadcms/db-sqlite/drizzle/sqlite-core')])
  const awards = adapter.tables.awards!
  const query = buildQuery({
    adapter: payload.db as never,
    fields: payload.collections.awards.config.flattenedFields,
    tableName: 'awards',
    where: await publicRollWhere({}),
  })
  // The level is the award type's, the movement the decision's: joins of our own, apart from the ones the rule needs.
  const type = alias(adapter.tables.award_types as never, 'statistics_type') as unknown as Record<string, unknown>
  const decision = alias(adapter.tables.award_decisions as never, 'statistics_decision') as unknown as Record<string, unknown>
  const withType = (chain: SelectChain) => chain.leftJoin(type, eq(type.id as never, awards.awardType as never))
  const grouped = async (columns: Record<string, unknown>, ...extra: Array<(chain: SelectChain) => SelectChain>) => {
    let chain = adapter.drizzle.select({ ...columns, n: count() }).from(awards)
    for (const join of query.joins) chain = chain[join.type ?? 'leftJoin'](join.table, join.condition)
    for (const join of extra) chain = join(chain)
    return chain.where(query.where).groupBy(...Object.values(columns))
  }
  const [byType, byUnit, byMovement] = await Promise.all([
    grouped({ year: awards.year, type: awards.awardType, kind: awards.recipientKind }),
    grouped({ year: awards.year, level: type.level, unit: awards.unit }, withType),
    grouped({ year: awards.year, level: type.level, movement: decision.movement }, withType, (chain) => chain.leftJoin(decision, eq(decision.id as never, awards.decision as never))),
  ])
  return { byType, byUnit, byMovement }
}

/** The counts of one filter, summed from the cells. */
export function countsOfCells(cells: RollCells, filter: StatisticsFilter, levelOfType: Map<string, AwardLevel | null>): Counts {
  const kept = (year: unknown, level: unknown) =>
    (!filter.fromYear || Number(year) >= filter.fromYear) && (!filter.toYear || Number(year) <= filter.toYear) && (!filter.level || level === filter.level)
  const counts = emptyCounts()
  for (const row of cells.byType) {
    if (!kept(row.year, levelOfType.get(keyOf(row.type)))) continue
    const n = Number(row.n)
    add(counts.year, Number(row.year), n)
    add(counts.type, keyOf(row.type), n)
    add(counts.kind, keyOf(row.kind), n)
  }
  for (const row of cells.byUnit) if (kept(row.year, row.level)) add(counts.unit, keyOf(row.unit), Number(row.n))
  for (const row of cells.byMovement) if (kept(row.year, row.level)) add(counts.movement, keyOf(row.movement), Number(row.n))
  return counts
}

let cellsKept: { stamp: string; at: number; value: Promise<RollCells> } | null = null

/** The cells for the roll as `stamp` names it, counted once for every filter (null: count now, keep nothing). */
export function publicRollCells(payload: Payload, stamp: string | null): Promise<RollCells> {
  if (stamp !== null && cellsKept?.stamp === stamp && Date.now() - cellsKept.at < env().awardStatisticsMaxAgeMs) return cellsKept.value
  const value = countPublicRollSql(payload)
  if (stamp !== null) {
    const entry = { stamp, at: Date.now(), value }
    cellsKept = entry
    value.catch(() => cellsKept === entry && (cellsKept = null))
  }
  return value
}
