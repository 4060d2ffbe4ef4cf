import { NextResponse } from 'next/server'

import { securityHeaders } from './http/securityHeaders'

/** Every answer of the CMS carries the security headers (unknown methods never get here: scripts/lib/serverGuard.mjs). */
export function proxy() {
  const response = NextResponse.next()
  for (const [name, value] of Object.entries(securityHeaders())) response.headers.set(name, value)
  return response
}
