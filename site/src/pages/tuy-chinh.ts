import type { APIRoute } from 'astro'

import { returnPath } from '../lib/http/returnPath'
import { PREFERENCES_COOKIE, applyAction, parsePreferences, serializePreferences } from '../lib/preferences'

/** The text-size and contrast controls without JavaScript: set the cookie, go back. */
export const GET: APIRoute = ({ url, cookies, redirect }) => {
  const current = parsePreferences(cookies.get(PREFERENCES_COOKIE)?.value)
  const next = applyAction(current, url.searchParams.get('chon'))
  cookies.set(PREFERENCES_COOKIE, serializePreferences(next), { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax' })
  return redirect(returnPath(url.searchParams.get('ve')), 303)
}
