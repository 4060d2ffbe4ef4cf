import type { CollectionConfig } from 'payload'

import { anyone, isEditor } from '../access'
import { urlField } from '../fields/url'
import { sampleField } from '../fields/sample'
import { seedKeyField } from '../fields/seedKey'
import { slugField } from '../fields/slug'
import { searchable } from '../workflow/searchable'

/** Agencies and their divisions (cơ quan, đơn vị), hierarchical through the nested-docs plugin. */
export const Units: CollectionConfig = searchable(
  {
    slug: 'units',
    labels: { singular: 'Cơ quan, đơn vị', plural: 'Cơ quan, đơn vị' },
    admin: { useAsTitle: 'name', group: 'Danh mục', defaultColumns: ['name', 'shortName', 'code', 'parent'] },
    access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
    fields: [
      { name: 'name', label: 'Tên cơ quan, đơn vị', type: 'text', required: true },
      slugField('name'),
      {
        type: 'row',
        fields: [
          { name: 'shortName', label: 'Tên viết tắt', type: 'text', admin: { width: '50%', description: 'Ví dụ: Sở LĐ-TB&XH' } },
          { name: 'code', label: 'Ký hiệu cơ quan trong số văn bản', type: 'text', admin: { width: '50%', description: 'Ví dụ: SLĐTBXH, UBND, TTg' } },
        ],
      },
      {
        name: 'kind',
        label: 'Loại',
        type: 'select',
        defaultValue: 'agency',
        options: [
          { value: 'central', label: 'Cơ quan Trung ương' },
          { value: 'provincial', label: 'Cơ quan cấp tỉnh' },
          { value: 'agency', label: 'Sở, ban, ngành' },
          { value: 'division', label: 'Phòng, đơn vị trực thuộc' },
          { value: 'district', label: 'Cấp huyện, xã' },
          { value: 'other', label: 'Khác' },
        ],
      },
      urlField({ name: 'website', label: 'Trang thông tin điện tử' }),
      sampleField,
      seedKeyField,
    ],
  },
  ['name', 'shortName', 'code'],
)
