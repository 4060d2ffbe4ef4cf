import type { CollectionConfig } from 'payload'

import { isAdmin, nobody } from '../access'
import { AUDIT_ACTIONS, AUDIT_ACTION_LABELS } from '../audit/actions'
import { AUDIT_LOG } from '../audit/record'

/**
 * Nhật ký thao tác: who created, changed, published, unpublished, restored or
 * deleted what and when, with the fields changed, and every sign-in attempt.
 * Append-only: administrators read it; nobody creates, edits or deletes an
 * entry through the admin or the API (entries come from hooks, audit/record.ts).
 */
export const AuditLog: CollectionConfig = {
  slug: AUDIT_LOG,
  labels: { singular: 'Nhật ký thao tác', plural: 'Nhật ký thao tác' },
  admin: {
    group: 'Hệ thống',
    useAsTitle: 'title',
    defaultColumns: ['createdAt', 'action', 'targetCollection', 'title', 'email', 'changedFields'],
    description: 'Chỉ xem: mọi thay đổi nội dung, xuất bản, gỡ, khôi phục, xóa và đăng nhập, ghi tự động.',
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-createdAt',
  fields: [
    { name: 'action', label: 'Thao tác', type: 'select', required: true, index: true, options: AUDIT_ACTIONS.map((value) => ({ value, label: AUDIT_ACTION_LABELS[value] })) },
    { name: 'targetCollection', label: 'Loại nội dung', type: 'text', index: true, admin: { components: { Cell: '/components/CollectionLabelCell#CollectionLabelCell' } } },
    { name: 'documentId', label: 'Mã tài liệu', type: 'text', index: true },
    { name: 'title', label: 'Tên tài liệu', type: 'text' },
    { name: 'changedFields', label: 'Trường đã thay đổi', type: 'text' },
    { name: 'user', label: 'Người thực hiện', type: 'relationship', relationTo: 'users' },
    { name: 'email', label: 'Thư điện tử', type: 'text', admin: { description: 'Giữ lại khi tài khoản đã bị xóa; với đăng nhập không thành công là địa chỉ đã nhập.' } },
  ],
  timestamps: true,
}
