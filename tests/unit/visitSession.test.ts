import { describe, expect, it } from 'vitest'

import { VISIT_IDLE_MS, continueVisit, isVisitorId, newVisitorId, parseVisitCookie, serializeVisitCookie } from '../../shared/src/visitSession'

const T0 = Date.parse('2026-11-27T03:00:00Z')
const ids = () => {
  let n = 0
  return () => `visitor-${String(++n).padStart(14, '0')}`
}

describe('a visit is a browser session ended by 30 idle minutes', () => {
  it('the first view starts a visit and sets the cookie', () => {
    const step = continueVisit(undefined, T0, ids())
    expect(step.newVisit).toBe(true)
    expect(parseVisitCookie(step.cookie)).toEqual({ visitorId: step.visitorId, lastSeen: T0 })
  })

  it('views within 30 minutes of the last one continue the visit, even for hours', () => {
    const make = ids()
    let step = continueVisit(undefined, T0, make)
    const first = step.visitorId
    for (let minutes = 29; minutes <= 29 * 8; minutes += 29) {
      step = continueVisit(step.cookie, T0 + minutes * 60_000, make)
      expect(step.newVisit).toBe(false)
      expect(step.visitorId).toBe(first)
    }
  })

  it('a view 30 minutes after the last starts a new visit with a new id', () => {
    const make = ids()
    const first = continueVisit(undefined, T0, make)
    const later = continueVisit(first.cookie, T0 + VISIT_IDLE_MS, make)
    expect(later.newVisit).toBe(true)
    expect(later.visitorId).not.toBe(first.visitorId)
    const justBefore = continueVisit(first.cookie, T0 + VISIT_IDLE_MS - 1000, make)
    expect(justBefore.newVisit).toBe(false)
  })

  it('a forged or foreign cookie is a new visit, never an error', () => {
    for (const value of ['', 'x', 'abc.def', '../../etc', `${'a'.repeat(22)}.zzzzzzzzzzzz`, `${'a'.repeat(21)}.1`, `${'a'.repeat(22)}.-1`]) {
      expect(parseVisitCookie(value)).toBeNull()
      expect(continueVisit(value, T0, ids()).newVisit).toBe(true)
    }
    // A last-seen time far in the future is not believed.
    const future = serializeVisitCookie({ visitorId: 'b'.repeat(22), lastSeen: T0 + 3_600_000 })
    expect(continueVisit(future, T0, ids()).newVisit).toBe(true)
  })

  it('visitor ids are random 128-bit values', () => {
    const a = newVisitorId()
    const b = newVisitorId()
    expect(isVisitorId(a)).toBe(true)
    expect(a).not.toBe(b)
  })
})
