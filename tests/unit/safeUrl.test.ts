import { describe, expect, it } from 'vitest'

import { isSafeUrl, safeHref } from '@portal/shared'

describe('links editors may type', () => {
  it.each(['https://www.thiduakhenthuong.gov.vn', 'http://sldtbxh.hagiang.gov.vn/tin-tuc?id=1', 'mailto:bbt@example.gov.vn', 'tel:+842193866888', '/thi-dua-khen-thuong', '/van-ban?loai=ke-hoach', '#noi-dung'])(
    'accepts %s',
    (url) => expect(isSafeUrl(url)).toBe(true),
  )

  it.each([
    'javascript:alert(document.cookie)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example',
    '/\\evil.example',
    '/\t/evil.example',
    'https://',
    'file:///etc/passwd',
    'ftp://example.vn',
    '',
    'x'.repeat(2001),
  ])('refuses %j', (url) => {
    expect(isSafeUrl(url)).toBe(false)
    expect(safeHref(url)).toBeNull()
  })

  it('renders a safe link trimmed', () => expect(safeHref('  /gioi-thieu ')).toBe('/gioi-thieu'))
})
