import type { Access } from 'payload'

import { mediaInPublishedUse } from '../collections/Media/usage'
import { canPublish, hasRole } from './roles'

/**
 * Editors change any file. Authors change only files they uploaded and that no
 * published page shows yet: replacing a picture (or its alt text) on a
 * published article is a change readers see, so it goes through an editor.
 */
export const ownUnusedMediaOrEditor: Access = async ({ req, id }) => {
  const { user } = req
  if (canPublish(user)) return true
  if (!hasRole(user, 'author') || !user) return false
  if (id != null && (await mediaInPublishedUse(req.payload, id, req))) return false
  return { createdBy: { equals: user.id } }
}
