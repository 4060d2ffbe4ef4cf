import { describe, expect, it } from 'vitest'

import { checkFormTimestamp, hashIp, newReaderId, readerIdFromCookie, signFormTimestamp, signReaderId, voterKeyOf } from '@portal/cms/engagement'

const SECRET = 'unit-test-secret-0123456789abcdefghij'

describe('reader cookies', () => {
  it('carry a 128-bit random id the server signed', () => {
    const id = newReaderId()
    expect(Buffer.from(id, 'base64url')).toHaveLength(16)
    expect(newReaderId()).not.toBe(id)
    expect(readerIdFromCookie(SECRET, signReaderId(SECRET, id))).toBe(id)
  })
  it('refuse ids a reader picked, tampered signatures and other secrets', () => {
    const id = newReaderId()
    const cookie = signReaderId(SECRET, id)
    const other = newReaderId()
    expect(readerIdFromCookie(SECRET, `${other}.${cookie.split('.')[1]}`)).toBeNull()
    expect(readerIdFromCookie(SECRET, `${cookie}x`)).toBeNull()
    expect(readerIdFromCookie('another-secret-0123456789abcdefghijkl', cookie)).toBeNull()
    for (const value of [undefined, '', id, `${id}.`, `${cookie}.extra`, 'a'.repeat(500)]) expect(readerIdFromCookie(SECRET, value)).toBeNull()
  })
  it('voter keys tell staff accounts and readers apart', () => {
    expect(voterKeyOf(12, { audience: 'staff', userId: 3 })).toBe('12|staff:3')
    expect(voterKeyOf(12, { audience: 'public', readerId: 'abc' })).toBe('12|anon:abc')
  })
})

describe('IP hashes', () => {
  it('are keyed: same address and secret, same hash; another secret, another hash; never the address', () => {
    const hash = hashIp(SECRET, '203.0.113.5')
    expect(hash).toMatch(/^[0-9a-f]{32}$/)
    expect(hashIp(SECRET, '203.0.113.5')).toBe(hash)
    expect(hashIp(SECRET, '203.0.113.6')).not.toBe(hash)
    expect(hashIp('another-secret-0123456789abcdefghijkl', '203.0.113.5')).not.toBe(hash)
    expect(hash).not.toContain('203')
  })
})

describe('feedback form time stamps', () => {
  const issued = new Date('2026-03-01T08:00:00Z')
  const later = (seconds: number) => new Date(issued.getTime() + seconds * 1000)
  it('accept a form filled in a human time', () => {
    expect(checkFormTimestamp(SECRET, signFormTimestamp(SECRET, issued), 3, later(20))).toBe('ok')
  })
  it('refuse one sent faster than the minimum, one a day old, and forged or missing ones', () => {
    const stamp = signFormTimestamp(SECRET, issued)
    expect(checkFormTimestamp(SECRET, stamp, 3, later(1))).toBe('tooFast')
    expect(checkFormTimestamp(SECRET, stamp, 3, later(25 * 3600))).toBe('expired')
    const [, nonce, signature] = stamp.split('.')
    expect(checkFormTimestamp(SECRET, `${issued.getTime() - 60_000}.${nonce}.${signature}`, 3, later(20))).toBe('missing')
    expect(checkFormTimestamp(SECRET, `${issued.getTime()}.${'A'.repeat(16)}.${signature}`, 3, later(20))).toBe('missing')
    expect(checkFormTimestamp('another-secret-0123456789abcdefghijkl', stamp, 3, later(20))).toBe('missing')
    for (const value of [undefined, '', 'abc', 42]) expect(checkFormTimestamp(SECRET, value, 3, later(20))).toBe('missing')
  })
})
