import crypto from 'node:crypto'

/**
 * Keys derived from the portal's secret, one per purpose, so that a value
 * signed for one use (a reader cookie) can never pass for another (a form
 * timestamp), and IP hashes cannot be recomputed without the secret.
 */
function keyFor(secret: string, purpose: string): Buffer {
  return crypto.createHmac('sha256', secret).update(`portal-engagement:${purpose}`).digest()
}

export function mac(secret: string, purpose: string, value: string): string {
  return crypto.createHmac('sha256', keyFor(secret, purpose)).update(value).digest('base64url')
}

/** Constant-time comparison of two MACs. */
export function sameMac(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && crypto.timingSafeEqual(x, y)
}

/**
 * The IP address as stored: a keyed hash (HMAC-SHA-256, 128 bits kept). It
 * lets the portal count requests per address and spot floods, and cannot be
 * turned back into the address without the secret.
 */
export function hashIp(secret: string, ip: string): string {
  return crypto.createHmac('sha256', keyFor(secret, 'ip')).update(ip.trim().toLowerCase()).digest('hex').slice(0, 32)
}
