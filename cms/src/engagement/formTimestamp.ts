import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { takeAllowance } from './rateLimit'
import { mac, sameMac } from './secrets'

/**
 * The feedback form carries the time it was served and a random nonce,
 * signed, so the server can tell a person (who needs a few seconds to write)
 * from a script posting at once, without cookies or outside services; and a
 * stamp serves one submission only (`spendFormTimestamp`): one stamp used to
 * carry 68 submissions over a day.
 */
export function signFormTimestamp(secret: string, now: Date = new Date()): string {
  const signed = `${now.getTime()}.${crypto.randomBytes(12).toString('base64url')}`
  return `${signed}.${mac(secret, 'form-time', signed)}`
}

export type FormTimeCheck = 'ok' | 'missing' | 'tooFast' | 'expired' | 'used'

export const FORM_STAMP_MAX_AGE_MS = 24 * 60 * 60 * 1000

function parse(secret: string, value: unknown): { issued: number; nonce: string } | null {
  if (typeof value !== 'string' || value.length > 120) return null
  const [issued, nonce, signature] = value.split('.')
  if (!issued || !nonce || !signature || !/^\d{1,15}$/.test(issued) || !/^[\w-]{16}$/.test(nonce)) return null
  return sameMac(signature, mac(secret, 'form-time', `${issued}.${nonce}`)) ? { issued: Number(issued), nonce } : null
}

export function checkFormTimestamp(secret: string, value: unknown, minSeconds: number, now: Date = new Date()): FormTimeCheck {
  const stamp = parse(secret, value)
  if (!stamp) return 'missing'
  const age = now.getTime() - stamp.issued
  if (age < minSeconds * 1000) return 'tooFast'
  if (age > FORM_STAMP_MAX_AGE_MS) return 'expired'
  return 'ok'
}

/**
 * Marks a valid stamp as used; false when it was used before. The mark is a
 * counter row with a unique key (see rateLimit.ts), so two submissions sent
 * at the same moment cannot both pass; it expires with the stamp.
 */
export async function spendFormTimestamp(payload: Payload, value: unknown): Promise<boolean> {
  const stamp = parse(payload.secret, value)
  if (!stamp) return false
  return takeAllowance(payload, `form-stamp|${stamp.nonce}`, { id: 'once', endsAt: new Date(stamp.issued + FORM_STAMP_MAX_AGE_MS) }, 1)
}
