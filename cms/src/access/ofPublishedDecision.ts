import type { Access, Where } from 'payload'

import { isEditorialUser } from './roles'

/** What a reader may see of honour-roll lines by their decision: lines of a published decision, or of none. */
export const PUBLISHED_DECISION_OR_NONE: Where = { or: [{ decision: { exists: false } }, { 'decision._status': { equals: 'published' } }] }

/**
 * Honour-roll lines are shown to readers only once their decision is
 * published: a decision saved half-entered, lines and all, stays a draft.
 * A line without a decision stands on its own.
 */
export const ofPublishedDecision: Access = ({ req }) => (isEditorialUser(req.user) ? true : PUBLISHED_DECISION_OR_NONE)
