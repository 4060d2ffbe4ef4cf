/**
 * Refuses requests sent by another site's page, with a Vietnamese answer.
 * Browsers say where a request comes from: Sec-Fetch-Site, Origin (on POST
 * and other changes) and Referer (the only one an image sends). Used by the
 * middleware for every change (replacing Astro's checkOrigin, which answers
 * in English, and at least as strict) and by the visit beacon, whose GIF
 * pixel is a GET.
 */
import { env } from '@portal/cms/env/index'

import { jsonRefusal } from './answers'

export interface OriginRules {
  /** Judge GET and HEAD too (a counting pixel is a GET); by default only changes are. */
  safeMethods?: boolean
  /** With neither Sec-Fetch-Site nor Origin, a Referer from another site is refused. */
  referer?: boolean
  /** With neither Sec-Fetch-Site nor Origin, a body a plain HTML form could send is refused, as Astro's check did. */
  headerlessForms?: boolean
  /** The sentence the reader sees. */
  message?: string
  /** Always answer JSON, instead of JSON only to those who send or accept it. */
  json?: boolean
}

export const CROSS_SITE_MESSAGE = 'Yêu cầu gửi từ trang web khác bị từ chối. Vui lòng gửi lại từ trang của cổng thông tin.'

/** The middleware's rules, for every change on the site. */
export const CHANGE_RULES: OriginRules = { headerlessForms: true }

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])
const FORM_LIKE = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']

/** Origins this site answers as: the request's own and the configured public one (behind a proxy they differ). */
function ownOrigins(url: URL): string[] {
  const configured = env().siteOrigin
  return configured ? [url.origin, configured] : [url.origin]
}

function originOf(address: string): string | null {
  try {
    return new URL(address).origin
  } catch {
    return null
  }
}

export function isCrossSite(request: Request, url: URL, rules: OriginRules = CHANGE_RULES): boolean {
  if (!rules.safeMethods && SAFE.has(request.method)) return false
  const fetchSite = request.headers.get('sec-fetch-site')
  if (fetchSite !== null && fetchSite !== 'same-origin' && fetchSite !== 'none') return true
  const origins = ownOrigins(url)
  const origin = request.headers.get('origin')
  // "null" (sandboxed frames, some redirects) is no origin of ours either.
  if (origin !== null && !origins.includes(origin)) return true
  if (origin !== null || fetchSite !== null) return false
  // Neither header: an old browser, an image, or not a browser at all (then there is nothing to forge).
  const referer = request.headers.get('referer')
  if (rules.referer && referer) {
    const from = originOf(referer)
    if (!from || !origins.includes(from)) return true
  }
  const type = (request.headers.get('content-type') ?? '').toLowerCase()
  return Boolean(rules.headerlessForms) && (type === '' || FORM_LIKE.some((t) => type.includes(t)))
}

/** The 403 for a cross-site request, or null to let it through. */
export function crossSiteRefusal(request: Request, url: URL, rules: OriginRules = CHANGE_RULES): Response | null {
  if (!isCrossSite(request, url, rules)) return null
  const message = rules.message ?? CROSS_SITE_MESSAGE
  const type = (request.headers.get('content-type') ?? '').toLowerCase()
  const wantsJson = rules.json || type.includes('application/json') || (request.headers.get('accept') ?? '').includes('application/json')
  if (wantsJson) return jsonRefusal(403, message)
  return new Response(message, { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })
}
