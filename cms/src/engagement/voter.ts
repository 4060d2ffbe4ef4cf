import crypto from 'node:crypto'

import { mac, sameMac } from './secrets'

/**
 * Who is voting or rating. A signed-in staff member is their account; anyone
 * else is the random id in their signed reader cookie. The same person signed
 * in and signed out counts as two voters: the account cannot be linked to a
 * cookie without tracking readers, which we do not do.
 */
export type Voter = { audience: 'staff'; userId: number | string } | { audience: 'public'; readerId: string }

/** The unique key of one voter on one subject (an article, a poll). */
export function voterKeyOf(subjectId: number | string, voter: Voter): string {
  return voter.audience === 'staff' ? `${subjectId}|staff:${voter.userId}` : `${subjectId}|anon:${voter.readerId}`
}

/** A new reader id: 128 random bits. */
export function newReaderId(): string {
  return crypto.randomBytes(16).toString('base64url')
}

const READER_ID = /^[A-Za-z0-9_-]{22}$/

/** The reader cookie's value: the id and its MAC, so a reader cannot pick (or cycle through) ids of their own. */
export function signReaderId(secret: string, readerId: string): string {
  return `${readerId}.${mac(secret, 'reader-id', readerId)}`
}

/** The reader id in a cookie value, or null when it is missing, malformed or not signed by us. */
export function readerIdFromCookie(secret: string, value: string | null | undefined): string | null {
  if (!value || value.length > 100) return null
  const [id, signature, extra] = value.split('.')
  if (extra !== undefined || !id || !signature || !READER_ID.test(id)) return null
  return sameMac(signature, mac(secret, 'reader-id', id)) ? id : null
}
