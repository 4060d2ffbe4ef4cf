import { describe, expect, it } from 'vitest'

import { mac } from '@portal/cms/engagement'
import { PREVIEW_TTL_MS, signPreview, verifyPreview } from '@portal/cms/workflow/previewToken'

const SECRET = 'unit-test-secret-0123456789abcdefghij'
const NOW = Date.parse('2026-12-02T03:00:00Z')

describe('preview links', () => {
  it('open the one document they name, until they expire (an hour at most)', () => {
    const token = signPreview(SECRET, { collection: 'articles', id: 42 }, NOW)
    expect(verifyPreview(SECRET, token, NOW)).toMatchObject({ ok: true, collection: 'articles', id: '42' })
    expect(verifyPreview(SECRET, token, NOW + PREVIEW_TTL_MS - 1000)).toMatchObject({ ok: true })
    expect(verifyPreview(SECRET, token, NOW + PREVIEW_TTL_MS + 1000)).toEqual({ ok: false, reason: 'expired' })
    // Asking for longer gives an hour all the same.
    const long = signPreview(SECRET, { collection: 'pages', id: 1 }, NOW, 24 * PREVIEW_TTL_MS)
    expect(verifyPreview(SECRET, long, NOW + PREVIEW_TTL_MS + 1000)).toEqual({ ok: false, reason: 'expired' })
  })

  it('cannot be turned to another document, another kind or a later expiry', () => {
    const token = signPreview(SECRET, { collection: 'articles', id: 42 }, NOW)
    const [collection, id, expires, signature] = token.split('.')
    expect(verifyPreview(SECRET, [collection, '43', expires, signature].join('.'), NOW)).toEqual({ ok: false, reason: 'forged' })
    expect(verifyPreview(SECRET, ['pages', id, expires, signature].join('.'), NOW)).toEqual({ ok: false, reason: 'forged' })
    expect(verifyPreview(SECRET, [collection, id, String(Number(expires) + 3600), signature].join('.'), NOW)).toEqual({ ok: false, reason: 'forged' })
  })

  it('refuse forgeries: another secret, a made-up signature, a long-lived link signed elsewhere, garbage', () => {
    expect(verifyPreview(SECRET, signPreview('another-secret-0123456789abcdefghijkl', { collection: 'articles', id: 42 }, NOW), NOW)).toEqual({ ok: false, reason: 'forged' })
    const token = signPreview(SECRET, { collection: 'articles', id: 42 }, NOW)
    expect(verifyPreview(SECRET, `${token.slice(0, -2)}AA`, NOW)).toEqual({ ok: false, reason: 'forged' })
    // Signed with the right secret but valid for a day: not a link this portal makes.
    const body = `articles.42.${Math.floor((NOW + 24 * 3600_000) / 1000)}`
    expect(verifyPreview(SECRET, `${body}.${mac(SECRET, 'preview', body)}`, NOW)).toEqual({ ok: false, reason: 'expired' })
    for (const garbage of ['', 'abc', 'users.1.9999999999.x', 'articles.1.2.3.4', 'articles.../..%2F.1.x', 'x'.repeat(400)]) {
      expect(verifyPreview(SECRET, garbage, NOW).ok, garbage).toBe(false)
    }
  })
})
