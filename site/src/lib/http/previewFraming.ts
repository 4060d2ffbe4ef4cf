import { env } from '@portal/cms/env/index'

/**
 * Preview pages (/xem-truoc/...) are shown inside the admin's live preview, a
 * frame on the CMS's origin: they, and only they, may be framed by it. Every
 * other page stays framable by this site alone.
 */
export function allowFramingByAdmin(response: Response): Response {
  let admin: URL
  try {
    admin = new URL(env().cmsUrl)
  } catch {
    return response
  }
  // The default address (http://localhost:3000) is as often opened as 127.0.0.1.
  const origins = new Set([admin.origin])
  if (admin.hostname === 'localhost') origins.add(`${admin.protocol}//127.0.0.1${admin.port ? `:${admin.port}` : ''}`)
  const policy = response.headers.get('Content-Security-Policy')
  if (policy) response.headers.set('Content-Security-Policy', policy.replace("frame-ancestors 'self'", `frame-ancestors 'self' ${[...origins].join(' ')}`))
  // X-Frame-Options cannot name another origin; the policy's frame-ancestors takes its place.
  response.headers.delete('X-Frame-Options')
  return response
}
