/**
 * Who is rating or voting (see README "Ratings, polls and feedback"):
 * a signed-in staff member by account; anyone else by a random id kept in a
 * signed cookie. The reader cookie of each feature is scoped to that
 * feature's endpoints (/danh-gia, /tham-do), so ordinary pages never carry an
 * identifier and stay cacheable; the widgets ask their endpoint who voted.
 */
import type { AstroCookies } from 'astro'

import { env } from '@portal/cms/env/index'
import { newReaderId, readerIdFromCookie, signReaderId, type Voter } from '@portal/cms/engagement'

import { payload } from '../content'
import { currentStaff } from './session'

export type Feature = 'ratings' | 'polls'

const READER_COOKIES: Record<Feature, { name: string; path: string }> = {
  ratings: { name: 'doc-gia-danh-gia', path: '/danh-gia' },
  polls: { name: 'doc-gia-tham-do', path: '/tham-do' },
}

/** 400 days: the longest a browser keeps a cookie. */
const READER_COOKIE_SECONDS = 400 * 24 * 60 * 60

export interface Identity {
  /** The voter when known: the staff account, or a reader whose cookie we signed. */
  voter: Voter | null
  staffName: string | null
  /**
   * Runs a write (a rating, a ballot) as this voter: the known one, or a new reader id whose cookie is handed
   * out only when the write succeeded, so a refusal (404 unknown article, 409, 429...) sets no cookie.
   */
  writeAs: <T>(write: (voter: Voter) => Promise<T>) => Promise<T>
}

export async function identify(cookies: AstroCookies, feature: Feature): Promise<Identity> {
  const staff = await currentStaff(cookies)
  if (staff) {
    const voter: Voter = { audience: 'staff', userId: staff.id }
    return { voter, staffName: staff.name, writeAs: (write) => write(voter) }
  }
  const { secret } = await payload()
  const spec = READER_COOKIES[feature]
  const readerId = readerIdFromCookie(secret, cookies.get(spec.name)?.value)
  const voter: Voter | null = readerId ? { audience: 'public', readerId } : null
  return {
    voter,
    staffName: null,
    writeAs: async (write) => {
      if (voter) return write(voter)
      const fresh = newReaderId()
      const result = await write({ audience: 'public', readerId: fresh })
      cookies.set(spec.name, signReaderId(secret, fresh), {
        path: spec.path,
        httpOnly: true,
        sameSite: 'lax',
        secure: env().cookieSecure,
        maxAge: READER_COOKIE_SECONDS,
      })
      return result
    },
  }
}
