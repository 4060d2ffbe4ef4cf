import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, Payload } from 'payload'

/** Award types without a rank of their own sort as the field's default does. */
export const DEFAULT_AWARD_RANK = 1000

/** The ranks of the given award types (a few dozen exist: one read). */
export async function awardRanks(payload: Payload, ids: Array<number | string>): Promise<Map<string, number>> {
  const unique = [...new Set(ids.map(String))]
  if (unique.length === 0) return new Map()
  const { docs } = await payload.find({ collection: 'award-types', where: { id: { in: unique } }, select: { rank: true }, depth: 0, limit: unique.length, pagination: false, overrideAccess: true })
  return new Map(docs.map((t) => [String(t.id), t.rank ?? DEFAULT_AWARD_RANK]))
}

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: number | string }).id : (value as number | string | null | undefined))

/**
 * Each award keeps a copy of its award type's rank, so that the roll's order
 * (newest year, highest honour, name) is one index walk instead of a join and
 * a sort of the whole table at a million rows.
 */
export const keepAwardRank: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const type = idOf(data.awardType ?? originalDoc?.awardType)
  const sameType = data.awardType === undefined || idOf(data.awardType) === idOf(originalDoc?.awardType)
  if (type == null || (sameType && typeof originalDoc?.awardRank === 'number')) return data
  const ranks = await awardRanks(req.payload, [type])
  return { ...data, awardRank: ranks.get(String(type)) ?? DEFAULT_AWARD_RANK }
}

/** A type's new rank reaches its awards (one UPDATE through the adapter, no per-award hooks). */
export const spreadAwardRank: CollectionAfterChangeHook = async ({ doc, previousDoc, req, operation }) => {
  if (operation !== 'update' || (previousDoc?.rank ?? DEFAULT_AWARD_RANK) === (doc.rank ?? DEFAULT_AWARD_RANK)) return doc
  await req.payload.db.updateMany({ collection: 'awards', where: { awardType: { equals: doc.id } }, data: { awardRank: doc.rank ?? DEFAULT_AWARD_RANK }, req })
  return doc
}
