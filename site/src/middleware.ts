import { env } from '@portal/cms/env'
import { PREVIEW_PATH } from '@portal/cms/workflow/previewToken'
import { defineMiddleware } from 'astro/middleware'

import { redirectFor } from './lib/content'
import { allowFramingByAdmin } from './lib/http/previewFraming'
import { crossSiteRefusal } from './lib/http/sameOrigin'
import { cachedPage, pageCacheKey, storePage } from './lib/pageCache'

/**
 * Pages carry the Content-Security-Policy Astro builds from the hashes of the scripts and styles it renders
 * (astro.config.mjs). Style attributes stay allowed: editors' rich text aligns and indents with them, and a
 * style attribute cannot run code. Text and JSON answers without a policy of their own get a strict one.
 */
const STYLE_ATTRIBUTES = "style-src-attr 'unsafe-inline'"
const NO_CONTENT_POLICY = "default-src 'none'; frame-ancestors 'self'; base-uri 'none'; form-action 'self'"

function secure(response: Response): Response {
  const headers = response.headers
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set('Referrer-Policy', 'strict-origin-when-cross-origin')
  if (!headers.has('X-Frame-Options')) headers.set('X-Frame-Options', 'SAMEORIGIN')
  const policy = headers.get('Content-Security-Policy')
  // Files (pictures, PDFs shown by the browser's viewer) keep none: a policy on them only gets in the viewer's way.
  const type = headers.get('Content-Type') ?? ''
  if (!policy) {
    if (type.startsWith('text/') || type.includes('json')) headers.set('Content-Security-Policy', NO_CONTENT_POLICY)
  } else if (!policy.includes('style-src-attr')) headers.set('Content-Security-Policy', `${policy.trim().replace(/;?$/, ';')} ${STYLE_ATTRIBUTES};`)
  if (env().cookieSecure) headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
  return response
}

/**
 * Every request: refuse changes sent from other sites; answer from the page micro-cache when it can; a URL that no
 * longer exists may have moved (its slug changed in the CMS), so answer 301 to
 * its new address; add the security headers every page needs.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  // A POST (or other change) from another site's page is refused before anything runs.
  const refused = crossSiteRefusal(context.request, context.url)
  if (refused) return secure(refused)
  // The error page is shown for failures, not served at its own address (as a 500 to every crawler).
  if (context.url.pathname === '/500') return secure(await context.rewrite('/404'))
  // The benchmark's reference page must really be rendered each time.
  // Previews of drafts are never kept (they also answer Cache-Control: private, no-store).
  const preview = context.url.pathname.startsWith(PREVIEW_PATH)
  const key = context.url.pathname === '/bench-bare' || preview ? null : pageCacheKey(context.request, context.url)
  const hit = key ? cachedPage(key) : null
  if (hit) return hit
  const response = await next()
  if (response.status === 404 && (context.request.method === 'GET' || context.request.method === 'HEAD')) {
    const target = await redirectFor(context.url.pathname).catch(() => null)
    if (target && target !== context.url.pathname) return context.redirect(target + context.url.search, 301)
  }
  secure(response)
  if (preview) allowFramingByAdmin(response)
  return key ? storePage(key, response) : response
})
