/**
 * Statistics of the public honour roll: awards per year, award type, level,
 * unit, movement (award -> decision -> movement) and recipient kind, plus the
 * count-only award summaries. One computation for the site and the admin.
 *
 * Only the public roll counts: the filter starts from the awards' own read
 * rule for an anonymous reader (`publicRollOfPublishedDecisions`), so a line
 * of an unpublished decision or a withdrawn one is left out here exactly as
 * on /bang-vang. On SQLite the counting is three GROUP BY queries built from
 * that same Payload `where` by the adapter's own query builder, once for all
 * filters (a filter sums their cells); elsewhere (MongoDB) it is one
 * `payload.count` per group and filter, through the same rule. Results are
 * kept until the roll shows an edit (see `rollStamp`).
 */
import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import { AWARD_LEVEL_LABELS, RECIPIENT_KIND_LABELS, type AwardLevel, type RecipientKind } from '@portal/shared'

import { env } from '../env'
import { publicRollOfPublishedDecisions } from './access'

type Id = number | string

export interface StatisticsFilter {
  fromYear?: number | null
  toYear?: number | null
  level?: AwardLevel | null
}

/** Named: lines of the honour roll; summarised: counts of the award summaries (no names). */
export interface Tally {
  named: number
  summarised: number
}

export interface Group<K> extends Tally {
  key: K
  label: string
}

export interface AwardStatistics {
  filter: StatisticsFilter
  total: Tally
  byYear: Group<number>[]
  byLevel: Group<AwardLevel>[]
  byType: Group<Id>[]
  byKind: Group<RecipientKind>[]
  byUnit: Group<Id | null>[]
  /** Summaries name no decision, hence no movement: `summarised` is 0 here. */
  byMovement: Group<Id | null>[]
  computedAt: string
}

/** Counts per value of each dimension, as the database gives them. */
interface Counts {
  year: Map<number, number>
  type: Map<string, number>
  kind: Map<string, number>
  unit: Map<string, number>
  movement: Map<string, number>
}

const NONE = ''
const emptyCounts = (): Counts => ({ year: new Map(), type: new Map(), kind: new Map(), unit: new Map(), movement: new Map() })
const add = <K>(map: Map<K, number>, key: K, n: number) => map.set(key, (map.get(key) ?? 0) + n)
const keyOf = (value: unknown) => (value === null || value === undefined ? NONE : String(value))

/** The public roll, narrowed by the filter, as a Payload `where` on awards. */
export async function publicRollWhere(filter: StatisticsFilter): Promise<Where> {
  const rule = await publicRollOfPublishedDecisions({ req: { user: null } as unknown as PayloadRequest })
  const and: Where[] = typeof rule === 'object' ? [rule] : []
  if (filter.fromYear) and.push({ year: { greater_than_equal: filter.fromYear } })
  if (filter.toYear) and.push({ year: { less_than_equal: filter.toYear } })
  if (filter.level) and.push({ 'awardType.level': { equals: filter.level } })
  return { and }
}

