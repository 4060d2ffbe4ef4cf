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
import type { CollectionSlug, Payload } from 'payload'

import { AWARD_LEVEL_LABELS, RECIPIENT_KIND_LABELS, type AwardLevel, type RecipientKind } from '@portal/shared'

import { env } from '../../env'
import { add, NONE, type StatisticsFilter } from './counts'
import { namedCountsPortable } from './portableCounts'
import { rollStamp } from './rollStamp'
import { countsOfCells, publicRollCells } from './sqlCounts'
import { summarisedCounts } from './summaryCounts'

export { publicRollWhere, type StatisticsFilter } from './counts'
export { rollStamp } from './rollStamp'

type Id = number | string

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
