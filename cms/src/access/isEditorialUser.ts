import type { Access } from 'payload'

import { isEditorialUser as editorial } from './roles'

/** Admins, editors and authors: the people who work in the admin. */
export const isEditorialUser: Access = ({ req }) => editorial(req.user)
