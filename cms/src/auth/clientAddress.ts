import type { PayloadRequest } from 'payload'

/**
 * The address of whoever sent this request to the CMS, or null for Local API
 * calls (the site's own sign-in has its own limits). Both servers start with
 * scripts/lib/serverGuard.mjs, which replaces X-Forwarded-For by the one
 * address it trusts (the socket's, or the one the configured proxies added)
 * before Next sees the request, so the header can be believed here.
 */
export function clientAddressOf(req: PayloadRequest): string | null {
  const value = req.headers?.get('x-forwarded-for')
  return value && value.trim() ? value.split(',')[0]!.trim() : null
}
