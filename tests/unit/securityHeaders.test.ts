import { afterEach, describe, expect, it } from 'vitest'
import { resetEnv } from '@portal/cms/env/index'

import { securityHeaders } from '../../cms/src/http/securityHeaders'

afterEach(() => {
  delete process.env.COOKIE_SECURE
  delete process.env.SITE_URL
  resetEnv()
})

describe('the CMS security headers', () => {
  it('forbid framing by others, plugins and foreign scripts', () => {
    const headers = securityHeaders()
    expect(headers['Content-Security-Policy']).toMatch(/frame-ancestors 'self'/)
    expect(headers['Content-Security-Policy']).toMatch(/object-src 'none'/)
    expect(headers['Content-Security-Policy']).toMatch(/script-src 'self'/)
    expect(headers['Content-Security-Policy']).not.toMatch(/script-src[^;]*https?:/)
    expect(headers['X-Content-Type-Options']).toBe('nosniff')
    expect(headers['Strict-Transport-Security']).toBeUndefined()
  })

  it('let the admin frame the public site (live preview) and send HSTS behind HTTPS', () => {
    process.env.COOKIE_SECURE = 'true'
    process.env.SITE_URL = 'https://thiduakhenthuong.example.gov.vn'
    resetEnv()
    const headers = securityHeaders()
    expect(headers['Strict-Transport-Security']).toMatch(/max-age=31536000/)
    expect(headers['Content-Security-Policy']).toMatch(/frame-src 'self' https:\/\/thiduakhenthuong\.example\.gov\.vn/)
  })
})
