/**
 * The value a field will have after this save: the incoming one when the
 * request sends it, else the stored one. Field hooks see only what a partial
 * update (PATCH) sends, so derived fields must look at both.
 */
export function current<T = unknown>(
  siblingData: Record<string, unknown> | undefined,
  siblingDoc: Record<string, unknown> | undefined,
  key: string,
): T | undefined {
  if (siblingData && key in siblingData) return siblingData[key] as T
  return siblingDoc?.[key] as T | undefined
}

/** The id of a relationship value, whether populated or not. */
export function relationId(value: unknown): string | number | null {
  if (value == null) return null
  if (typeof value === 'object') return ((value as { id?: string | number }).id ?? null) as string | number | null
  return value as string | number
}
