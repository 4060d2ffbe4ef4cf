import { APIError, type CollectionBeforeOperationHook, type Payload } from 'payload'

import { limits } from '../engagement/limits'
import { quarterHour, takeAddressAllowance } from '../engagement/rateLimit'
import { clientAddressOf } from './clientAddress'

const GUARDED = new Set(['login', 'forgotPassword', 'resetPassword'])

export const SIGN_IN_LIMIT_MESSAGE = 'Địa chỉ của bạn đã thử đăng nhập quá nhiều lần. Vui lòng thử lại sau 15 phút.'

/**
 * Takes one sign-in attempt from this address's allowance (SIGN_IN_IP_LIMIT
 * per quarter hour); false when it is used up. One counter for the site's
 * sign-in and reset pages and the CMS's REST and GraphQL alike.
 */
export function signInAttemptAllowed(payload: Payload, address: string): Promise<boolean> {
  return takeAddressAllowance(payload, 'sign-in', address, quarterHour(new Date()), limits.signInsPerIpQuarterHour())
}

/**
 * Sign-in, password-reset requests and resets are limited per client address
 * (SIGN_IN_IP_LIMIT per quarter hour), on REST and GraphQL alike. Accounts are
 * never locked: a stranger's failures would lock the owner out, so the
 * attacker's address is what gets stopped, and the owner signing in from
 * another address still gets in.
 */
export const limitSignInsPerAddress: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (!GUARDED.has(operation)) return args
  const address = clientAddressOf(req)
  if (!address) return args
  if (!(await signInAttemptAllowed(req.payload, address))) {
    req.payload.logger.warn({ msg: 'Sign-in attempts over the per-address limit', operation })
    throw new APIError(SIGN_IN_LIMIT_MESSAGE, 429, { limit: 'sign-in per address' }, true)
  }
  return args
}
