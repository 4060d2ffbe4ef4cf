/**
 * The door in front of Payload's GraphQL handler: a capped JSON body, the
 * limits of `limits.ts` checked before anything is resolved, and answers
 * without schema suggestions. Malformed input is a 4xx with a Vietnamese
 * message (and the reason in English in the log), never a 500.
 */
import { readBodyCapped } from '@portal/shared/cappedBody'

import { GRAPHQL_LIMITS, graphqlRefusal, withoutSuggestions } from './limits'

type Handler = (request: Request) => Promise<Response>

const answer = (status: number, message: string, code: string) =>
  new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  })

function refuse(status: number, message: string, code: string, reason: string): Response {
  console.warn(JSON.stringify({ level: 'warn', msg: 'GraphQL request refused', code, reason }))
  return answer(status, message, code)
}

export function guardGraphql(handler: Handler): Handler {
  return async (request) => {
    const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
    if (type !== 'application/json' && type !== 'application/graphql-response+json') {
      return refuse(415, 'Chỉ nhận truy vấn GraphQL dạng JSON (Content-Type: application/json).', 'UNSUPPORTED_MEDIA_TYPE', `content type "${type}"`)
    }
    const bytes = await readBodyCapped(request, GRAPHQL_LIMITS.bodyBytes)
    if (bytes === null) {
      return refuse(413, `Truy vấn quá lớn (tối đa ${GRAPHQL_LIMITS.bodyBytes / 1024} KB).`, 'BODY_TOO_LARGE', 'body over the GraphQL limit')
    }
    const text = new TextDecoder().decode(bytes)
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      return refuse(400, 'Dữ liệu gửi lên không phải JSON hợp lệ.', 'BAD_JSON', 'body is not JSON')
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return refuse(400, 'Dữ liệu phải là một đối tượng JSON có trường "query".', 'BAD_REQUEST', 'body is not a JSON object')
    }
    const { query, variables, operationName } = body as Record<string, unknown>
    if (typeof query !== 'string' || query.trim() === '') {
      return refuse(400, 'Thiếu truy vấn GraphQL (trường "query").', 'BAD_REQUEST', 'query is missing or not a string')
    }
    if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) {
      return refuse(400, 'Trường "variables" phải là một đối tượng JSON.', 'BAD_REQUEST', 'variables is not an object')
    }
    if (operationName != null && typeof operationName !== 'string') {
      return refuse(400, 'Trường "operationName" phải là chuỗi.', 'BAD_REQUEST', 'operationName is not a string')
    }
    const refusal = graphqlRefusal(query)
    if (refusal) return refuse(400, refusal.message, refusal.code, refusal.reason)

    const forwarded = new Request(request.url, { method: 'POST', headers: request.headers, body: text })
    const response = await handler(forwarded)
    const type2 = response.headers.get('content-type') ?? ''
    if (!type2.includes('json')) return response
    const out = await response.text()
    if (!out.includes('Did you mean')) return new Response(out, { status: response.status, headers: response.headers })
    try {
      const json = JSON.parse(out) as { errors?: Array<{ message?: string }> }
      for (const error of json.errors ?? []) if (typeof error.message === 'string') error.message = withoutSuggestions(error.message)
      return new Response(JSON.stringify(json), { status: response.status, headers: response.headers })
    } catch {
      return new Response(withoutSuggestions(out), { status: response.status, headers: response.headers })
    }
  }
}
