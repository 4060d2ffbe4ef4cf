import type { CollectionConfig } from 'payload'

import { addManyField, appendManyToRows, picturesNeedAlt } from '../fields/gallery'
import { sampleField } from '../fields/sample'
import { seedKeyField } from '../fields/seedKey'
import { slugField } from '../fields/slug'
import { withEditorialWorkflow } from '../workflow/editorial'
import { searchable } from '../workflow/searchable'

/** Exemplary models (điển hình tiên tiến) and good-deed examples (gương người tốt, việc tốt). */
export const ExemplaryModels: CollectionConfig = searchable(
  withEditorialWorkflow({
    slug: 'exemplary-models',
    labels: { singular: 'Điển hình tiên tiến', plural: 'Điển hình tiên tiến' },
    admin: { useAsTitle: 'name', group: 'Khen thưởng', defaultColumns: ['name', 'recipientKind', 'unit', 'year', '_status'] },
    defaultSort: '-year',
    hooks: { beforeValidate: [appendManyToRows('addPhotos', 'gallery', 'image')] },
    fields: [
      { name: 'name', label: 'Tên cá nhân / tập thể', type: 'text', required: true },
      slugField('name'),
      {
        type: 'row',
        fields: [
          {
            name: 'recipientKind',
            label: 'Là',
            type: 'select',
            required: true,
            defaultValue: 'individual',
            options: [
              { value: 'individual', label: 'Cá nhân' },
              { value: 'collective', label: 'Tập thể' },
            ],
            admin: { width: '25%' },
          },
          {
            name: 'category',
            label: 'Loại',
            type: 'select',
            defaultValue: 'exemplary',
            options: [
              { value: 'exemplary', label: 'Điển hình tiên tiến' },
              { value: 'good-deed', label: 'Gương người tốt, việc tốt' },
            ],
            admin: { width: '25%' },
          },
          { name: 'year', label: 'Năm', type: 'number', required: true, min: 1945, max: 2199, index: true, admin: { width: '25%' } },
        ],
      },
      { name: 'position', label: 'Chức vụ, công việc', type: 'text' },
      { name: 'unit', label: 'Đơn vị', type: 'relationship', relationTo: 'units', index: true },
      { name: 'summary', label: 'Tóm tắt', type: 'textarea' },
      { name: 'story', label: 'Câu chuyện', type: 'richText' },
      {
        name: 'achievements',
        label: 'Thành tích',
        type: 'array',
        labels: { singular: 'Thành tích', plural: 'Thành tích' },
        fields: [{ name: 'text', label: 'Thành tích', type: 'textarea', required: true }],
      },
      { name: 'cover', label: 'Ảnh đại diện', type: 'upload', relationTo: 'media', filterOptions: { mimeType: { contains: 'image' } } },
      addManyField('addPhotos', 'Thêm nhiều ảnh vào bộ ảnh', true),
      {
        name: 'gallery',
        label: 'Bộ ảnh',
        type: 'array',
        labels: { singular: 'Ảnh', plural: 'Ảnh' },
        validate: picturesNeedAlt('image'),
        fields: [
          { name: 'image', label: 'Ảnh', type: 'upload', relationTo: 'media', required: true, filterOptions: { mimeType: { contains: 'image' } } },
          { name: 'caption', label: 'Chú thích', type: 'text' },
        ],
      },
      { name: 'movement', label: 'Phong trào thi đua', type: 'relationship', relationTo: 'movements', index: true },
      { name: 'awards', label: 'Khen thưởng đã nhận', type: 'relationship', relationTo: 'awards', hasMany: true },
      sampleField,
      seedKeyField,
    ],
  }),
  ['name', 'position', 'summary', 'story', 'achievements'],
)
