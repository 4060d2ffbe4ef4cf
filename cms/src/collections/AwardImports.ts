import type { CollectionConfig } from 'payload'

import { isEditor } from '../access'
import { nobody } from '../access/nobody'

/**
 * One import of a spreadsheet into an award decision: who, which file, how it
 * went. Its awards point at it, so an import that did not finish (a crash, a
 * failed write) is deleted as a whole: at once on failure, or at the next
 * start (cms/src/awards/cleanup.ts). Written only by the import itself.
 */
export const AwardImports: CollectionConfig = {
  slug: 'award-imports',
  labels: { singular: 'Lần nhập danh sách khen thưởng', plural: 'Nhật ký nhập danh sách khen thưởng' },
  admin: {
    useAsTitle: 'fileName',
    group: 'Khen thưởng',
    defaultColumns: ['fileName', 'decision', 'status', 'created', 'createdAt'],
    description: 'Mỗi lần nhập danh sách từ tệp Excel/CSV. Lần nhập chưa xong được xóa hết, không để lại nửa chừng.',
  },
  access: { read: isEditor, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-createdAt',
  fields: [
    { name: 'decision', label: 'Quyết định', type: 'relationship', relationTo: 'award-decisions', required: true, index: true },
    { name: 'fileName', label: 'Tệp', type: 'text', required: true },
    {
      name: 'status',
      label: 'Trạng thái',
      type: 'select',
      required: true,
      index: true,
      options: [
        { value: 'running', label: 'Đang ghi' },
        { value: 'committed', label: 'Đã ghi xong' },
        { value: 'failed', label: 'Thất bại, đã xóa' },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'total', label: 'Số dòng ghi', type: 'number', defaultValue: 0 },
        { name: 'processed', label: 'Đã ghi', type: 'number', defaultValue: 0 },
        { name: 'created', label: 'Tạo mới', type: 'number', defaultValue: 0 },
        { name: 'alreadyStored', label: 'Đã có từ trước', type: 'number', defaultValue: 0 },
      ],
    },
    { name: 'encoding', label: 'Bảng mã', type: 'text' },
    { name: 'notes', label: 'Ghi chú', type: 'textarea' },
    { name: 'error', label: 'Lỗi', type: 'textarea' },
    { name: 'createdBy', label: 'Người nhập', type: 'relationship', relationTo: 'users' },
  ],
}
