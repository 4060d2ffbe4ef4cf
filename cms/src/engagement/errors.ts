/**
 * Refusals of the engagement features, each with the HTTP status the site
 * answers and the Vietnamese sentence the reader sees. Anything else thrown
 * from here is a fault of ours, not of the reader's input.
 */
export class EngagementError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Per-field messages of a form, keyed by field name. */
    readonly fields?: Record<string, string>,
  ) {
    super(message)
    this.name = 'EngagementError'
  }
}

export const isEngagementError = (error: unknown): error is EngagementError => error instanceof EngagementError || (error as { name?: string } | null)?.name === 'EngagementError'

/**
 * Whether Payload refused a write because a unique index already holds the
 * value of `field`. Both adapters turn the database's refusal (SQLite's
 * UNIQUE constraint, MongoDB's E11000) into a ValidationError naming the field.
 */
export function isUniqueViolation(error: unknown, field: string): boolean {
  const e = error as { name?: string; data?: { errors?: Array<{ path?: string }> }; message?: string } | null
  if (!e) return false
  if (e.name === 'ValidationError') return (e.data?.errors ?? []).some((item) => item.path === field)
  // A driver error that slipped through unconverted still says what it is.
  return /UNIQUE constraint failed|E11000 duplicate key/i.test(e.message ?? '') && (e.message ?? '').includes(field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`))
}
