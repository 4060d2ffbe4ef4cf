import type { Access } from 'payload'

import { canPublish } from './roles'

/** Editors (Ban biên tập) and admins: they manage reference data and publish. */
export const isEditor: Access = ({ req }) => canPublish(req.user)
