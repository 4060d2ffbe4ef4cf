import crypto from 'node:crypto'
import { promisify } from 'node:util'

import type { CollectionBeforeOperationHook } from 'payload'

const pbkdf2 = promisify(crypto.pbkdf2)

/**
 * Payload checks a password only when the account exists, so a failed sign-in
 * answered in ~40 ms for an unknown address and ~400 ms for a known one: the
 * time told a stranger which addresses have accounts. For an unknown address
 * we spend the same work (Payload 3's scheme: PBKDF2-SHA-256, 600,000
 * iterations, 32 bytes) before Payload answers its usual "wrong e-mail or password".
 */
export const equalSignInTiming: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
  const password = typeof data?.password === 'string' ? data.password : ''
  const user = email ? await req.payload.db.findOne({ collection: 'users', where: { email: { equals: email } }, req }) : null
  if (!user) await pbkdf2(password, crypto.randomBytes(32).toString('hex'), 600_000, 32, 'sha256')
  return args
}
