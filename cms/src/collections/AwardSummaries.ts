import type { CollectionConfig } from 'payload'

import { RECIPIENT_KIND_LABELS } from '@portal/shared'

import { anyone, isEditor } from '../access'
import { seedKeyField } from '../fields/seedKey'

/**
 * Award counts a source publishes without names ("6 tập thể lao động xuất
 * sắc... 105 cá nhân lao động tiên tiến"): a unit's year, as counts per
 * award type. Shown on the honour roll beside the named awards.
 */
export const AwardSummaries: CollectionConfig = {
  slug: 'award-summaries',
  labels: { singular: 'Tổng hợp khen thưởng (số lượng)', plural: 'Tổng hợp khen thưởng (số lượng)' },
  admin: { useAsTitle: 'title', group: 'Khen thưởng', defaultColumns: ['title', 'unit', 'year'] },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  defaultSort: '-year',
  fields: [
    { name: 'title', label: 'Tiêu đề', type: 'text', required: true, admin: { description: 'Ví dụ: Kết quả khen thưởng năm 2018 của Sở LĐ-TBXH tỉnh Kon Tum' } },
    {
      type: 'row',
      fields: [
        { name: 'unit', label: 'Đơn vị', type: 'relationship', relationTo: 'units', required: true, index: true, admin: { width: '60%' } },
        { name: 'year', label: 'Năm thành tích', type: 'number', required: true, min: 1945, max: 2199, index: true, admin: { width: '40%' } },
      ],
    },
    {
      name: 'counts',
      label: 'Số lượng theo danh hiệu',
      type: 'array',
      required: true,
      minRows: 1,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'awardType', label: 'Danh hiệu / hình thức', type: 'relationship', relationTo: 'award-types', required: true, admin: { width: '50%' } },
            {
              name: 'recipientKind',
              label: 'Đối tượng',
              type: 'select',
              required: true,
              options: Object.entries(RECIPIENT_KIND_LABELS).map(([value, label]) => ({ value, label })),
              admin: { width: '25%' },
            },
            { name: 'count', label: 'Số lượng', type: 'number', required: true, min: 1, admin: { width: '25%' } },
          ],
        },
      ],
    },
    { name: 'source', label: 'Nguồn', type: 'text', admin: { description: 'Bài viết hoặc văn bản công bố số liệu.' } },
    seedKeyField,
  ],
}
