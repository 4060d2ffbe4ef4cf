import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import { canCreateDraft, canPublish, isEditorialUser, ownDraftsOrEditor, ownUnpublishedOrEditor, publishedOrEditorial } from '../access'
import { createdByField, setCreatedBy } from '../fields/createdBy'
import { applyReviewRules, notifyReview, REVIEW_EDIT_COMPONENTS, returnedNoticeField, reviewFields } from './review'
import { scheduleByDate } from './scheduleByDate'

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

/** Drafts, versions (history with compare and restore) and Payload's scheduled publish and unpublish. */
export const EDITORIAL_VERSIONS = { drafts: { schedulePublish: true }, maxPerDoc: 50 } as const

/** The field that dates a publication, when the collection has one: a future date schedules it. */
const PUBLICATION_DATE = 'publishedAt'

/**
 * Gives a content collection the editorial workflow: drafts and versions,
 * readers see only what is published, authors write drafts of their own and
 * submit them for review, editors send back or publish (now or at a set
 * time). One place, so every content type has the same workflow.
 */
export function withEditorialWorkflow(config: CollectionConfig): CollectionConfig {
  const dated = config.fields.some((field) => 'name' in field && field.name === PUBLICATION_DATE && field.type === 'date')
  const schedule = dated ? scheduleByDate(PUBLICATION_DATE) : null
  const columns = config.admin?.defaultColumns
  return {
    ...config,
    // Lists show where each item is in review ("Chờ duyệt", "Trả lại"...).
    admin: {
      ...config.admin,
      ...(columns ? { defaultColumns: [...columns, 'reviewState'] } : {}),
      components: { ...config.admin?.components, edit: { ...REVIEW_EDIT_COMPONENTS, ...config.admin?.components?.edit } },
    },
    access: {
      read: publishedOrEditorial,
      readVersions: isEditorialUser,
      create: canCreateDraft,
      update: ownDraftsOrEditor,
      delete: ownUnpublishedOrEditor,
      ...config.access,
    },
    versions: EDITORIAL_VERSIONS,
    hooks: {
      ...config.hooks,
      beforeOperation: [nonPublishersSaveDrafts, ...(schedule ? [schedule.before] : []), ...(config.hooks?.beforeOperation ?? [])],
      beforeChange: [setCreatedBy, applyReviewRules, ...(config.hooks?.beforeChange ?? [])],
      afterChange: [...(config.hooks?.afterChange ?? []), notifyReview],
      afterOperation: [...(schedule ? [schedule.after] : []), ...(config.hooks?.afterOperation ?? [])],
    },
    fields: [returnedNoticeField, ...config.fields, ...reviewFields, createdByField],
  }
}
