import { createHash } from 'node:crypto'

/**
 * What a feed or sitemap tells caches outside the portal (readers' proxies,
 * feed readers, a CDN): keep it, but ask every time whether it changed. An
 * edit must show within seconds, so a shared cache may not serve a copy on its
 * own authority (`max-age=0, must-revalidate`); asking is cheap: the copy's
 * ETag (a digest of the body) comes back in `If-None-Match` and, unchanged,
 * gets a bodiless 304. nginx's micro-cache (deploy/nginx) keeps feeds its own
 * 2 s and answers the same conditional requests from its copy.
 */
export const REVALIDATE = 'public, max-age=0, must-revalidate'

/** A strong ETag of the body: equal bodies, equal tags, in every site process. */
export const etagOf = (body: Uint8Array | string): string => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`

/** Whether an If-None-Match header names this tag (a list, weak tags compare as strong ones here, or "*"). */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false
  return header.split(',').some((tag) => {
    const t = tag.trim()
    return t === '*' || t.replace(/^W\//, '') === etag
  })
}

/** The response to send: the same with ETag and revalidation, or a 304 when the client already holds it. */
export async function revalidated(request: Request, response: Response): Promise<Response> {
  if (response.status !== 200) return response
  const body = new Uint8Array(await response.arrayBuffer())
  const etag = etagOf(body)
  const headers = new Headers(response.headers)
  headers.set('ETag', etag)
  headers.set('Cache-Control', REVALIDATE)
  if (matchesIfNoneMatch(request.headers.get('if-none-match'), etag)) {
    headers.delete('Content-Length')
    return new Response(null, { status: 304, headers })
  }
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers })
}
