/**
 * Document ids from URLs, forms and JSON, in the type the database uses, or
 * null when the value cannot be one: a reader's typo is a 404 or a 400, never
 * a database error. The one parser of ids for the CMS and the site.
 */

/** The database's id type, as Payload's `db.defaultIDType` names it: numbers on SQLite, 24-hex ObjectIds on MongoDB. */
export type IdType = 'number' | 'text'

export type DocumentId = number | string

const DIGITS = /^[1-9]\d{0,15}$/
const OBJECT_ID = /^[0-9a-f]{24}$/i

/**
 * SQLite: a positive safe integer, from a number or a digit string (no sign,
 * no leading zero, no exponent). MongoDB: a 24-hex ObjectId, lower-cased.
 * Surrounding spaces (a pasted URL) are forgiven.
 */
export function parseId(raw: unknown, idType: IdType): DocumentId | null {
  if (idType === 'number') {
    if (typeof raw === 'number') return Number.isSafeInteger(raw) && raw > 0 ? raw : null
    const text = typeof raw === 'string' ? raw.trim() : ''
    if (!DIGITS.test(text)) return null
    const id = Number(text)
    return Number.isSafeInteger(id) ? id : null
  }
  const text = typeof raw === 'string' ? raw.trim() : ''
  return OBJECT_ID.test(text) ? text.toLowerCase() : null
}
