/**
 * Atomic, race-free counter increments through payload.db, the same on SQLite
 * and MongoDB.
 *
 * Never read-add-write: `{ count: { $inc: n } }` becomes
 * `UPDATE … SET count = count + n` on SQLite and `$inc` on MongoDB, so
 * concurrent writers from any number of processes add up exactly. A missing
 * counter is created with its first n; when another process created it a
 * moment before, the unique key refuses our insert and we add n to theirs.
 */
import type { Payload } from 'payload'

import type { CounterBucket } from '@portal/shared/visitBuckets'

import { isUniqueViolation } from '../db/uniqueViolation'

export const COUNTERS = 'visit-counters'

/** A counter's document id type follows the adapter: numbers on SQLite, ObjectId strings on MongoDB. */
export function articleIdFor(payload: Payload, id: string): number | string {
  return payload.db.defaultIDType === 'number' ? Number(id) : id
}

async function addTo(payload: Payload, key: string, n: number): Promise<boolean> {
  const updated = await payload.db.updateOne({
    collection: COUNTERS,
    where: { key: { equals: key } },
    data: { count: { $inc: n } },
    select: { key: true },
    returning: true,
  })
  return updated != null
}

async function create(payload: Payload, bucket: CounterBucket, n: number, withArticle: boolean): Promise<void> {
  await payload.db.create({
    collection: COUNTERS,
    data: {
      key: bucket.key,
      metric: bucket.metric,
      period: bucket.period,
      bucket: bucket.bucket,
      ...(withArticle && bucket.article ? { article: articleIdFor(payload, bucket.article) } : {}),
      count: n,
    },
  })
}

export async function incrementCounter(payload: Payload, bucket: CounterBucket, n: number): Promise<void> {
  if (n === 0) return
  if (await addTo(payload, bucket.key, n)) return
  try {
    try {
      await create(payload, bucket, n, true)
    } catch (error) {
      // The article was deleted since its view was recorded (SQLite refuses the foreign key):
      // keep the views under the key, without the link, rather than retry a write that cannot succeed.
      if (isUniqueViolation(error, 'key') || !bucket.article) throw error
      await create(payload, bucket, n, false)
    }
  } catch (error) {
    // Another writer created it between our update and our insert: add to theirs.
    if (!isUniqueViolation(error, 'key')) throw error
    if (!(await addTo(payload, bucket.key, n))) throw error
  }
}

/** Current counts of the given keys (missing counters count 0). */
export async function readCounters(payload: Payload, keys: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>(keys.map((key) => [key, 0]))
  if (keys.length === 0) return counts
  const { docs } = await payload.find({
    collection: COUNTERS,
    where: { key: { in: keys } },
    limit: keys.length,
    pagination: false,
    depth: 0,
    select: { key: true, count: true },
    overrideAccess: true,
  })
  for (const doc of docs as Array<{ key: string; count: number }>) counts.set(doc.key, doc.count ?? 0)
  return counts
}

/** Article counters with the most views, highest first. */
export async function topArticleCounters(payload: Payload, limit: number): Promise<Array<{ article: string; views: number }>> {
  const { docs } = await payload.find({
    collection: COUNTERS,
    where: { metric: { equals: 'article-views' } },
    sort: '-count',
    limit,
    depth: 0,
    select: { key: true, count: true },
    overrideAccess: true,
  })
  // The key, not the relationship: it survives the article's deletion and needs no join.
  return (docs as Array<{ key: string; count: number }>).map((doc) => ({ article: doc.key.slice('article-views:'.length), views: doc.count ?? 0 }))
}
