/**
 * A request the reader got wrong (too large, wrong type, unreadable, from
 * another site): thrown by the readers of this folder and answered with its
 * status and Vietnamese sentence, never as a fault of ours.
 */
export class BadRequest extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
    this.name = 'BadRequest'
  }
}

/** What a page or an endpoint tells the reader when it refuses: a status and a Vietnamese sentence, per field where a form has several. */
export interface Refusal {
  status: number
  message: string
  fields?: Record<string, string>
  headers?: Record<string, string>
}
