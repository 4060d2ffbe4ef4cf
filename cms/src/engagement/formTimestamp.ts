import { mac, sameMac } from './secrets'

/**
 * The feedback form carries the time it was served, signed, so the server can
 * tell a person (who needs a few seconds to write) from a script posting at
 * once, without cookies or outside services.
 */
export function signFormTimestamp(secret: string, now: Date = new Date()): string {
  const issued = String(now.getTime())
  return `${issued}.${mac(secret, 'form-time', issued)}`
}

export type FormTimeCheck = 'ok' | 'missing' | 'tooFast' | 'expired'

const MAX_AGE_MS = 24 * 60 * 60 * 1000

export function checkFormTimestamp(secret: string, value: unknown, minSeconds: number, now: Date = new Date()): FormTimeCheck {
  if (typeof value !== 'string' || value.length > 100) return 'missing'
  const [issued, signature] = value.split('.')
  if (!issued || !signature || !/^\d{1,15}$/.test(issued) || !sameMac(signature, mac(secret, 'form-time', issued))) return 'missing'
  const age = now.getTime() - Number(issued)
  if (age < minSeconds * 1000) return 'tooFast'
  if (age > MAX_AGE_MS) return 'expired'
  return 'ok'
}
