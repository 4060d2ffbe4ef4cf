/**
 * Staff sign-in on the public site. The form posts to /dang-nhap; we ask
 * Payload to log in through its Local API (the same password checks as the
 * admin; accounts are never locked, the page limits attempts per address) and keep the
 * token it returns in an httpOnly cookie of our own, never readable by page
 * scripts. Every request checks the token with Payload again, so an account
 * that is deleted or signed out stops counting as staff at once.
 */
import type { AstroCookies } from 'astro'
import { env } from '@portal/cms/env/index'
import { createLocalReq, logoutOperation } from 'payload'

import { payload } from '../content'

export const STAFF_COOKIE = 'phien-can-bo'

export interface StaffMember {
  id: number | string
  name: string
  email: string
  role: string
}

const cookieOptions = (maxAge: number) => ({
  path: '/',
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: env().cookieSecure,
  maxAge,
})

/** The signed-in account of this request, or null. */
export async function currentStaff(cookies: AstroCookies): Promise<(StaffMember & { token: string }) | null> {
  const token = cookies.get(STAFF_COOKIE)?.value
  if (!token || token.length > 4096) return null
  try {
    const p = await payload()
    const { user } = await p.auth({ headers: new Headers({ Authorization: `JWT ${token}` }) })
    if (!user || user.collection !== 'users') return null
    return { id: user.id, name: String(user.name ?? user.email), email: String(user.email), role: String(user.role ?? 'staff'), token }
  } catch {
    return null
  }
}

export type SignInOutcome = { ok: true; staff: StaffMember } | { ok: false; status: number; message: string }

/** Checks the password with Payload and, when right, sets the session cookie. */
export async function signIn(cookies: AstroCookies, email: string, password: string): Promise<SignInOutcome> {
  const p = await payload()
  try {
    const result = await p.login({ collection: 'users', data: { email, password }, depth: 0 })
    const user = result.user
    if (!result.token || !user) return { ok: false, status: 401, message: 'Thư điện tử hoặc mật khẩu không đúng.' }
    const maxAge = Math.max(60, (result.exp ?? Math.floor(Date.now() / 1000) + 8 * 3600) - Math.floor(Date.now() / 1000))
    cookies.set(STAFF_COOKIE, result.token, cookieOptions(maxAge))
    return { ok: true, staff: { id: user.id, name: String(user.name ?? user.email), email: String(user.email), role: String(user.role ?? 'staff') } }
  } catch (error) {
    const status = (error as { status?: number }).status
    const name = (error as { name?: string }).name
    if (name === 'LockedAuth' || status === 423) return { ok: false, status: 423, message: 'Tài khoản đang tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút.' }
    if (name === 'UnverifiedEmail') return { ok: false, status: 403, message: 'Tài khoản chưa được xác nhận thư điện tử.' }
    if (name === 'AuthenticationError' || status === 401 || name === 'ValidationError' || status === 400) {
      return { ok: false, status: 401, message: 'Thư điện tử hoặc mật khẩu không đúng.' }
    }
    throw error
  }
}

/** Ends the session: Payload forgets it (the token stops working everywhere), and the cookie is removed. */
export async function signOut(cookies: AstroCookies): Promise<void> {
  const staff = await currentStaff(cookies)
  cookies.delete(STAFF_COOKIE, { path: '/' })
  if (!staff) return
  const p = await payload()
  try {
    const { user } = await p.auth({ headers: new Headers({ Authorization: `JWT ${staff.token}` }) })
    if (!user) return
    const req = await createLocalReq({ user }, p)
    await logoutOperation({ collection: p.collections.users, req })
  } catch (error) {
    // The cookie is gone either way; a session Payload could not drop expires on its own.
    p.logger.warn({ err: error, msg: 'Could not end the Payload session on sign-out' })
  }
}
