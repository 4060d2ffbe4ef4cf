/**
 * Roles of the portal. Editorial roles work in the admin; staff only sign in on
 * the public site (to rate articles and answer polls).
 */
export const ROLES = ['admin', 'editor', 'author', 'staff'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Quản trị hệ thống',
  editor: 'Biên tập viên (Ban biên tập)',
  author: 'Cộng tác viên (viết bài)',
  staff: 'Cán bộ, công chức (đánh giá, thăm dò)',
}

interface MaybeUser {
  id?: number | string
  role?: string | null
  collection?: string
}

export function roleOf(user: unknown): Role | null {
  const role = (user as MaybeUser | null | undefined)?.role
  return ROLES.includes(role as Role) ? (role as Role) : null
}

export function hasRole(user: unknown, ...roles: Role[]): boolean {
  const role = roleOf(user)
  return role !== null && roles.includes(role)
}

/** Editors and admins review and publish. */
export const canPublish = (user: unknown) => hasRole(user, 'admin', 'editor')

/** Everyone who works in the admin. */
export const isEditorialUser = (user: unknown) => hasRole(user, 'admin', 'editor', 'author')
