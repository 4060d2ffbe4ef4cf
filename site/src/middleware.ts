import { defineMiddleware } from 'astro/middleware'

import { redirectFor } from './lib/content'

/**
 * A URL that no longer exists may have moved (its slug changed in the CMS):
 * answer 301 to its new address. Also the security headers every page needs.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next()
  if (response.status === 404 && (context.request.method === 'GET' || context.request.method === 'HEAD')) {
    const target = await redirectFor(context.url.pathname).catch(() => null)
    if (target && target !== context.url.pathname) return context.redirect(target + context.url.search, 301)
  }
  response.headers.set('X-Content-Type-Options', 'nosniff')
  response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin')
  if (!response.headers.has('X-Frame-Options')) response.headers.set('X-Frame-Options', 'SAMEORIGIN')
  return response
})
