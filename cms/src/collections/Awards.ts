import type { CollectionConfig } from 'payload'

import { RECIPIENT_KIND_LABELS } from '@portal/shared'

import { isEditor } from '../access'
import { publicRollOfPublishedDecisions } from '../awards/access'
import { keepAwardRank } from '../awards/awardRank'
import { AWARD_SEARCH_SOURCES } from '../awards/searchText'
import { exportEndpoint } from '../awards/endpoints'
import { awardVerificationEndpoints } from '../awards/verificationEndpoints'
import { env } from '../env/index'
import { sampleField } from '../fields/sample'
import { verificationCodeField } from '../fields/referenceCode'
import { seedKeyField } from '../fields/seedKey'
import { searchable } from '../workflow/searchable'

/** One line of the honour roll: who received which title or commendation, by which decision. */
export const Awards: CollectionConfig = searchable(
  {
    slug: 'awards',
    labels: { singular: 'Khen thưởng (bảng vàng)', plural: 'Bảng vàng khen thưởng' },
    admin: { useAsTitle: 'recipientName', group: 'Khen thưởng', defaultColumns: ['lineNumber', 'recipientName', 'awardType', 'year', 'unit', 'decision', 'withdrawn'] },
    // The public sees the lines of published decisions, without withdrawn awards; editors see everything.
    access: { read: publicRollOfPublishedDecisions, create: isEditor, update: isEditor, delete: isEditor },
    defaultSort: '-year',
    endpoints: [exportEndpoint, ...awardVerificationEndpoints],
    hooks: { beforeChange: [keepAwardRank] },
    fields: [
      { name: 'recipientName', label: 'Tên cá nhân / tập thể / hộ gia đình', type: 'text', required: true },
      {
        type: 'row',
        fields: [
          {
            name: 'recipientKind',
            label: 'Đối tượng',
            type: 'select',
            required: true,
            defaultValue: 'individual',
            index: true,
            options: Object.entries(RECIPIENT_KIND_LABELS).map(([value, label]) => ({ value, label })),
            admin: { width: '33%' },
          },
          { name: 'position', label: 'Chức vụ', type: 'text', admin: { width: '67%' } },
        ],
      },
      { name: 'unit', label: 'Đơn vị', type: 'relationship', relationTo: 'units', index: true },
      { name: 'unitName', label: 'Đơn vị (ghi tay)', type: 'text', admin: { description: 'Khi đơn vị chưa có trong danh mục.' } },
      {
        type: 'row',
        fields: [
          { name: 'awardType', label: 'Danh hiệu / hình thức', type: 'relationship', relationTo: 'award-types', required: true, index: true, admin: { width: '50%' } },
          { name: 'year', label: 'Năm thành tích', type: 'number', required: true, min: 1945, max: 2199, index: true, admin: { width: '25%' } },
        ],
      },
      // The award type's rank, copied (awards/awardRank.ts) so the roll sorts on one index.
      { name: 'awardRank', label: 'Thứ tự danh hiệu (tự động)', type: 'number', admin: { hidden: true } },
      {
        type: 'row',
        fields: [
          { name: 'decision', label: 'Quyết định', type: 'relationship', relationTo: 'award-decisions', index: true, admin: { width: '75%' } },
          { name: 'lineNumber', label: 'STT trong quyết định', type: 'number', min: 0, admin: { width: '25%' } },
        ],
      },
      { name: 'citation', label: 'Thành tích (trích)', type: 'textarea' },
      {
        name: 'withdrawn',
        label: 'Đã thu hồi',
        type: 'checkbox',
        defaultValue: false,
        index: true,
        admin: { position: 'sidebar', description: 'Khen thưởng bị thu hồi không hiện trên bảng vàng công khai.' },
      },
      {
        name: 'withdrawalDecision',
        label: 'Quyết định thu hồi',
        type: 'relationship',
        relationTo: 'award-decisions',
        admin: { position: 'sidebar', condition: (data) => Boolean(data?.withdrawn) },
        validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
          siblingData?.withdrawn && !value ? 'Chọn quyết định thu hồi.' : true,
      },
      {
        name: 'withdrawalReason',
        label: 'Lý do thu hồi',
        type: 'textarea',
        admin: { position: 'sidebar', condition: (data) => Boolean(data?.withdrawn) },
        validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
          siblingData?.withdrawn && !(typeof value === 'string' && value.trim()) ? 'Ghi lý do thu hồi.' : true,
      },
      {
        name: 'importBatch',
        label: 'Lần nhập',
        type: 'relationship',
        relationTo: 'award-imports',
        index: true,
        admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.importBatch) },
      },
      verificationCodeField,
      {
        name: 'verificationTools',
        type: 'ui',
        label: 'Mã QR và giấy chứng nhận',
        admin: { position: 'sidebar', components: { Field: { path: '/components/AwardVerification#AwardVerification', clientProps: { siteUrl: env().siteUrl } } } },
      },
      sampleField,
      seedKeyField,
    ],
  },
  [...AWARD_SEARCH_SOURCES],
)
