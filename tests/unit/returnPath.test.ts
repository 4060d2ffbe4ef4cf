import { describe, expect, it } from 'vitest'

import { returnPath } from '../../site/src/lib/http/returnPath'

/** What a browser would make of a Location header (it throws on an invalid one, as Node's Headers do). */
function resolved(location: string): URL {
  new Headers({ Location: location })
  return new URL(location, 'https://cong.example.vn/tin-tuc/bai')
}

describe('the return-path guard', () => {
  it.each([
    ['/tin-tuc/bai', '/tin-tuc/bai'],
    ['/tim-kiem?q=thi+dua&trang=2#ket-qua', '/tim-kiem?q=thi+dua&trang=2#ket-qua'],
    ['/van-ban/443-kh-sldtbxh', '/van-ban/443-kh-sldtbxh'],
    ['/tim-kiem?q=thi%20%C4%91ua', '/tim-kiem?q=thi%20%C4%91ua'],
    // Not header bytes: percent-encoded as a browser would, never a 500.
    ['/ă', '/%C4%83'],
    ['/tim-kiem?q=thi đua', '/tim-kiem?q=thi%20%C4%91ua'],
    ['/a b', '/a%20b'],
  ])('keeps %j as %j', (raw, expected) => {
    expect(returnPath(raw)).toBe(expected)
    expect(resolved(returnPath(raw)).host).toBe('cong.example.vn')
  })

  it.each([
    ['another site', 'https://evil.example/'],
    ['scheme-relative', '//evil.example/'],
    ['a backslash (read as "/")', '/\\evil.example'],
    ['a backslash and a host', '/\\host'],
    ['an encoded backslash', '/%5Cevil.example'],
    ['an encoded tab before a slash', '/%09/evil.example'],
    ['a tab before a slash (browsers drop it)', '/\t/evil.example'],
    ['a newline before a slash', '/\n/evil.example'],
    ['an encoded newline', '/a%0aSet-Cookie:x=1'],
    ['an encoded CRLF', '/a%0d%0aSet-Cookie:x=1'],
    ['a raw CRLF', '/a\r\nSet-Cookie: x'],
    ['an encoded NUL', '/a%00b'],
    ['a raw NUL', '/a\u0000b'],
    ['an encoded slash making "//"', '/%2Fevil.example'],
    ['a leading space', ' //evil.example'],
    ['javascript:', 'javascript:alert(1)'],
    ['a relative path', 'tin-tuc'],
    ['empty', ''],
    ['too long', `/${'a'.repeat(600)}`],
    ['a lone surrogate', '/\ud800'],
    ['not text', 42],
    ['nothing', null],
  ])('falls back to "/" for %s', (_what, raw) => {
    expect(returnPath(raw)).toBe('/')
  })

  it('uses the given fallback', () => {
    expect(returnPath('//evil.example', '/dang-nhap')).toBe('/dang-nhap')
  })
})
