import { defineMiddleware } from 'astro/middleware'

import { redirectFor } from './lib/content'
import { crossSiteRefusal } from './lib/http/sameOrigin'
import { cachedPage, pageCacheKey, storePage } from './lib/pageCache'

function secure(response: Response): Response {
  response.headers.set('X-Content-Type-Options', 'nosniff')
  response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin')
  if (!response.headers.has('X-Frame-Options')) response.headers.set('X-Frame-Options', 'SAMEORIGIN')
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
  // The benchmark's reference page must really be rendered each time.
  const key = context.url.pathname === '/bench-bare' ? null : pageCacheKey(context.request, context.url)
  const hit = key ? cachedPage(key) : null
  if (hit) return hit
  const response = await next()
  if (response.status === 404 && (context.request.method === 'GET' || context.request.method === 'HEAD')) {
    const target = await redirectFor(context.url.pathname).catch(() => null)
    if (target && target !== context.url.pathname) return context.redirect(target + context.url.search, 301)
  }
  secure(response)
  return key ? storePage(key, response) : response
})
