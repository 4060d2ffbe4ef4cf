import type { Access, Where } from 'payload'

import { canPublish, hasRole } from './roles'

/**
 * Editors change anything. Authors change only what they created, and never
 * publish: a request that would set the status to "published" is refused.
 * A later editorial workflow (review state, scheduled publish) extends this
 * rule rather than replacing it.
 */
export const ownDraftsOrEditor: Access = ({ req, data }) => {
  const { user } = req
  if (canPublish(user)) return true
  if (!hasRole(user, 'author') || !user) return false
  if ((data as { _status?: string } | undefined)?._status === 'published') return false
  return { createdBy: { equals: user.id } }
}

/** Authors may delete their own documents while they have never been published. */
export const ownUnpublishedOrEditor: Access = ({ req }) => {
  const { user } = req
  if (canPublish(user)) return true
  if (!hasRole(user, 'author') || !user) return false
  const own: Where = { createdBy: { equals: user.id } }
  const unpublished: Where = { _status: { equals: 'draft' } }
  return { and: [own, unpublished] }
}

/** Authors and editors create; whether they may publish is checked by ownDraftsOrEditor's data rule. */
export const canCreateDraft: Access = ({ req, data }) => {
  const { user } = req
  if (canPublish(user)) return true
  if (!hasRole(user, 'author')) return false
  return (data as { _status?: string } | undefined)?._status !== 'published'
}
