/** Adapters without SQL (MongoDB): one count per group value, through Payload and the same public-roll rule. */
import type { Payload, Where } from 'payload'

import { add, emptyCounts, keyOf, NONE, publicRollWhere, type Counts, type StatisticsFilter } from './counts'

/**
 * Any other adapter: the distinct values of each dimension, then one count per
 * value, each through Payload with the anonymous reader's access (the same
 * rule again, applied by Payload). Counting stays in the database.
 */
export async function namedCountsPortable(payload: Payload, filter: StatisticsFilter): Promise<Counts> {
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
