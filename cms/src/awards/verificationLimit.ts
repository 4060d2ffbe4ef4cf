import type { Payload } from 'payload'

import { limits } from '../engagement/limits'
import { clockHour, takeAddressAllowance } from '../engagement/rateLimit'

/**
 * Takes one award verification look-up from this address's allowance
 * (VERIFICATION_IP_HOURLY_LIMIT per clock hour); false when it is used up.
 * Codes carry 80 random bits, so guessing one is hopeless even unlimited
 * (2^80 tries); the limit keeps a script from making every miss cost the
 * database a read, and says so plainly to whoever hits it.
 */
export function verificationLookupAllowed(payload: Payload, address: string): Promise<boolean> {
  return takeAddressAllowance(payload, 'verification', address, clockHour(new Date()), limits.verificationsPerIpHour())
}
