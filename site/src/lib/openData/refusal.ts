/**
 * A request for open data the portal will not answer as asked: its status, a
 * stable code for programs, a Vietnamese sentence for people, and an English
 * line for the log (with parameter names only: values may be names of people).
 */
export class OpenDataRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly logLine: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
    this.name = 'OpenDataRefusal'
  }
}

export const badParameter = (name: string, message: string, why: string) =>
  new OpenDataRefusal(400, 'invalid_parameter', message, `parameter '${name}' ${why}`)
