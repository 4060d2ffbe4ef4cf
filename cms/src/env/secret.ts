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
/** Why a configured secret must not be used, or null. Sessions, reader cookies and IP hashes all derive from it. */
export function weakSecretProblem(secret: string): string | null {
  if (secret.length < 32) return 'must be at least 32 characters long'
  if (/change|secret|example|placeholder|your[-_]?|replace|default|xxxx|1234/i.test(secret)) return 'looks like a placeholder'
  if (new Set(secret).size < 12) return 'has too few distinct characters'
  return null
}

export function resolveSecret(): string {
  const configured = env().payloadSecret
  if (configured) {
    const problem = weakSecretProblem(configured)
    if (problem) throw new Error(`PAYLOAD_SECRET ${problem}: set a random value (for example \`openssl rand -base64 48\`) or unset it to let the portal generate one in data/`)
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
