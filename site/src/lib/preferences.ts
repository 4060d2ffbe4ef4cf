/**
 * Reader display preferences (text size, contrast). Kept in a cookie, so the
 * server renders the right style at once (no flash), the choice survives
 * across pages, and the controls work without JavaScript (they are links to
 * /tuy-chinh). A small inline script applies the cookie too, for pages served
 * from a cache.
 */
export const PREFERENCES_COOKIE = 'hien-thi'

export interface Preferences {
  /** -1 smaller, 0 normal, 1 and 2 larger. */
  textSize: number
  highContrast: boolean
}

export const DEFAULT_PREFERENCES: Preferences = { textSize: 0, highContrast: false }

export function parsePreferences(cookie: string | undefined): Preferences {
  if (!cookie) return DEFAULT_PREFERENCES
  const [size, contrast] = cookie.split('.')
  const textSize = Number(size)
  return {
    textSize: Number.isInteger(textSize) && textSize >= -1 && textSize <= 2 ? textSize : 0,
    highContrast: contrast === 'hc',
  }
}

export function serializePreferences(p: Preferences): string {
  return `${p.textSize}.${p.highContrast ? 'hc' : 'n'}`
}

export type PreferenceAction = 'nho' | 'vua' | 'lon' | 'tuong-phan' | 'binh-thuong'

export function applyAction(p: Preferences, action: string | null): Preferences {
  switch (action) {
    case 'nho':
      return { ...p, textSize: Math.max(-1, p.textSize - 1) }
    case 'vua':
      return { ...p, textSize: 0 }
    case 'lon':
      return { ...p, textSize: Math.min(2, p.textSize + 1) }
    case 'tuong-phan':
      return { ...p, highContrast: true }
    case 'binh-thuong':
      return { ...p, highContrast: false }
    default:
      return p
  }
}
