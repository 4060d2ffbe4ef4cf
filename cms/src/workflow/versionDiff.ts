import type { CollectionConfig, Field } from 'payload'

const NO_DIFF = '/components/diff/NoDiff#NoDiff'
const YES_NO_DIFF = '/components/diff/YesNoDiff#YesNoDiff'

/**
 * The version comparison ("So sánh phiên bản") shows what editors wrote, in
 * their words: fields the portal keeps for itself (hidden in the edit view:
 * the folded search text, the seed's key, sort keys) are left out, and yes/no
 * fields read "Có"/"Không" rather than "true"/"false".
 */
function readableDiff(field: Field): Field {
  const withDiff = (Diff: string): Field => ({ ...field, admin: { ...field.admin, components: { ...(field.admin?.components as object), Diff } } }) as Field
  if ('fields' in field && Array.isArray(field.fields)) field = { ...field, fields: field.fields.map(readableDiff) } as Field
  if (field.type === 'tabs') field = { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(readableDiff) })) }
  if ((field.admin?.components as { Diff?: unknown } | undefined)?.Diff) return field
  if ((field.admin as { hidden?: boolean } | undefined)?.hidden) return withDiff(NO_DIFF)
  if (field.type === 'checkbox') return withDiff(YES_NO_DIFF)
  return field
}

export const withReadableDiffs = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => (collection.versions ? { ...collection, fields: collection.fields.map(readableDiff) } : collection))
