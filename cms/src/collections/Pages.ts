import type { CollectionConfig } from 'payload'

import { seedKeyField } from '../fields/seedKey'
import { slugField } from '../fields/slug'
import { withEditorialWorkflow } from '../workflow/editorial'
import { searchable } from '../workflow/searchable'

/** Static pages: Giới thiệu, Cơ cấu tổ chức, Liên hệ, privacy notice, accessibility statement. */
export const Pages: CollectionConfig = searchable(
  withEditorialWorkflow({
    slug: 'pages',
    labels: { singular: 'Trang tĩnh', plural: 'Trang tĩnh' },
    admin: { useAsTitle: 'title', group: 'Nội dung', defaultColumns: ['title', 'slug', '_status', 'updatedAt'] },
    fields: [
      { name: 'title', label: 'Tiêu đề', type: 'text', required: true },
      slugField(),
      { name: 'summary', label: 'Tóm tắt', type: 'textarea' },
      { name: 'body', label: 'Nội dung', type: 'richText' },
      { name: 'order', label: 'Thứ tự trong menu', type: 'number', defaultValue: 0, admin: { position: 'sidebar' } },
      seedKeyField,
    ],
  }),
  ['title', 'summary', 'body'],
)
