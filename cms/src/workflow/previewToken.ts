import { mac, sameMac } from '../engagement/secrets'

/**
 * Signed preview links: "Xem trước" opens the site's page of one draft
 * through `/xem-truoc/<token>`. The token names the collection, the document
 * and an expiry (an hour at most), signed with HMAC-SHA-256 under a key
 * derived from the portal's secret for this purpose alone, so it opens that
 * document only, until then, and cannot be made or altered without the secret.
 */
export const PREVIEW_PATH = '/xem-truoc/'
export const PREVIEW_TTL_MS = 60 * 60 * 1000

/** What a preview shows, with the site's URL of each kind (for the admin's button). */
export const PREVIEWABLE = ['articles', 'documents', 'movements', 'exemplary-models', 'galleries', 'pages', 'award-decisions'] as const
export type PreviewableCollection = (typeof PREVIEWABLE)[number]

const PURPOSE = 'preview'

export function signPreview(secret: string, target: { collection: PreviewableCollection; id: number | string }, now = Date.now(), ttlMs = PREVIEW_TTL_MS): string {
  const expires = Math.floor((now + Math.min(ttlMs, PREVIEW_TTL_MS)) / 1000)
  const body = `${target.collection}.${target.id}.${expires}`
  return `${body}.${mac(secret, PURPOSE, body)}`
}

export type PreviewCheck =
  | { ok: true; collection: PreviewableCollection; id: string; expiresAt: Date }
  | { ok: false; reason: 'malformed' | 'forged' | 'expired' }

export function verifyPreview(secret: string, token: string, now = Date.now()): PreviewCheck {
  const parts = token.split('.')
  if (parts.length !== 4 || token.length > 300) return { ok: false, reason: 'malformed' }
  const [collection, id, expires, signature] = parts as [string, string, string, string]
  if (!PREVIEWABLE.includes(collection as PreviewableCollection) || !/^[A-Za-z0-9_-]{1,64}$/.test(id) || !/^\d{1,12}$/.test(expires)) return { ok: false, reason: 'malformed' }
  if (!sameMac(signature, mac(secret, PURPOSE, `${collection}.${id}.${expires}`))) return { ok: false, reason: 'forged' }
  const expiresAt = new Date(Number(expires) * 1000)
  // A link that claims to live longer than an hour was not made here, whatever its signature.
  if (expiresAt.getTime() <= now || expiresAt.getTime() > now + PREVIEW_TTL_MS + 1000) return { ok: false, reason: 'expired' }
  return { ok: true, collection: collection as PreviewableCollection, id, expiresAt }
}
