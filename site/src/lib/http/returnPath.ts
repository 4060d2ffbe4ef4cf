/**
 * Where to send the reader back after a form or a setting (`/tuy-chinh?ve=`,
 * `/dang-nhap` back, `/dang-xuat`): a path on this site only, never another
 * site (no open redirect), and always a valid Location header.
 *
 * Browsers drop tabs and newlines anywhere in a URL, trim control characters
 * and spaces at its ends and read "\" as "/", so "/\t/evil.example" and
 * "/\evil.example" are "//evil.example", another site. Rather than imitate
 * that, any control character or backslash is refused, also when percent-
 * encoded (a proxy may decode it once more), and so is "//" at the start.
 */
const MAX_LENGTH = 500

const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\\]/
const FORBIDDEN_ENCODED = /%(?:[01][0-9a-f]|7f|5c)/i

function decodedOnce(path: string): string | null {
  try {
    return decodeURIComponent(path)
  } catch {
    return null
  }
}

const isLocalPath = (path: string) => path.startsWith('/') && !path.startsWith('//') && !FORBIDDEN.test(path)

/** Spaces and non-ASCII characters are not header bytes: percent-encoded (UTF-8), as a browser would. */
const headerSafe = (path: string) => path.replace(/[^\u0021-\u007e]+/gu, (run) => encodeURIComponent(run))

export function returnPath(raw: unknown, fallback = '/'): string {
  if (typeof raw !== 'string' || raw.length > MAX_LENGTH) return fallback
  if (!isLocalPath(raw) || FORBIDDEN_ENCODED.test(raw)) return fallback
  const decoded = decodedOnce(raw)
  if (decoded !== null && !isLocalPath(decoded)) return fallback
  try {
    return headerSafe(raw)
  } catch {
    // A lone surrogate cannot be encoded.
    return fallback
  }
}
