import { CONSULTATION_LIMITS, CONSULTATION_STATUSES, CONSULTATION_STATUS_LABELS } from '@portal/shared'
import type { CollectionConfig } from 'payload'

import { sampleField } from '../../fields/sample'
import { seedKeyField } from '../../fields/seedKey'
import { slugField } from '../../fields/slug'
import { withEditorialWorkflow } from '../../workflow/editorial'
import { summaryEndpoints } from './summaryEndpoints'
import { computeClosing } from './hooks/computeClosing'

/**
 * Đợt lấy ý kiến Nhân dân: the nominees for a state award published for
 * public comment before the emulation council meets (Decree 98/2023/NĐ-CP
 * art. 46). The closing time is computed from the opening time and a duration
 * in working days (shared/src/workingCalendar.ts with the editors' calendar
 * changes); the site takes comments only in between.
 */
export const Consultations: CollectionConfig = withEditorialWorkflow({
  slug: 'consultations',
  labels: { singular: 'Đợt lấy ý kiến', plural: 'Lấy ý kiến Nhân dân' },
  admin: {
    group: 'Khen thưởng',
    useAsTitle: 'title',
    defaultColumns: ['title', 'opensAt', 'closesAt', 'status', '_status'],
    description: 'Công khai danh sách đề nghị khen thưởng để lấy ý kiến Nhân dân; tổng hợp ý kiến báo cáo Hội đồng.',
  },
  defaultSort: '-opensAt',
  endpoints: summaryEndpoints,
  hooks: { beforeChange: [computeClosing] },
  fields: [
    { name: 'title', label: 'Tiêu đề', type: 'text', required: true },
    slugField('title'),
    { name: 'intro', label: 'Giới thiệu', type: 'textarea', admin: { description: 'Đoạn ngắn đầu trang: mục đích, phạm vi lấy ý kiến.' } },
    { name: 'legalBasis', label: 'Căn cứ pháp lý', type: 'textarea', required: true, defaultValue: 'Điều 46 Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng.' },
    { name: 'council', label: 'Hội đồng xem xét', type: 'text', required: true, admin: { description: 'Ví dụ: Hội đồng Thi đua – Khen thưởng tỉnh.' } },
    {
      type: 'row',
      fields: [
        { name: 'opensAt', label: 'Bắt đầu nhận ý kiến', type: 'date', required: true, index: true, admin: { width: '40%', date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } } },
        {
          name: 'durationWorkingDays',
          label: 'Thời gian (ngày làm việc)',
          type: 'number',
          required: true,
          defaultValue: CONSULTATION_LIMITS.defaultWorkingDays,
          min: 1,
          max: CONSULTATION_LIMITS.maxWorkingDays,
          admin: { width: '25%', step: 1 },
        },
        {
          name: 'closesAt',
          label: 'Hết hạn nhận ý kiến',
          type: 'date',
          index: true,
          admin: { width: '35%', readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' }, description: 'Tính tự động: hết ngày làm việc cuối cùng, không tính ngày bắt đầu, bỏ qua ngày nghỉ theo Lịch ngày làm việc.' },
        },
      ],
    },
    {
      name: 'status',
      label: 'Trạng thái',
      type: 'select',
      required: true,
      defaultValue: 'scheduled',
      options: CONSULTATION_STATUSES.map((value) => ({ value, label: CONSULTATION_STATUS_LABELS[value] })),
      admin: { position: 'sidebar' },
    },
    { name: 'attachments', label: 'Tài liệu kèm theo', type: 'upload', relationTo: 'media', hasMany: true, admin: { description: 'Tờ trình, danh sách đề nghị (PDF). Được công khai.' } },
    { name: 'nominees', label: 'Danh sách đề nghị', type: 'join', collection: 'nominees', on: 'consultation', defaultSort: 'order' },
    {
      name: 'summaryLinks',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/components/ConsultationSummaryLinks#ConsultationSummaryLinks' } },
    },
    sampleField,
    seedKeyField,
  ],
})
