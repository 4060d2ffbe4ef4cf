/**
 * How engagement endpoints and form pages turn refusals into answers: the
 * reader's mistakes (BadRequest from reading the body, EngagementError from
 * the rules) become 4xx with their Vietnamese sentence; anything else is our
 * fault, logged, and answered 500 without details.
 */
import { BadRequest, jsonRefusal } from './http'
import { refusalOf, type Refusal } from './index'

export function readerRefusal(error: unknown): Refusal | null {
  if (error instanceof BadRequest) return { status: error.status, message: error.message }
  return refusalOf(error)
}

export async function jsonEndpoint(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run()
  } catch (error) {
    const refusal = readerRefusal(error)
    if (refusal) return jsonRefusal(refusal.status, refusal.message, refusal.fields)
    console.error(error)
    return jsonRefusal(500, 'Hệ thống đang gặp sự cố, vui lòng thử lại sau ít phút.')
  }
}

/** For form pages: the refusal to show on the page, or the error rethrown (the 500 page). */
export function pageRefusal(error: unknown): Refusal {
  const refusal = readerRefusal(error)
  if (refusal) return refusal
  throw error
}

/** The client's socket address; Astro throws when an adapter cannot tell. */
export function socketAddress(read: () => string): string | null {
  try {
    return read()
  } catch {
    return null
  }
}

export const methodNotAllowed = (allowed: string) => jsonRefusal(405, `Phương thức không được hỗ trợ; chỉ nhận ${allowed}.`)
