import type { CollectionBeforeDeleteHook, CollectionConfig } from 'payload'

import { isEditor, isEditorialUser } from '../access'
import { vietnamDateTime } from '../fields/dates'
import { seedKeyField } from '../fields/seedKey'
import { EDITORIAL_VERSIONS } from '../workflow/editorial'

/** A poll's ballots go with it: they mean nothing without its question and options. */
const deleteBallots: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.db.deleteMany({ collection: 'poll-votes', where: { poll: { equals: id } }, req })
}


/**
 * Thăm dò ý kiến. Votes point at an option by its row id, so an editor may
 * correct an option's wording or order after voting has begun without moving
 * anyone's vote. Readers get the question and the results from the site,
 * never from the API.
 */
export const Polls: CollectionConfig = {
  slug: 'polls',
  labels: { singular: 'Cuộc thăm dò', plural: 'Thăm dò ý kiến' },
  admin: {
    group: 'Tương tác',
    useAsTitle: 'question',
    defaultColumns: ['question', 'opensAt', 'closesAt', 'staffOnly', 'showInSidebar'],
  },
  access: { read: isEditorialUser, readVersions: isEditorialUser, create: isEditor, update: isEditor, delete: isEditor },
  // Drafts: a poll being written is not put before readers until an editor publishes it (engagement/polls.ts reads published ones only).
  versions: EDITORIAL_VERSIONS,
  defaultSort: '-createdAt',
  hooks: { beforeDelete: [deleteBallots] },
  fields: [
    { name: 'question', label: 'Câu hỏi', type: 'text', required: true, maxLength: 300 },
    {
      name: 'note',
      label: 'Ghi chú của Ban biên tập',
      type: 'text',
      maxLength: 300,
      admin: { description: 'Hiện dưới câu hỏi, ví dụ để nói các phương án do Ban biên tập đặt.' },
    },
    {
      name: 'options',
      label: 'Các phương án trả lời',
      labels: { singular: 'Phương án', plural: 'Phương án' },
      type: 'array',
      required: true,
      minRows: 2,
      maxRows: 20,
      admin: { description: 'Sửa câu chữ hoặc thứ tự được; xóa một phương án thì các phiếu đã chọn nó không còn được tính.' },
      fields: [{ name: 'label', label: 'Phương án', type: 'text', required: true, maxLength: 200 }],
    },
    {
      name: 'choice',
      label: 'Cách chọn',
      type: 'radio',
      required: true,
      defaultValue: 'single',
      options: [
        { value: 'single', label: 'Chọn một phương án' },
        { value: 'multiple', label: 'Chọn nhiều phương án' },
      ],
    },
    {
      name: 'showResults',
      label: 'Hiển thị kết quả',
      type: 'radio',
      required: true,
      defaultValue: 'afterVoting',
      options: [
        { value: 'afterVoting', label: 'Sau khi người đọc bình chọn' },
        { value: 'afterClosing', label: 'Sau khi kết thúc thăm dò' },
      ],
    },
    {
      type: 'row',
      fields: [
        vietnamDateTime({ name: 'opensAt', label: 'Bắt đầu', admin: { width: '50%', description: 'Để trống: bắt đầu ngay.' } }),
        vietnamDateTime({
          name: 'closesAt',
          label: 'Kết thúc',
          admin: { width: '50%', description: 'Để trống: không hẹn ngày kết thúc.' },
          validate: (value: unknown, { siblingData }: { siblingData: { opensAt?: string | null } }) => {
            if (!value || !siblingData?.opensAt) return true
            return new Date(value as string) > new Date(siblingData.opensAt) || 'Thời điểm kết thúc phải sau thời điểm bắt đầu.'
          },
        }),
      ],
    },
    {
      name: 'staffOnly',
      label: 'Chỉ dành cho cán bộ, công chức (phải đăng nhập)',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar' },
    },
    {
      name: 'showInSidebar',
      label: 'Hiển thị ở cột bên của cổng',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      admin: { position: 'sidebar', description: 'Cột bên hiển thị cuộc thăm dò mới nhất đang mở có đánh dấu này.' },
    },
    seedKeyField,
  ],
}
