/**
 * Folds Vietnamese text for search: "THI ĐUA", "thi dua" and "Thi đua" (composed
 * or decomposed) all become "thi dua".
 *
 * NFC first, because editors paste text in either normal form; then NFD so every
 * tone and vowel mark is a separate combining code point we can drop. "đ" has no
 * decomposition, so it is mapped by hand.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Folds and joins several values into one searchable string, skipping empty ones. */
export function foldAll(values: Array<string | null | undefined>): string {
  return foldVietnamese(values.filter((v): v is string => typeof v === 'string' && v.trim() !== '').join(' '))
}

/**
 * The words a reader searched for, folded, ready for `like` conditions on a
 * folded field: at most `max` of them, and without `%`, `_` and `\`, which a
 * SQL LIKE would read as wildcards ("%%" listed everything).
 */
export function searchTerms(query: string | null | undefined, max = 8): string[] {
  return foldVietnamese((query ?? '').replace(/[%_\\]/g, ' '))
    .split(' ')
    .filter(Boolean)
    .slice(0, max)
}
