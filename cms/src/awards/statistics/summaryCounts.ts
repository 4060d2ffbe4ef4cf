import type { Payload, Where } from 'payload'

import type { AwardLevel } from '@portal/shared'

import { add, emptyCounts, keyOf, NONE, type Counts, type StatisticsFilter } from './counts'

/** The award summaries' counts (a few per unit and year): read whole, added up here. */
export async function summarisedCounts(payload: Payload, filter: StatisticsFilter, levelOfType: Map<string, AwardLevel | null>): Promise<Counts> {
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
