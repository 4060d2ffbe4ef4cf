import type { Access } from 'payload'

import { canPublish } from '../access/roles'

/** Editors and admins see every award; everyone else sees the public roll, without withdrawn awards. */
export const publicRollOrEditor: Access = ({ req }) => (canPublish(req.user) ? true : { withdrawn: { not_equals: true } })

/** Who may import, export with withdrawn awards, and see import batches: editors (commendation officers) and admins. */
export const canManageHonourRoll = (user: unknown) => canPublish(user)
