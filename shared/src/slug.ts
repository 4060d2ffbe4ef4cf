import { foldVietnamese } from './fold'

const MAX_SLUG_LENGTH = 96

/**
 * Unaccented Vietnamese slug for URLs: "Kế hoạch Thi đua năm 2022" → "ke-hoach-thi-dua-nam-2022".
 * Cut at a word boundary so long titles stay readable.
 */
export function slugify(text: string): string {
  const slug = foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= MAX_SLUG_LENGTH) return slug
  const cut = slug.slice(0, MAX_SLUG_LENGTH)
  const lastHyphen = cut.lastIndexOf('-')
  return lastHyphen > MAX_SLUG_LENGTH / 2 ? cut.slice(0, lastHyphen) : cut
}

/** True when a string is already a well-formed slug. */
export function isSlug(value: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
}
