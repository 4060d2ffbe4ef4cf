/**
 * Refuses requests that change something when they come from another site's
 * page, with a Vietnamese answer. It replaces Astro's own check (security.
 * checkOrigin, which answers in English) and is at least as strict: a POST,
 * PUT, PATCH or DELETE must come from this site's origin (Origin header) or,
 * for the browsers that omit Origin, say so with Sec-Fetch-Site; form posts
 * without either are refused as Astro refused them. Endpoints keep their own
 * checks on top.
 */
import { env } from '@portal/cms/env/index'

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])
const FORM_LIKE = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']

export const CROSS_SITE_MESSAGE = 'Yêu cầu gửi từ trang web khác bị từ chối. Vui lòng gửi lại từ trang của cổng thông tin.'

function ownOrigins(url: URL): string[] {
  const configured = env().siteOrigin
  return configured ? [url.origin, configured] : [url.origin]
}

export function crossSiteRefusal(request: Request, url: URL): Response | null {
  if (SAFE.has(request.method)) return null
  const origin = request.headers.get('origin')
  const fetchSite = request.headers.get('sec-fetch-site')
  const type = (request.headers.get('content-type') ?? '').toLowerCase()
  const refused =
    (fetchSite !== null && fetchSite !== 'same-origin' && fetchSite !== 'none') ||
    (origin !== null && !ownOrigins(url).includes(origin)) ||
    // Neither header: not a current browser. Refuse what a form could send, as Astro's check did.
    (origin === null && fetchSite === null && (type === '' || FORM_LIKE.some((t) => type.includes(t))))
  if (!refused) return null
  const wantsJson = type.includes('application/json') || (request.headers.get('accept') ?? '').includes('application/json')
  return wantsJson
    ? new Response(JSON.stringify({ error: CROSS_SITE_MESSAGE }), { status: 403, headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' } })
    : new Response(CROSS_SITE_MESSAGE, { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })
}
