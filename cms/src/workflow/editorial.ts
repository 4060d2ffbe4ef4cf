import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import { canCreateDraft, canPublish, isEditorialUser, ownDraftsOrEditor, ownUnpublishedOrEditor, publishedOrEditorial } from '../access'
import { createdByField, setCreatedBy } from '../fields/createdBy'

/**
 * An update by someone who may not publish is saved as a draft version, even
 * when the request does not ask for one (a plain REST PATCH): otherwise an
 * author's edit of their own published document would change what readers see
 * without an editor publishing it. Requests that ask to publish are refused by
 * ownDraftsOrEditor.
 */
export const nonPublishersSaveDrafts: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (operation === 'update' && !overrideAccess && !canPublish(req.user)) return { ...args, draft: true }
  return args
}

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
      beforeOperation: [nonPublishersSaveDrafts, ...(config.hooks?.beforeOperation ?? [])],
      beforeChange: [setCreatedBy, ...(config.hooks?.beforeChange ?? [])],
    },
    fields: [...config.fields, createdByField],
  }
}
