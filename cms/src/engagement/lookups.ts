import type { Payload } from 'payload'

import { limits } from './limits'
import { clockHour, takeAllowance } from './rateLimit'
import { hashIp } from './secrets'

/**
 * Whether this address may look up one more reference code this hour. Codes
 * carry 80 random bits, so guessing is hopeless anyway; the allowance keeps a
 * script from making the database answer endless look-ups.
 */
export async function lookupAllowed(payload: Payload, ip: string | null, now: Date = new Date()): Promise<boolean> {
  if (!ip) return true
  return takeAllowance(payload, `lookup|${hashIp(payload.secret, ip)}`, clockHour(now), limits.lookupsPerIpHour())
}
