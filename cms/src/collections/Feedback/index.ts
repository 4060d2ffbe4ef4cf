import { FEEDBACK_LIMITS, FEEDBACK_STATUSES, FEEDBACK_STATUS_LABELS } from '@portal/shared'
import type { CollectionConfig } from 'payload'

import { isAdmin, isEditor, nobody } from '../../access'
import { referenceCodeField } from '../../fields/referenceCode'
import { ipHashField } from '../../fields/voter'
import { notifyEditors } from './hooks/notifyEditors'
import { notifyReader } from './hooks/notifyReader'
import { stampAnsweredAt } from './hooks/stampAnsweredAt'
import { DAY_AND_TIME_PICKER } from '../../fields/dates'

const readOnly = { readOnly: true }
/** What the reader wrote stays as written: editors answer, they do not edit the question. */
const fromReader = { access: { update: () => false } }

/**
 * Tiếp nhận ý kiến: what readers send through /gop-y, moderated by the
 * editorial board. Readers never read this collection: they see their own
 * item's status and answer by its reference code, and answered items the
 * board chooses to publish on /hoi-dap, always without contact details.
 */
export const Feedback: CollectionConfig = {
  slug: 'feedback',
  labels: { singular: 'Ý kiến người đọc', plural: 'Tiếp nhận ý kiến' },
  admin: {
    group: 'Tương tác',
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'status', 'name', 'createdAt', 'publishOnQA'],
    listSearchableFields: ['subject', 'code', 'name', 'email'],
    description: 'Ý kiến, câu hỏi người đọc gửi. Trả lời, chuyển trạng thái, chọn đăng lên trang Hỏi đáp.',
  },
  access: { read: isEditor, create: nobody, update: isEditor, delete: isAdmin },
  defaultSort: '-createdAt',
  hooks: {
    beforeChange: [stampAnsweredAt],
    afterChange: [notifyEditors, notifyReader],
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Ý kiến',
          fields: [
            { ...fromReader, name: 'subject', label: 'Tiêu đề', type: 'text', required: true, maxLength: FEEDBACK_LIMITS.subject, admin: readOnly },
            { ...fromReader, name: 'message', label: 'Nội dung', type: 'textarea', required: true, maxLength: FEEDBACK_LIMITS.message, admin: readOnly },
            { ...fromReader, name: 'attachment', label: 'Tệp đính kèm', type: 'upload', relationTo: 'feedback-attachments', admin: readOnly },
            {
              type: 'collapsible',
              label: 'Người gửi (không công khai)',
              fields: [
                { ...fromReader, name: 'name', label: 'Họ và tên', type: 'text', required: true, maxLength: FEEDBACK_LIMITS.name, admin: readOnly },
                {
                  type: 'row',
                  fields: [
                    { ...fromReader, name: 'email', label: 'Thư điện tử', type: 'text', admin: { ...readOnly, width: '50%' } },
                    { ...fromReader, name: 'phone', label: 'Số điện thoại', type: 'text', admin: { ...readOnly, width: '50%' } },
                  ],
                },
              ],
            },
          ],
        },
        {
          label: 'Trả lời',
          fields: [
            {
              name: 'answer',
              label: 'Nội dung trả lời',
              type: 'textarea',
              validate: (value: string | null | undefined, { siblingData }: { siblingData: { status?: string } }) =>
                siblingData?.status !== 'answered' || Boolean(value?.trim()) || 'Cần nhập nội dung trả lời trước khi chuyển sang "Đã trả lời".',
            },
            {
              name: 'publishOnQA',
              label: 'Đăng lên trang Hỏi đáp',
              type: 'checkbox',
              defaultValue: false,
              index: true,
              admin: { description: 'Chỉ đăng tiêu đề, câu hỏi và câu trả lời; không bao giờ đăng tên, thư điện tử, số điện thoại.' },
              validate: (value: boolean | null | undefined, { siblingData }: { siblingData: { status?: string } }) =>
                !value || siblingData?.status === 'answered' || 'Chỉ đăng được ý kiến đã trả lời.',
            },
            {
              name: 'publicQuestion',
              label: 'Câu hỏi đăng công khai',
              type: 'textarea',
              maxLength: FEEDBACK_LIMITS.message,
              admin: { description: 'Để trống: đăng nguyên nội dung người đọc gửi. Nhập lại ở đây để lược bỏ thông tin cá nhân nếu có.' },
            },
          ],
        },
      ],
    },
    referenceCodeField,
    {
      name: 'status',
      label: 'Trạng thái',
      type: 'select',
      required: true,
      defaultValue: 'new',
      index: true,
      options: FEEDBACK_STATUSES.map((value) => ({ value, label: FEEDBACK_STATUS_LABELS[value] })),
      admin: { position: 'sidebar' },
    },
    { name: 'answeredAt', label: 'Ngày trả lời', type: 'date', index: true, admin: { position: 'sidebar', readOnly: true, date: DAY_AND_TIME_PICKER } },
    { name: 'readerNotifiedAt', label: 'Đã gửi thư trả lời lúc', type: 'date', admin: { position: 'sidebar', readOnly: true, date: DAY_AND_TIME_PICKER } },
    {
      ...fromReader,
      name: 'consentedAt',
      label: 'Người gửi đồng ý xử lý dữ liệu cá nhân lúc',
      type: 'date',
      admin: { position: 'sidebar', readOnly: true, date: DAY_AND_TIME_PICKER },
    },
    ipHashField,
  ],
}
