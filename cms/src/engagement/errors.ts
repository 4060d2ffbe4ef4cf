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
