import type { CollectionConfig } from 'payload'

import { RECIPIENT_KIND_LABELS } from '@portal/shared'

import { isEditor, ofPublishedDecision } from '../access'
import { sampleField } from '../fields/sample'
import { seedKeyField } from '../fields/seedKey'
import { searchable } from '../workflow/searchable'

/** One line of the honour roll: who received which title or commendation, by which decision. */
export const Awards: CollectionConfig = searchable(
  {
    slug: 'awards',
    labels: { singular: 'Khen thưởng (bảng vàng)', plural: 'Bảng vàng khen thưởng' },
    admin: { useAsTitle: 'recipientName', group: 'Khen thưởng', defaultColumns: ['recipientName', 'awardType', 'year', 'unit', 'decision'] },
    access: { read: ofPublishedDecision, create: isEditor, update: isEditor, delete: isEditor },
    defaultSort: '-year',
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
      { name: 'decision', label: 'Quyết định', type: 'relationship', relationTo: 'award-decisions', index: true },
      { name: 'citation', label: 'Thành tích (trích)', type: 'textarea' },
      sampleField,
      seedKeyField,
    ],
  },
  ['recipientName', 'position', 'unitName', 'citation'],
)
