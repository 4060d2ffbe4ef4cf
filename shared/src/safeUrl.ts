/**
 * Links an editor may type (menus, related agencies, a unit's website): web
 * addresses, mail and phone links, and paths on this site. Anything else
 * (`javascript:`, `data:`, `vbscript:`, a protocol-relative `//host`, `/\host`
 * that browsers read as another host, control characters) is refused by the CMS
 * and, should one reach the database another way, not rendered as a link.
 */
const SCHEMES = ['http:', 'https:', 'mailto:', 'tel:']

export const UNSAFE_URL_MESSAGE = 'Đường dẫn không hợp lệ: chỉ nhận địa chỉ http://, https://, mailto:, tel: hoặc đường dẫn trong cổng bắt đầu bằng "/".'

export function isSafeUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const url = value.trim()
  if (!url || url.length > 2000) return false
  // Browsers drop tabs and newlines inside URLs and read "\" as "/": judge what they would follow.
  if (/[\u0000-\u001f\u007f\\]/.test(url)) return false
  if (url.startsWith('/')) return !url.startsWith('//')
  if (url.startsWith('#') || url.startsWith('?')) return true
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (!SCHEMES.includes(parsed.protocol)) return false
  return parsed.protocol === 'mailto:' || parsed.protocol === 'tel:' || Boolean(parsed.hostname)
}

/** The link to render, or null when it must be shown as plain text. */
export const safeHref = (value: unknown): string | null => (isSafeUrl(value) ? value.trim() : null)
