import type { Access, Where } from 'payload'

import { ofPublishedDecision } from '../access/ofPublishedDecision'
import { canPublish } from '../access/roles'

/** Editors and admins see every award; everyone else sees the public roll, without withdrawn awards. */
export const publicRollOrEditor: Access = ({ req }) => (canPublish(req.user) ? true : { withdrawn: { not_equals: true } })

/** Who may import, export with withdrawn awards, and see import batches: editors (commendation officers) and admins. */
export const canManageHonourRoll = (user: unknown) => canPublish(user)

/**
 * The awards collection's read rule: editors and admins see every line; everyone else sees the public roll, the
 * lines of published decisions (or of none) that were not withdrawn.
 */
export const publicRollOfPublishedDecisions: Access = (args) => {
  const decisions = ofPublishedDecision(args)
  const roll = publicRollOrEditor(args)
  if (decisions === true) return roll
  if (roll === true) return decisions
  return { and: [decisions, roll] } as Where
}
