import type { CollectionConfig } from 'payload'

import { maintainSearch, searchField } from '../fields/search'
import { foldSearchQuery } from '../hooks/foldSearchQuery'

type Sources = Parameters<typeof maintainSearch>[0]

/**
 * Makes a collection searchable without diacritics: stores the folded text of
 * `sources`, folds queries on it, and lists it among the admin's search fields.
 */
export function searchable(config: CollectionConfig, sources: Sources): CollectionConfig {
  const titleField = config.admin?.useAsTitle
  return {
    ...config,
    admin: {
      ...config.admin,
      listSearchableFields: ['search', ...(config.admin?.listSearchableFields ?? []), ...(titleField ? [titleField] : [])],
    },
    hooks: {
      ...config.hooks,
      beforeOperation: [...(config.hooks?.beforeOperation ?? []), foldSearchQuery],
      beforeChange: [...(config.hooks?.beforeChange ?? []), maintainSearch(sources)],
    },
    fields: [...config.fields, searchField],
  }
}
