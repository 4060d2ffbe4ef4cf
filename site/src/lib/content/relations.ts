/** Small helpers for relationship values, which arrive as ids or as populated documents. */

export type Id = number | string

/** The id of a relationship value, whether populated or not. */
export function idOf(value: unknown): Id | null {
  if (value == null) return null
  if (typeof value === 'object') return (value as { id: Id }).id
  return value as Id
}

/** Distinct ids of relationship values, numeric ids as numbers (what the SQL adapters expect). */
export const uniqueIds = (values: unknown[]): Id[] =>
  [...new Set(values.map(idOf).filter((id): id is Id => id != null).map(String))].map((id) => (/^\d+$/.test(id) ? Number(id) : id))

/** Populated relationship values only (drops ids of documents the reader may not see). */
export function populated<T extends object>(values: unknown): T[] {
  return Array.isArray(values) ? values.filter((v): v is T => typeof v === 'object' && v !== null) : typeof values === 'object' && values ? [values as T] : []
}

/** What a picture needs of a media record. */
export const MEDIA_FIELDS = { filename: true, alt: true, width: true, height: true, sizes: true, mimeType: true, isSample: true } as const

export const byVietnameseName = <T extends { name: string }>(list: T[]) => [...list].sort((a, b) => a.name.localeCompare(b.name, 'vi'))

/** The item of a list a URL names by id, or null for anything else: a bad link shows the unfiltered list. */
export const pickById = <T extends { id: Id }>(list: T[], raw: Id | null | undefined): T | null =>
  raw == null ? null : (list.find((item) => String(item.id) === String(raw)) ?? null)
