/**
 * Whether a write was refused because a unique index already holds the value:
 * the signal of a race that another writer won (counters, presence, votes,
 * rate limits), to be told apart from every other failure, which must
 * surface.
 *
 * What Payload 3.90.1 throws: both adapters turn the database's refusal into
 * a ValidationError whose single item says "value must be unique" (in the
 * request's language, English without one) at the field's path; drizzle
 * (SQLite) reads the column from libsql's `SQLITE_CONSTRAINT_UNIQUE`
 * "UNIQUE constraint failed: table.column", db-mongodb from E11000's
 * keyValue. A ValidationError for any other reason (a required field, a
 * failed validate) is not a duplicate, and neither is a foreign-key or NOT
 * NULL refusal. Driver errors that were not converted are recognised too.
 */
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'

const UNIQUE_MESSAGES = new Set([en.translations.error.valueMustBeUnique, vi.translations.error.valueMustBeUnique])

interface ErrorLike {
  name?: string
  message?: string
  code?: unknown
  extendedCode?: unknown
  keyValue?: Record<string, unknown>
  cause?: unknown
  data?: { errors?: Array<{ path?: string; message?: string }> }
}

const snakeCase = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

/** The columns or fields a raw driver error names as duplicated, or null when it is no unique violation. */
function duplicatedBy(error: ErrorLike): string[] | null {
  const message = typeof error.message === 'string' ? error.message : ''
  const sqlite = /UNIQUE constraint failed: (.+)$/m.exec(message)
  if (sqlite || error.code === 'SQLITE_CONSTRAINT_UNIQUE' || error.extendedCode === 'SQLITE_CONSTRAINT_UNIQUE') {
    return sqlite ? sqlite[1]!.split(',').map((column) => column.trim().split('.').pop()!) : []
  }
  if (error.code === 11000 || error.code === 11001 || /E11000 duplicate key/.test(message)) {
    if (error.keyValue) return Object.keys(error.keyValue)
    const index = /index: (\S+?)_-?1\b/.exec(message)
    return index ? [index[1]!] : []
  }
  return null
}

/**
 * A unique violation, on `field` when given (its name in the collection's
 * config; SQLite names the snake_case column, which is matched too).
 */
export function isUniqueViolation(error: unknown, field?: string): boolean {
  const matches = (name: string | undefined) => field === undefined || name === field || name === snakeCase(field)
  let current = error as ErrorLike | null | undefined
  // Drizzle wraps the driver's error in `cause`; a few levels are enough.
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    if (current.name === 'ValidationError') {
      return (current.data?.errors ?? []).some((item) => UNIQUE_MESSAGES.has(item.message ?? '') && matches(item.path))
    }
    const fields = duplicatedBy(current)
    if (fields) return field === undefined || fields.some(matches)
    current = current.cause as ErrorLike | undefined
  }
  return false
}
