import type { Access, Where } from 'payload'

import { isEditorialUser } from './roles'

/**
 * Honour-roll lines are shown to readers only once their decision is
 * published: a decision saved half-entered, lines and all, stays a draft.
 * A line without a decision stands on its own.
 */
export const ofPublishedDecision: Access = ({ req }) => {
  if (isEditorialUser(req.user)) return true
  const standalone: Where = { decision: { exists: false } }
  const published: Where = { 'decision._status': { equals: 'published' } }
  return { or: [standalone, published] }
}
