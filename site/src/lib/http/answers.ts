/**
 * How every endpoint and form page answers: JSON is `{ "error": "<Vietnamese>" }`
 * and never cached; a form page shows the refusal's sentence in its own
 * layout. The reader's mistakes (BadRequest from reading the request,
 * EngagementError from the rules) keep their 4xx; anything else is our fault:
 * logged in English, answered 500 with a Vietnamese sentence and no details.
 */
import { isEngagementError } from '@portal/cms/engagement'

import { BadRequest, type Refusal } from './refusal'

export const SERVER_FAULT_MESSAGE = 'Hệ thống đang gặp sự cố, vui lòng thử lại sau ít phút.'

export const jsonAnswer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  })

export const jsonRefusal = (status: number, message: string, extra: { fields?: Record<string, string>; headers?: Record<string, string> } = {}) =>
  jsonAnswer(status, { error: message, ...(extra.fields ? { fields: extra.fields } : {}) }, extra.headers)

export const methodNotAllowed = (allowed: string, headers: Record<string, string> = {}) =>
  jsonRefusal(405, `Phương thức không được hỗ trợ; chỉ nhận ${allowed}.`, { headers: { Allow: allowed, ...headers } })

/** The refusal to show the reader, or null when the error is ours. */
export function readerRefusal(error: unknown): Refusal | null {
  if (error instanceof BadRequest) return { status: error.status, message: error.message, ...(Object.keys(error.headers).length ? { headers: error.headers } : {}) }
  if (isEngagementError(error)) return { status: error.status, message: error.message, ...(error.fields ? { fields: error.fields } : {}) }
  return null
}

/** Logs a fault of ours (in English, with the stack) and answers 500 in Vietnamese. */
export function serverFault(error: unknown, where: string): Response {
  console.error(`Unexpected error in ${where}:`, error)
  return jsonRefusal(500, SERVER_FAULT_MESSAGE)
}

/** Runs a JSON endpoint: refusals become their JSON answer, anything else a logged 500. */
export async function jsonEndpoint(where: string, run: () => Promise<Response>): Promise<Response> {
  try {
    return await run()
  } catch (error) {
    const refusal = readerRefusal(error)
    if (refusal) return jsonRefusal(refusal.status, refusal.message, refusal)
    return serverFault(error, where)
  }
}

/** For form pages: the refusal to show on the page, or the error rethrown (Astro logs it and renders the 500 page). */
export function pageRefusal(error: unknown): Refusal {
  const refusal = readerRefusal(error)
  if (refusal) return refusal
  throw error
}

/** For form pages that show one sentence: the page's answer takes the refusal's status, and the sentence is returned. */
export function pageProblem(response: { status: number }, error: unknown): string {
  const refusal = pageRefusal(error)
  response.status = refusal.status
  return refusal.message
}
