/**
 * Origins the CMS trusts for cookie-authenticated requests (Payload's CSRF
 * allowlist) and CORS: the admin itself and the public site. Payload ignores
 * the session cookie on a request whose Origin is not listed, so the admin's
 * own origin must be here under every name it is reached by.
 */
import { env } from './index'

function localOrigins(port: number): string[] {
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`]
}

export const cmsUrl = env().cmsUrlConfigured ?? ''

export function trustedOrigins(): string[] {
  const e = env()
  const origins = new Set<string>([
    ...localOrigins(e.cmsPort),
    ...localOrigins(e.sitePort),
    ...(e.cmsOrigin ? [e.cmsOrigin] : []),
    ...(e.siteOrigin ? [e.siteOrigin] : []),
    ...e.trustedOrigins,
  ])
  return [...origins]
}
