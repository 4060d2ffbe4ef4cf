import type { CollectionConfig } from 'payload'

import { anyone, isEditor } from '../access'
import { seedKeyField } from '../fields/seedKey'
import { slugField } from '../fields/slug'

/** Reference list of document types (Kế hoạch KH, Quyết định QĐ, ...); editors extend it. */
export const DocumentTypes: CollectionConfig = {
  slug: 'document-types',
  labels: { singular: 'Loại văn bản', plural: 'Loại văn bản' },
  admin: { useAsTitle: 'name', group: 'Danh mục', defaultColumns: ['name', 'code', 'order'] },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  defaultSort: 'order',
  fields: [
    { name: 'name', label: 'Tên loại', type: 'text', required: true, unique: true },
    slugField('name'),
    {
      name: 'code',
      label: 'Ký hiệu viết tắt',
      type: 'text',
      admin: { description: 'Phần chữ viết tắt trong số, ký hiệu: KH, QĐ, NQ, CT... Để trống nếu không có (Công văn, Luật).' },
    },
    { name: 'order', label: 'Thứ tự', type: 'number', defaultValue: 0 },
    seedKeyField,
  ],
}
