import { env } from '@portal/cms/env/index'

/**
 * Preview pages (/xem-truoc/...) are shown inside the admin's live preview, a
 * frame on the CMS's origin: they, and only they, may be framed by it. Every
 * other page stays framable by this site alone.
 */
export function allowFramingByAdmin(response: Response): Response {
  let admin: string
  try {
    admin = new URL(env().cmsUrl).origin
  } catch {
    return response
  }
  const policy = response.headers.get('Content-Security-Policy')
  if (policy) response.headers.set('Content-Security-Policy', policy.replace("frame-ancestors 'self'", `frame-ancestors 'self' ${admin}`))
  // X-Frame-Options cannot name another origin; the policy's frame-ancestors takes its place.
  response.headers.delete('X-Frame-Options')
  return response
}
