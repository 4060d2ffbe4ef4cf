import type { CollectionBeforeChangeHook, TextField } from 'payload'

import { foldAll, lexicalToPlainText } from '@portal/shared'

/** Name of the stored, folded search field on every searchable collection. */
export const SEARCH_FIELD = 'search'

/**
 * The folded search text ("thi dua" for "Thi đua"). SQLite's LIKE folds case
 * for ASCII only, and neither adapter ignores Vietnamese diacritics, so we store
 * a folded copy and fold queries the same way (see hooks/foldSearchQuery).
 */
export const searchField: TextField = {
  name: SEARCH_FIELD,
  label: 'Nội dung tìm kiếm (tự động)',
  type: 'text',
  index: true,
  admin: { hidden: true },
}

type Source = string | ((doc: Record<string, any>) => Array<string | null | undefined>)

function textOf(value: unknown): string | null {
  if (value == null) return null
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if (Array.isArray(value)) return value.map(textOf).filter(Boolean).join(' ')
  if (typeof value === 'object' && 'root' in (value as object)) return lexicalToPlainText(value)
  if (typeof value === 'object') {
    return Object.entries(value as object)
      .filter(([key]) => key !== 'id')
      .map(([, v]) => textOf(v))
      .filter(Boolean)
      .join(' ')
  }
  return null
}

/**
 * Keeps the search field up to date from the given fields (names or functions
 * of the document). Partial updates are merged over the stored document so a
 * PATCH of one field does not empty the search text.
 */
export function maintainSearch(sources: Source[]): CollectionBeforeChangeHook {
  return ({ data, originalDoc }) => {
    const doc = { ...(originalDoc ?? {}), ...data }
    const values = sources.flatMap((source) => (typeof source === 'function' ? source(doc) : [textOf(doc[source])]))
    return { ...data, [SEARCH_FIELD]: foldAll(values) }
  }
}
