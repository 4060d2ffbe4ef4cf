/** What the audit log records, with the words the admin shows. */
export const AUDIT_ACTIONS = ['create', 'update', 'publish', 'unpublish', 'restore', 'delete', 'login', 'loginFailed'] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  create: 'Tạo mới',
  update: 'Sửa',
  publish: 'Xuất bản',
  unpublish: 'Gỡ xuất bản',
  restore: 'Khôi phục phiên bản',
  delete: 'Xóa',
  login: 'Đăng nhập',
  loginFailed: 'Đăng nhập không thành công',
}

/** Bookkeeping fields that change on every save and say nothing about what an editor changed. */
export const UNTRACKED_FIELDS = new Set(['id', 'createdAt', 'updatedAt', 'search', '_status', 'createdBy', 'seedKey', 'sizes', 'resetPasswordToken', 'resetPasswordExpiration', 'salt', 'hash', 'sessions', 'loginAttempts', 'lockUntil'])

/** Names of the top-level fields whose value differs between two versions of a document. */
export function changedFields(before: Record<string, unknown> | null | undefined, after: Record<string, unknown>): string[] {
  const names = new Set([...Object.keys(before ?? {}), ...Object.keys(after)])
  return [...names]
    .filter((name) => !UNTRACKED_FIELDS.has(name))
    .filter((name) => {
      const a = before?.[name] ?? null
      const b = after[name] ?? null
      return JSON.stringify(normalise(a)) !== JSON.stringify(normalise(b))
    })
    .sort()
}

/** Relations compare by id, whether populated or not; empty values compare equal. */
function normalise(value: unknown): unknown {
  if (value === '' || value === undefined) return null
  if (Array.isArray(value)) return value.length ? value.map(normalise) : null
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('id' in record && ('createdAt' in record || 'updatedAt' in record)) return record.id
    return Object.fromEntries(Object.keys(record).sort().filter((k) => !UNTRACKED_FIELDS.has(k) || k === 'id').map((k) => [k, normalise(record[k])]))
  }
  return value
}