interface DrizzleAdapterLike {
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
function countsOfCells(cells: RollCells, filter: StatisticsFilter, levelOfType: Map<string, AwardLevel | null>): Counts {
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
function publicRollCells(payload: Payload, stamp: string | null): Promise<RollCells> {
  if (stamp !== null && cellsKept?.stamp === stamp && Date.now() - cellsKept.at < env().awardStatisticsMaxAgeMs) return cellsKept.value
  const value = countPublicRollSql(payload)
  if (stamp !== null) {
    const entry = { stamp, at: Date.now(), value }
    cellsKept = entry
    value.catch(() => cellsKept === entry && (cellsKept = null))
  }
  return value
}

/**
 * Any other adapter: the distinct values of each dimension, then one count per
 * value, each through Payload with the anonymous reader's access (the same
 * rule again, applied by Payload). Counting stays in the database.
 */
async function namedCountsPortable(payload: Payload, filter: StatisticsFilter): Promise<Counts> {
  const base = await publicRollWhere(filter)
  const counts = emptyCounts()
  const countWhere = (where: Where) => payload.count({ collection: 'awards', where: { and: [base, where] }, overrideAccess: true }).then((r) => r.totalDocs)
  const distinct = async (field: string) => {
    const result = await payload.findDistinct({ collection: 'awards', field, where: base, overrideAccess: true, depth: 0 } as Parameters<Payload['findDistinct']>[0])
    return (result.values as Array<Record<string, unknown>>).map((row) => row[field])
  }
  const byField = async (field: string, target: Map<never, number>, toKey: (value: unknown) => unknown) => {
    for (const value of await distinct(field)) {
      const where: Where = value === null || value === undefined ? { [field]: { exists: false } } : { [field]: { equals: value } }
      add(target as Map<unknown, number>, toKey(value), await countWhere(where))
    }
  }
  await byField('year', counts.year as Map<never, number>, Number)
  await byField('awardType', counts.type as Map<never, number>, keyOf)
  await byField('recipientKind', counts.kind as Map<never, number>, keyOf)
  await byField('unit', counts.unit as Map<never, number>, keyOf)
  // Movements through the decision: one count per movement with published decisions, the rest have none.
  const { docs: decisions } = await payload.find({ collection: 'award-decisions', where: { movement: { exists: true } }, pagination: false, depth: 0, select: { movement: true }, overrideAccess: false })
  const movementIds = [...new Set(decisions.map((d) => keyOf(d.movement)).filter((k) => k !== NONE))]
  let withMovement = 0
  for (const id of movementIds) {
    const n = await countWhere({ 'decision.movement': { equals: payload.db.defaultIDType === 'number' ? Number(id) : id } })
    if (n) add(counts.movement, id, n)
    withMovement += n
  }
  const all = [...counts.year.values()].reduce((a, b) => a + b, 0)
  if (all - withMovement > 0) add(counts.movement, NONE, all - withMovement)
  return counts
}

/** The award summaries' counts (a few per unit and year): read whole, added up here. */
async function summarisedCounts(payload: Payload, filter: StatisticsFilter, levelOfType: Map<string, AwardLevel | null>): Promise<Counts> {
  const and: Where[] = []
  if (filter.fromYear) and.push({ year: { greater_than_equal: filter.fromYear } })
  if (filter.toYear) and.push({ year: { less_than_equal: filter.toYear } })
  const { docs } = await payload.find({ collection: 'award-summaries', where: { and }, pagination: false, depth: 0, select: { year: true, unit: true, counts: true }, overrideAccess: false })
  const counts = emptyCounts()
  for (const summary of docs) {
    for (const line of summary.counts ?? []) {
      const type = keyOf(line.awardType)
      if (filter.level && levelOfType.get(type) !== filter.level) continue
      add(counts.year, summary.year, line.count)
      add(counts.type, type, line.count)
      add(counts.kind, keyOf(line.recipientKind), line.count)
      add(counts.unit, keyOf(summary.unit), line.count)
      add(counts.movement, NONE, line.count)
    }
  }
  return counts
}

/** A reference list as a reader sees it (published movements only), by id. */
async function names(payload: Payload, collection: CollectionSlug, select: Record<string, true>): Promise<Map<string, Record<string, unknown>>> {
  const { docs } = await payload.find({ collection, pagination: false, depth: 0, select, overrideAccess: false })
  return new Map((docs as unknown as Array<Record<string, unknown>>).map((d) => [String(d.id), d]))
}

const byCountThenLabel = <K>(a: Group<K>, b: Group<K>) => b.named + b.summarised - (a.named + a.summarised) || a.label.localeCompare(b.label, 'vi')

function groups<K>(named: Map<unknown, number>, summarised: Map<unknown, number>, label: (key: unknown) => { key: K; label: string }): Group<K>[] {
  const keys = new Set([...named.keys(), ...summarised.keys()])
  return [...keys].map((key) => ({ ...label(key), named: named.get(key) ?? 0, summarised: summarised.get(key) ?? 0 })).filter((g) => g.named + g.summarised > 0)
}

/**
 * Computes the statistics (uncached: see `awardStatistics`, which passes the roll's `stamp` so that
 * filters share one count). `portable` forces the adapter-neutral path (tests compare both).
 */
export async function computeAwardStatistics(payload: Payload, filter: StatisticsFilter = {}, { portable = false, stamp = null as string | null } = {}): Promise<AwardStatistics> {
  const [types, units, movements] = await Promise.all([names(payload, 'award-types', { name: true, level: true }), names(payload, 'units', { name: true }), names(payload, 'movements', { name: true })])
  const levelOfType = new Map([...types].map(([id, t]) => [id, (t.level as AwardLevel) ?? null]))
  const sql = !portable && payload.db.name === 'sqlite'
  const [named, summarised] = await Promise.all([
    sql ? publicRollCells(payload, stamp).then((cells) => countsOfCells(cells, filter, levelOfType)) : namedCountsPortable(payload, filter),
    summarisedCounts(payload, filter, levelOfType),
  ])
  const idKey = (key: unknown) => (key === NONE ? null : payload.db.defaultIDType === 'number' ? Number(key) : String(key))
  const byLevelNamed = new Map<string, number>()
  const byLevelSummarised = new Map<string, number>()
  for (const [type, n] of named.type) add(byLevelNamed, levelOfType.get(type) ?? NONE, n)
  for (const [type, n] of summarised.type) add(byLevelSummarised, levelOfType.get(type) ?? NONE, n)
  const sum = (map: Map<unknown, number>) => [...map.values()].reduce((a, b) => a + b, 0)
  const levelOrder = Object.keys(AWARD_LEVEL_LABELS)
  return {
    filter,
    total: { named: sum(named.year), summarised: sum(summarised.year) },
    byYear: groups<number>(named.year, summarised.year, (key) => ({ key: Number(key), label: String(key) })).sort((a, b) => b.key - a.key),
    byLevel: groups<AwardLevel>(byLevelNamed, byLevelSummarised, (key) => ({ key: key as AwardLevel, label: AWARD_LEVEL_LABELS[key as AwardLevel] ?? 'Chưa xác định cấp' })).sort(
      (a, b) => levelOrder.indexOf(a.key) - levelOrder.indexOf(b.key),
    ),
    byType: groups<Id>(named.type, summarised.type, (key) => ({ key: idKey(key)!, label: String(types.get(String(key))?.name ?? 'Danh hiệu đã xóa') })).sort(byCountThenLabel),
    byKind: groups<RecipientKind>(named.kind, summarised.kind, (key) => ({ key: key as RecipientKind, label: RECIPIENT_KIND_LABELS[key as RecipientKind] ?? String(key) })).sort(byCountThenLabel),
    byUnit: groups<Id | null>(named.unit, summarised.unit, (key) => ({ key: idKey(key), label: key === NONE ? 'Đơn vị ghi tay (chưa có trong danh mục)' : String(units.get(String(key))?.name ?? 'Đơn vị khác') })).sort(byCountThenLabel),
    byMovement: groups<Id | null>(named.movement, new Map(), (key) => ({
      key: idKey(key),
      label: key === NONE ? 'Không gắn với phong trào thi đua' : String(movements.get(String(key))?.name ?? 'Phong trào chưa công bố'),
    })).sort(byCountThenLabel),
    computedAt: new Date().toISOString(),
  }
}

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

interface Kept {
  stamp: string
  at: number
  value: Promise<AwardStatistics>
  /** The figures once counted. */
  ready?: AwardStatistics
  /** The figures before this count, served while it runs. */
  previous?: AwardStatistics
}

const MAX_KEPT = 100
const kept = new Map<string, Kept>()

/**
 * The statistics for a filter, counted again only when the roll changed (its
 * stamp moved) or the kept figures are older than the age limit. While a
 * count runs, callers get the figures counted before (their `computedAt`
 * says when), so a page never waits for a million rows after an edit; with
 * `fresh`, or when there are none yet, they wait for the count. Callers
 * asking at the same time share one count.
 */
export async function awardStatistics(payload: Payload, filter: StatisticsFilter = {}, { fresh = false } = {}): Promise<AwardStatistics> {
  const key = JSON.stringify([filter.fromYear ?? null, filter.toYear ?? null, filter.level ?? null])
  const stamp = await rollStamp(payload)
  let entry = kept.get(key)
  if (!entry || entry.stamp !== stamp || Date.now() - entry.at >= env().awardStatisticsMaxAgeMs) {
    const value = computeAwardStatistics(payload, filter, { stamp })
    const counting: Kept = { stamp, at: Date.now(), value, previous: entry?.ready ?? entry?.previous }
    value.then(
      (figures) => {
        counting.ready = figures
        counting.previous = undefined
      },
      () => kept.get(key) === counting && kept.delete(key),
    )
    kept.delete(key)
    kept.set(key, counting)
    if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value!)
    entry = counting
  }
  if (entry.ready) return entry.ready
  return !fresh && entry.previous ? entry.previous : entry.value
}
