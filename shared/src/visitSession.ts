/**
 * Views and visits. A view is one load of a public page by a browser that is
 * not a bot. A visit is a browser session: it starts with the first view
 * after 30 minutes without views. The session lives in a first-party cookie
 * holding a random visitor id and the time of the last view; the cookie
 * expires after 30 idle minutes, so the id identifies one visit and nothing
 * longer (no lasting identifier of a reader is kept).
 */
export const VISIT_COOKIE = 'tk-phien'
/** Idle time after which the next view starts a new visit. */
export const VISIT_IDLE_MS = 30 * 60_000
/** "Đang truy cập": visitors with a view within this window. */
export const ONLINE_WINDOW_MS = 5 * 60_000
/** A last-seen time this far ahead of the server's clock is not believed. */
const CLOCK_SKEW_MS = 5 * 60_000

export interface VisitState {
  visitorId: string
  /** Epoch milliseconds of the last counted view. */
  lastSeen: number
}

const VISITOR_ID = /^[A-Za-z0-9_-]{22}$/
const COOKIE_VALUE = /^([A-Za-z0-9_-]{22})\.([0-9a-z]{1,11})$/

/** 128 random bits, base64url: unguessable, and not derived from anything about the reader. */
export function newVisitorId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16))
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

export const isVisitorId = (value: unknown): value is string => typeof value === 'string' && VISITOR_ID.test(value)

/** The cookie's state, or null when it is missing or not ours (a forged value is simply a new visit). */
export function parseVisitCookie(value: string | null | undefined): VisitState | null {
  const match = value ? COOKIE_VALUE.exec(value) : null
  if (!match) return null
  const lastSeen = parseInt(match[2]!, 36) * 1000
  return Number.isSafeInteger(lastSeen) ? { visitorId: match[1]!, lastSeen } : null
}

/** `<visitor id>.<last seen, epoch seconds in base 36>`: short, and safe in a cookie without encoding. */
export function serializeVisitCookie(state: VisitState): string {
  return `${state.visitorId}.${Math.floor(state.lastSeen / 1000).toString(36)}`
}

export interface VisitStep {
  visitorId: string
  /** This view starts a visit. */
  newVisit: boolean
  /** The cookie to send back. */
  cookie: string
}

/** The visit a view at `now` belongs to, given the reader's cookie. */
export function continueVisit(cookie: string | null | undefined, now: number, makeId: () => string = newVisitorId): VisitStep {
  const state = parseVisitCookie(cookie)
  const ongoing = state !== null && now - state.lastSeen < VISIT_IDLE_MS && state.lastSeen - now < CLOCK_SKEW_MS
  const visitorId = ongoing ? state.visitorId : makeId()
  return { visitorId, newVisit: !ongoing, cookie: serializeVisitCookie({ visitorId, lastSeen: now }) }
}
