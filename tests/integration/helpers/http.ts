import type { Payload } from 'payload'

/**
 * Payload's REST and GraphQL APIs answered in-process: the same handlers the
 * CMS's Next.js routes call (`handleEndpoints`, `GRAPHQL_POST`), given real
 * fetch Requests, so access control, auth headers and error statuses are the
 * HTTP API's own, without building and starting the admin.
 */
export function httpApi(payload: Payload) {
  const base = 'http://cms.test/api'
  const headers = (token?: string) => ({ 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) })

  /** `form` sends multipart data (an upload) instead of JSON. */
  async function rest(method: string, pathname: string, { token, body, form }: { token?: string; body?: unknown; form?: FormData } = {}) {
    const { handleEndpoints } = await import('payload')
    const request = form
      ? new Request(`${base}/${pathname}`, { method, headers: token ? { Authorization: `JWT ${token}` } : {}, body: form })
      : new Request(`${base}/${pathname}`, { method, headers: headers(token), body: body === undefined ? undefined : JSON.stringify(body) })
    const response = await handleEndpoints({ config: payload.config, request })
    const text = await response.text()
    let json: any = null
    try {
      json = JSON.parse(text)
    } catch {
      json = text
    }
    return { status: response.status, json }
  }

  async function graphql(query: string, { token, variables }: { token?: string; variables?: Record<string, unknown> } = {}) {
    const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
    const request = new Request(`${base}/graphql`, { method: 'POST', headers: headers(token), body: JSON.stringify({ query, variables }) })
    const response = await GRAPHQL_POST(Promise.resolve(payload.config))(request)
    return { status: response.status, json: (await response.json()) as { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: { statusCode?: number } }> } }
  }

  async function signIn(email: string, password = 'a-long-test-password-123') {
    const { json } = await rest('POST', 'users/login', { body: { email, password } })
    if (!json?.token) throw new Error(`could not sign in ${email}: ${JSON.stringify(json)}`)
    return json.token as string
  }

  return { rest, graphql, signIn }
}
