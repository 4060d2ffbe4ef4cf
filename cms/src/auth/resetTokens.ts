import crypto from 'node:crypto'

import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'

/**
 * Password-reset tokens are kept as SHA-256 hashes, so a copy of the database
 * (a backup, a leaked dump) cannot be used to take over accounts. Payload
 * mails the raw token and stores what we give it: we hash it on the way in,
 * and hash the token a reader brings back before Payload looks it up.
 */
const PREFIX = 'sha256:'

export const hashResetToken = (token: string) => `${PREFIX}${crypto.createHash('sha256').update(token).digest('hex')}`

export const storeResetTokenHashed: CollectionBeforeChangeHook = ({ data }) => {
  const token = data?.resetPasswordToken
  if (typeof token === 'string' && token && !token.startsWith(PREFIX)) data.resetPasswordToken = hashResetToken(token)
  return data
}

export const lookUpResetTokenHashed: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'resetPassword') return args
  const data = (args as { data?: { token?: unknown } }).data
  // Changed in place: Payload's reset operation read `data` before this hook ran.
  if (data && typeof data.token === 'string' && data.token) data.token = hashResetToken(data.token)
  return args
}
