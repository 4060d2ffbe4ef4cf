import type { CollectionConfig } from 'payload'

import { ROLES, ROLE_LABELS, hasRole, isAdmin, isAdminField, isEditorialUser } from '../access'
import { canPublish } from '../access/roles'
import { recordSignIn, recordSignInAttempt } from '../audit/signIns'
import { equalSignInTiming } from '../auth/equalTiming'
import { checkNewPassword, checkResetPassword } from '../auth/passwordRule'
import { lookUpResetTokenHashed, storeResetTokenHashed } from '../auth/resetTokens'
import { limitSignInsPerAddress } from '../auth/signInLimits'
import { resetPasswordEmail } from '../email/resetPasswordEmail'
import { env } from '../env/index'

/**
 * Accounts. Admins, editors and authors work in the admin; staff sign in on the
 * public site only (ratings, polls). There is no default password anywhere: the
 * first account is made on Payload's first-user screen or by `npm run
 * create-admin`, and becomes an admin.
 */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Người dùng', plural: 'Người dùng' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'unit'],
    group: 'Hệ thống',
  },
  auth: {
    // No lockout: anyone could lock any account, the administrator's included, with five wrong passwords.
    // Attempts are limited per client address instead (auth/signInLimits.ts).
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    cookies: { sameSite: 'Lax', secure: env().cookieSecure },
    // The reset link leads to the public site's page (staff cannot open the admin).
    forgotPassword: resetPasswordEmail,
  },
  access: {
    admin: ({ req }) => isEditorialUser({ req } as never) as boolean,
    create: isAdmin,
    delete: isAdmin,
    read: ({ req }) => {
      if (canPublish(req.user)) return true
      return req.user ? { id: { equals: req.user.id } } : false
    },
    update: ({ req }) => {
      if (hasRole(req.user, 'admin')) return true
      return req.user ? { id: { equals: req.user.id } } : false
    },
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [limitSignInsPerAddress, equalSignInTiming, recordSignInAttempt, checkResetPassword, lookUpResetTokenHashed],
    afterLogin: [recordSignIn],
    beforeValidate: [checkNewPassword],
    beforeChange: [
      storeResetTokenHashed,
      // The first account of a fresh portal administers it.
      async ({ data, operation, req }) => {
        if (operation !== 'create') return data
        const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
        return totalDocs === 0 ? { ...data, role: 'admin' } : data
      },
    ],
  },
  fields: [
    { name: 'name', label: 'Họ và tên', type: 'text', required: true },
    {
      name: 'role',
      label: 'Vai trò',
      type: 'select',
      required: true,
      defaultValue: 'staff',
      saveToJWT: true,
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      access: { create: isAdminField, update: isAdminField },
      // Hidden on the first-user screen (no one signed in yet): that account always becomes an admin.
      admin: { position: 'sidebar', condition: (_data, _sibling, { user }) => Boolean(user) },
    },
    {
      name: 'unit',
      label: 'Đơn vị công tác',
      type: 'relationship',
      relationTo: 'units',
      // Payload's relationship picker loads its options only for a signed-in user: on the
      // first-user screen it stayed on "Đang tải..." for ever. The first admin sets it afterwards.
      admin: { condition: (_data, _sibling, { user }) => Boolean(user) },
    },
  ],
}
