import { env } from '../env/index'

/**
 * Headers every answer of the CMS carries. The admin is a Next.js app whose
 * pages bootstrap with inline scripts and style elements, so scripts and
 * styles from this origin and inline ones are allowed, and nothing from
 * elsewhere; the public site may be framed by the admin (live preview) and
 * the admin by nobody else.
 */
export function securityHeaders(): Record<string, string> {
  const { siteOrigin, sitePort, cookieSecure, production } = env()
  const site = siteOrigin ?? `http://localhost:${sitePort}`
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${production ? '' : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${site}`,
    "media-src 'self' blob:",
    "font-src 'self' data:",
    `connect-src 'self'${production ? '' : ' ws: wss:'}`,
    `frame-src 'self' ${site}`,
    "frame-ancestors 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
  return {
    'Content-Security-Policy': csp,
    'X-Frame-Options': 'SAMEORIGIN',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    ...(cookieSecure ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  }
}
