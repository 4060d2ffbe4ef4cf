import { normaliseReferenceCode } from '@portal/shared'
import type { Payload, TypedCollectionSelect } from 'payload'

import { limits } from './limits'
import { clockHour, takeAddressAllowance } from './rateLimit'

/**
 * Whether this address may look up one more reference code this hour. Codes
 * carry 80 random bits, so guessing is hopeless anyway; the allowance keeps a
 * script from making the database answer endless look-ups.
 */
export async function lookupAllowed(payload: Payload, ip: string | null, now: Date = new Date()): Promise<boolean> {
  if (!ip) return true
  return takeAddressAllowance(payload, 'lookup', ip, clockHour(now), limits.lookupsPerIpHour())
}

/** What anyone with a reference code may see of the item, whatever its kind: never who sent it nor their contact details. */
export interface CodeStatusView<Status extends string> {
  code: string
  status: Status
  statusLabel: string
  receivedAt: string
  /** The answer, once the reader may see it. */
  answer: string | null
  answeredAt: string | null
}

/** The one item of this collection with the reference code as typed (any case, with or without dashes), reading only `select`; null when there is none. */
export async function findByCode<C extends 'feedback' | 'consultation-comments', S extends TypedCollectionSelect[C]>(payload: Payload, collection: C, rawCode: unknown, select: S) {
  const code = normaliseReferenceCode(rawCode)
  if (!code) return null
  const { docs } = await payload.find<C, S>({ collection, where: { code: { equals: code } }, limit: 1, depth: 0, overrideAccess: true, select })
  return docs[0] ?? null
}
