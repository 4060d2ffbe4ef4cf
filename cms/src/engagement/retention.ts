import type { CollectionSlug, Payload } from 'payload'

import { limits } from './limits'

const WITH_IP_HASH: CollectionSlug[] = ['article-ratings', 'poll-votes', 'feedback', 'consultation-comments']

/**
 * Erases what the retention rule says we may no longer keep: IP hashes older
 * than IP_HASH_RETENTION_DAYS (the records themselves stay, a vote is never
 * lost), rate-limit counters whose window has ended, and ratings left without
 * their article after an editor deleted it. Direct database
 * writes: no hooks, no new "updatedAt", no notification mails.
 */
export async function purgeExpiredIpData(payload: Payload, now: Date = new Date()) {
  const cutoff = new Date(now.getTime() - limits.ipHashRetentionDays() * 24 * 60 * 60 * 1000).toISOString()
  for (const collection of WITH_IP_HASH) {
    await payload.db.updateMany({
      collection,
      where: { and: [{ ipHash: { exists: true } }, { createdAt: { less_than: cutoff } }] },
      data: { ipHash: null },
    })
  }
  await payload.db.deleteMany({ collection: 'rate-limits', where: { expiresAt: { less_than_equal: now.toISOString() } } })
  // Ratings whose article an editor deleted (the database unlinks them) no longer count anywhere.
  await payload.db.deleteMany({ collection: 'article-ratings', where: { article: { exists: false } } })
}

let lastPurge = 0
const PURGE_EVERY_MS = 60 * 60 * 1000

/** Runs the purge at most once an hour per process, in the background of a write; failures only reach the log. */
export function purgeNowAndThen(payload: Payload, now: Date = new Date()): void {
  if (now.getTime() - lastPurge < PURGE_EVERY_MS) return
  lastPurge = now.getTime()
  purgeExpiredIpData(payload, now).catch((error) => payload.logger.error({ err: error, msg: 'Could not purge expired IP hashes' }))
}
