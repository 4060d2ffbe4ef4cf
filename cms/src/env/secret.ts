import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { env } from './index'
import { dataDir } from './paths'

/**
 * PAYLOAD_SECRET signs sessions. When none is configured, the first start
 * generates a strong one and keeps it in data/ (git-ignored), so a fresh clone
 * needs no setup and later starts keep their sessions valid.
 */
export function resolveSecret(): string {
  const configured = env().payloadSecret
  if (configured) {
    if (configured.length < 32) throw new Error('PAYLOAD_SECRET must be at least 32 characters long')
    return configured
  }
  const file = path.join(dataDir, '.payload-secret')
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    fs.mkdirSync(dataDir, { recursive: true })
    const secret = crypto.randomBytes(48).toString('base64url')
    try {
      // 'wx' fails if another process won the race; then we read its secret
      fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' })
      return secret
    } catch {
      return fs.readFileSync(file, 'utf8').trim()
    }
  }
}
