import type { CollectionConfig } from 'payload'

import { canCreateDraft, isEditorialUser, ownDraftsOrEditor, ownUnpublishedOrEditor, publishedOrEditorial } from '../access'
import { createdByField, setCreatedBy } from '../fields/createdBy'

/**
 * Gives a content collection the editorial workflow: drafts and versions,
 * readers see only what is published, authors write drafts of their own,
 * editors publish. One place, so a review state or scheduled publishing can
 * be added for every content type at once.
 */
export function withEditorialWorkflow(config: CollectionConfig): CollectionConfig {
  return {
    ...config,
    access: {
      read: publishedOrEditorial,
      readVersions: isEditorialUser,
      create: canCreateDraft,
      update: ownDraftsOrEditor,
      delete: ownUnpublishedOrEditor,
      ...config.access,
    },
    versions: { drafts: true, maxPerDoc: 50 },
    hooks: {
      ...config.hooks,
      beforeChange: [setCreatedBy, ...(config.hooks?.beforeChange ?? [])],
    },
    fields: [...config.fields, createdByField],
  }
}
