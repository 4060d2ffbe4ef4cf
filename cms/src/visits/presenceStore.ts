/**
 * "Đang truy cập": distinct visitors seen in the last five minutes, shared by
 * every site process through the database (a per-process memory would only
 * know its own readers). One row per visitor id with its last-seen time.
 */
import type { Payload } from 'payload'

import { isUniqueViolation } from '../db/uniqueViolation'

export const PRESENCE = 'visit-presence'
/** Rows older than this are deleted: well past the 5-minute window, so a slow clock never drops a live reader. */
export const PRESENCE_RETENTION_MS = 15 * 60_000

async function touch(payload: Payload, visitor: string, lastSeen: string): Promise<boolean> {
  const updated = await payload.db.updateOne({
    collection: PRESENCE,
    where: { visitor: { equals: visitor } },
    data: { lastSeen },
    select: { visitor: true },
    returning: true,
  })
  return updated != null
}

/** Records that a visitor was seen at `at`. A new visitor is inserted first (the common case), an old one updated. */
export async function markPresent(payload: Payload, visitor: string, at: Date, probablyNew: boolean): Promise<void> {
  const lastSeen = at.toISOString()
  if (!probablyNew && (await touch(payload, visitor, lastSeen))) return
  try {
    await payload.db.create({ collection: PRESENCE, data: { visitor, lastSeen } })
  } catch (error) {
    if (!isUniqueViolation(error, 'visitor')) throw error
    await touch(payload, visitor, lastSeen)
  }
}

/** Site processes' clocks may differ by a little; a last-seen time further ahead than this is not "now". */
const CLOCK_SKEW_MS = 60_000

export async function countOnline(payload: Payload, now: Date, windowMs: number): Promise<number> {
  const { totalDocs } = await payload.db.count({
    collection: PRESENCE,
    where: {
      and: [
        { lastSeen: { greater_than_equal: new Date(now.getTime() - windowMs).toISOString() } },
        { lastSeen: { less_than_equal: new Date(now.getTime() + CLOCK_SKEW_MS).toISOString() } },
      ],
    },
  })
  return totalDocs
}

export async function prunePresence(payload: Payload, now: Date): Promise<void> {
  await payload.db.deleteMany({
    collection: PRESENCE,
    where: { lastSeen: { less_than: new Date(now.getTime() - PRESENCE_RETENTION_MS).toISOString() } },
  })
}
