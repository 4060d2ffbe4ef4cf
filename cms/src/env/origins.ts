/**
 * Origins the CMS trusts for cookie-authenticated requests (Payload's CSRF
 * allowlist) and CORS: the admin itself and the public site. Payload ignores
 * the session cookie on a request whose Origin is not listed, so the admin's
 * own origin must be here under every name it is reached by.
 */
function localOrigins(port: string): string[] {
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`]
}

export const cmsUrl = process.env.CMS_URL ?? ''

export function trustedOrigins(): string[] {
  const origins = new Set<string>([
    ...localOrigins(process.env.CMS_PORT ?? '3000'),
    ...localOrigins(process.env.SITE_PORT ?? '4321'),
    ...(process.env.CMS_URL ? [new URL(process.env.CMS_URL).origin] : []),
    ...(process.env.SITE_URL ? [new URL(process.env.SITE_URL).origin] : []),
    ...(process.env.TRUSTED_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
  ])
  return [...origins]
}
