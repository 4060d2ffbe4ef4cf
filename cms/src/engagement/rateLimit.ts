import { isoDayInVietnam } from '@portal/shared'
import type { Payload } from 'payload'

import { isUniqueViolation } from '../db/uniqueViolation'
import { hashIp } from './secrets'

const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR
/** Vietnam keeps UTC+7 all year (no daylight saving), so its midnight is a fixed offset from UTC's. */
const VIETNAM_OFFSET = 7 * HOUR

export interface Window {
  /** Names the window in the counter's key. */
  id: string
  /** When the window ends; its counters can be deleted from then on. */
  endsAt: Date
}

/** The Vietnamese calendar day of `now` (midnight to midnight in Asia/Ho_Chi_Minh, whatever the server's zone). */
export function vietnamDay(now: Date): Window {
  const endsAt = new Date((Math.floor((now.getTime() + VIETNAM_OFFSET) / DAY) + 1) * DAY - VIETNAM_OFFSET)
  return { id: isoDayInVietnam(now), endsAt }
}

/** The clock hour of `now`. */
export function clockHour(now: Date): Window {
  const start = Math.floor(now.getTime() / HOUR) * HOUR
  return { id: new Date(start).toISOString().slice(0, 13), endsAt: new Date(start + HOUR) }
}

/** The quarter hour of `now`. */
export function quarterHour(now: Date): Window {
  const length = HOUR / 4
  const start = Math.floor(now.getTime() / length) * length
  return { id: new Date(start).toISOString().slice(0, 16), endsAt: new Date(start + length) }
}

/**
 * Takes one unit of an allowance of `limit` per `scope` and window; false when
 * it is used up. The count lives in one row per key, created on first use and
 * then raised with an atomic increment, so concurrent requests from several
 * site processes are all counted (no read-then-write). A refused request still
 * counts: hammering does not reopen the allowance.
 */
export async function takeAllowance(payload: Payload, scope: string, window: Window, limit: number): Promise<boolean> {
  const key = `${scope}|${window.id}`
  for (let attempt = 0; attempt < 3; attempt++) {
    const raised = (await payload.db.updateOne({
      collection: 'rate-limits',
      where: { key: { equals: key } },
      data: { count: { $inc: 1 } },
      returning: true,
    })) as { count?: number } | null
    if (raised) return (raised.count ?? 0) <= limit
    try {
      await payload.create({ collection: 'rate-limits', data: { key, count: 1, expiresAt: window.endsAt.toISOString() }, overrideAccess: true, depth: 0 })
      return 1 <= limit
    } catch (error) {
      // Another request created the row between our two statements: increment it instead.
      if (!isUniqueViolation(error, 'key')) throw error
    }
  }
  throw new Error(`rate limit ${key}: could neither create nor increment its counter`)
}

/**
 * Gives back the unit a request took when it turned out not to be new: a duplicate rating or ballot that lost
 * the race on the unique voterKey to its twin. Only new ratings and ballots use up a reader's allowance.
 */
export async function returnAllowance(payload: Payload, scope: string, window: Window): Promise<void> {
  await payload.db.updateOne({ collection: 'rate-limits', where: { key: { equals: `${scope}|${window.id}` } }, data: { count: { $inc: -1 } } })
}

/** `takeAllowance` for one client address, kept only as a keyed hash (`<kind>|<hash>`): every per-address limit's key. */
export const takeAddressAllowance = (payload: Payload, kind: string, address: string, window: Window, limit: number): Promise<boolean> =>
  takeAllowance(payload, `${kind}|${hashIp(payload.secret, address)}`, window, limit)
