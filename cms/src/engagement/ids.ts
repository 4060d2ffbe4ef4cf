import type { Payload } from 'payload'

/**
 * A document id from a URL or a form, in the type the database uses (numbers
 * on SQLite, 24-hex ObjectIds on MongoDB), or null when it cannot be one: a
 * reader's typo is a 404, never a database error.
 */
export function parseId(payload: Payload, raw: unknown): number | string | null {
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : ''
  if (payload.db.defaultIDType === 'number') return /^[1-9]\d{0,14}$/.test(text) ? Number(text) : null
  return /^[a-f0-9]{24}$/i.test(text) ? text.toLowerCase() : null
}
