import { COMMENT_VERDICTS, COMMENT_VERDICT_LABELS, CONSULTATION_LIMITS } from '@portal/shared'
import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { isAdmin, isEditor, nobody } from '../access'
import { notifyEditorsOfNew } from '../email/notifyEditors'
import { referenceCodeField } from '../fields/referenceCode'
import { ipHashField } from '../fields/voter'

const readOnly = { readOnly: true }
/** What the citizen wrote stays as written: editors classify and answer, they do not edit it. */
const fromCitizen = { access: { update: () => false } }

/** Dates the answer when an editor first publishes it; the consultation page sorts answers by it. */
const stampAnswerPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const publish = data.publishAnswer ?? originalDoc?.publishAnswer
  if (publish && !originalDoc?.answeredAt && !data.answeredAt) return { ...data, answeredAt: new Date().toISOString() }
  return data
}

/** Tells the editorial board a citizen commented: on which consultation and nominee, and the code; who wrote and what stay in the admin. */
const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: number | string }).id : (value as number | string | null | undefined))
const notifyEditors = notifyEditorsOfNew(async (doc, payload) => {
  const [consultation, nominee] = await Promise.all([
    payload.findByID({ collection: 'consultations', id: idOf(doc.consultation)!, depth: 0, overrideAccess: true, draft: false, select: { title: true } }).catch(() => null),
    doc.nominee ? payload.findByID({ collection: 'nominees', id: idOf(doc.nominee)!, depth: 0, overrideAccess: true, select: { name: true } }).catch(() => null) : null,
  ])
  const title = consultation?.title ?? `#${idOf(doc.consultation)}`
  return {
    subject: `Ý kiến Nhân dân mới: ${title}`,
    lines: ['Cổng thông tin vừa nhận một ý kiến Nhân dân trong đợt lấy ý kiến.', '', `Đợt lấy ý kiến: ${title}`, `Về: ${nominee?.name ?? 'cả danh sách'}`, `Mã tiếp nhận: ${doc.code}`],
  }
})

/**
 * Ý kiến Nhân dân on a consultation: sent from the consultation's page, about
 * one nominee or the whole list. Private: citizens never read this collection;
 * only answers the editors choose to publish appear on the site, without the
 * commenter's name, contact or address (as on /hoi-dap).
 */
export const ConsultationComments: CollectionConfig = {
  slug: 'consultation-comments',
  labels: { singular: 'Ý kiến Nhân dân', plural: 'Ý kiến Nhân dân (lấy ý kiến)' },
  admin: {
    group: 'Khen thưởng',
    useAsTitle: 'code',
    defaultColumns: ['code', 'consultation', 'nominee', 'verdict', 'createdAt'],
    listSearchableFields: ['code', 'name', 'comment'],
    description: 'Phân loại từng ý kiến (đồng ý, phản ánh, không liên quan), trả lời khi cần. Thông tin người gửi không bao giờ được công khai.',
  },
  access: { read: isEditor, create: nobody, update: isEditor, delete: isAdmin },
  defaultSort: '-createdAt',
  hooks: { beforeChange: [stampAnswerPublishedAt], afterChange: [notifyEditors] },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Ý kiến',
          fields: [
            { ...fromCitizen, name: 'consultation', label: 'Đợt lấy ý kiến', type: 'relationship', relationTo: 'consultations', required: true, index: true, admin: readOnly },
            { ...fromCitizen, name: 'nominee', label: 'Về người/tập thể', type: 'relationship', relationTo: 'nominees', index: true, admin: { ...readOnly, description: 'Để trống: ý kiến về cả danh sách.' } },
            { ...fromCitizen, name: 'comment', label: 'Nội dung ý kiến', type: 'textarea', required: true, maxLength: CONSULTATION_LIMITS.comment, admin: readOnly },
            { ...fromCitizen, name: 'attachment', label: 'Tệp đính kèm', type: 'upload', relationTo: 'feedback-attachments', admin: readOnly },
            {
              type: 'collapsible',
              label: 'Người gửi (không công khai)',
              fields: [
                { ...fromCitizen, name: 'name', label: 'Họ và tên', type: 'text', required: true, maxLength: CONSULTATION_LIMITS.name, admin: readOnly },
                {
                  type: 'row',
                  fields: [
                    { ...fromCitizen, name: 'email', label: 'Thư điện tử', type: 'text', admin: { ...readOnly, width: '50%' } },
                    { ...fromCitizen, name: 'phone', label: 'Số điện thoại', type: 'text', admin: { ...readOnly, width: '50%' } },
                  ],
                },
                { ...fromCitizen, name: 'address', label: 'Địa chỉ', type: 'text', required: true, maxLength: CONSULTATION_LIMITS.address, admin: readOnly },
                { ...fromCitizen, name: 'consentAt', label: 'Đồng ý xử lý dữ liệu cá nhân lúc', type: 'date', required: true, admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } } },
              ],
            },
          ],
        },
        {
          label: 'Trả lời',
          fields: [
            { name: 'answer', label: 'Nội dung trả lời', type: 'textarea' },
            {
              name: 'publishAnswer',
              label: 'Công khai câu trả lời trên trang lấy ý kiến',
              type: 'checkbox',
              defaultValue: false,
              index: true,
              admin: { description: 'Chỉ đăng nội dung ý kiến (hoặc câu hỏi viết lại dưới đây) và câu trả lời; không bao giờ đăng tên, liên hệ, địa chỉ.' },
              validate: (value: boolean | null | undefined, { siblingData }: { siblingData: { answer?: string } }) =>
                !value || Boolean(siblingData?.answer?.trim()) || 'Cần nhập nội dung trả lời trước khi công khai.',
            },
            {
              name: 'publicQuestion',
              label: 'Ý kiến đăng công khai',
              type: 'textarea',
              maxLength: CONSULTATION_LIMITS.comment,
              admin: { description: 'Để trống: đăng nguyên nội dung ý kiến. Nhập lại ở đây để lược bỏ thông tin cá nhân nếu có.' },
            },
          ],
        },
      ],
    },
    referenceCodeField,
    {
      name: 'verdict',
      label: 'Phân loại',
      type: 'select',
      required: true,
      defaultValue: 'unsorted',
      index: true,
      options: COMMENT_VERDICTS.map((value) => ({ value, label: COMMENT_VERDICT_LABELS[value] })),
      admin: { position: 'sidebar' },
    },
    { name: 'answeredAt', label: 'Ngày công khai trả lời', type: 'date', index: true, admin: { position: 'sidebar', readOnly: true } },
    ipHashField,
  ],
}
