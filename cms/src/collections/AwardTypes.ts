import type { CollectionConfig } from 'payload'

import { AWARD_KIND_LABELS, AWARD_LEVEL_LABELS, RECIPIENT_KIND_LABELS } from '@portal/shared'

import { anyone, isEditor } from '../access'
import { spreadAwardRank } from '../awards/awardRank'
import { seedKeyField } from '../fields/seedKey'
import { slugField } from '../fields/slug'
import { searchable } from '../workflow/searchable'

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }))

/** Titles and commendation forms (Luật Thi đua, khen thưởng 2022), as reference data editors can extend. */
export const AwardTypes: CollectionConfig = searchable(
  {
    slug: 'award-types',
    labels: { singular: 'Danh hiệu, hình thức khen thưởng', plural: 'Danh hiệu, hình thức khen thưởng' },
    admin: { useAsTitle: 'name', group: 'Danh mục', defaultColumns: ['name', 'kind', 'level', 'recipientKinds'] },
    access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
    defaultSort: 'rank',
    hooks: { afterChange: [spreadAwardRank] },
    fields: [
      { name: 'name', label: 'Tên', type: 'text', required: true, unique: true },
      slugField('name'),
      {
        type: 'row',
        fields: [
          { name: 'kind', label: 'Loại', type: 'select', required: true, options: options(AWARD_KIND_LABELS), admin: { width: '33%' } },
          { name: 'level', label: 'Cấp', type: 'select', required: true, options: options(AWARD_LEVEL_LABELS), index: true, admin: { width: '33%' } },
          {
            name: 'grade',
            label: 'Hạng',
            type: 'select',
            options: ['Nhất', 'Nhì', 'Ba'].map((g) => ({ value: g, label: `Hạng ${g}` })),
            admin: { width: '34%' },
          },
        ],
      },
      { name: 'family', label: 'Nhóm', type: 'text', admin: { description: 'Ví dụ: Huân chương, Bằng khen, Chiến sĩ thi đua' } },
      { name: 'recipientKinds', label: 'Đối tượng', type: 'select', hasMany: true, required: true, options: options(RECIPIENT_KIND_LABELS) },
      { name: 'rank', label: 'Thứ tự', type: 'number', defaultValue: 1000, admin: { description: 'Số nhỏ hơn đứng trước (khen thưởng cao hơn).' } },
      seedKeyField,
    ],
  },
  ['name', 'family'],
)
