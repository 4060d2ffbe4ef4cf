import type { CollectionConfig } from 'payload'

import { addManyField, appendManyToRows, picturesNeedAlt } from '../fields/gallery'
import { sampleField } from '../fields/sample'
import { seedKeyField } from '../fields/seedKey'
import { slugField } from '../fields/slug'
import { withEditorialWorkflow } from '../workflow/editorial'
import { searchable } from '../workflow/searchable'
import { DAY_PICKER } from '../fields/dates'

/** Photo and video albums: "Hình ảnh hoạt động", "Video". */
export const Galleries: CollectionConfig = searchable(
  withEditorialWorkflow({
    slug: 'galleries',
    labels: { singular: 'Album ảnh, video', plural: 'Album ảnh, video' },
    admin: { useAsTitle: 'title', group: 'Nội dung', defaultColumns: ['title', 'kind', 'publishedAt', '_status'] },
    defaultSort: '-publishedAt',
    hooks: { beforeValidate: [appendManyToRows('addItems', 'items', 'media')] },
    fields: [
      { name: 'title', label: 'Tên album', type: 'text', required: true },
      slugField(),
      {
        name: 'kind',
        label: 'Loại',
        type: 'select',
        required: true,
        defaultValue: 'photo',
        index: true,
        options: [
          { value: 'photo', label: 'Hình ảnh hoạt động' },
          { value: 'video', label: 'Video' },
        ],
      },
      { name: 'description', label: 'Mô tả', type: 'textarea' },
      {
        name: 'publishedAt',
        label: 'Ngày đăng',
        type: 'date',
        required: true,
        index: true,
        defaultValue: () => new Date().toISOString(),
        admin: { position: 'sidebar', date: DAY_PICKER },
      },
      addManyField('addItems', 'Thêm nhiều ảnh, video cùng lúc', false),
      {
        name: 'items',
        label: 'Ảnh / video',
        type: 'array',
        labels: { singular: 'Mục', plural: 'Các mục' },
        minRows: 1,
        validate: picturesNeedAlt('media'),
        fields: [
          { name: 'media', label: 'Tệp', type: 'upload', relationTo: 'media', required: true },
          { name: 'caption', label: 'Chú thích', type: 'text' },
        ],
      },
      sampleField,
      seedKeyField,
    ],
  }),
  ['title', 'description', (doc) => (doc.items ?? []).map((i: any) => i?.caption)],
)
