import type { CollectionConfig } from 'payload'

import { seedKeyField } from '../fields/seedKey'
import { slugField } from '../fields/slug'
import { sampleField } from '../fields/sample'
import { withEditorialWorkflow } from '../workflow/editorial'
import { searchable } from '../workflow/searchable'
import { vietnamDateTime } from '../fields/dates'

/** News articles (tin tức, bài viết) of the "Thi đua - Khen thưởng" column and other sections. */
export const Articles: CollectionConfig = searchable(
  withEditorialWorkflow({
    slug: 'articles',
    labels: { singular: 'Bài viết', plural: 'Bài viết' },
    admin: {
      useAsTitle: 'title',
      group: 'Nội dung',
      defaultColumns: ['title', 'categories', 'publishedAt', '_status', 'featured'],
    },
    defaultSort: '-publishedAt',
    fields: [
      { name: 'title', label: 'Tiêu đề', type: 'text', required: true },
      slugField(),
      {
        name: 'summary',
        label: 'Sapo (tóm tắt)',
        type: 'textarea',
        admin: { description: 'Đoạn mở đầu in đậm, hiển thị ở danh sách và đầu bài.' },
      },
      { name: 'body', label: 'Nội dung', type: 'richText' },
      { name: 'cover', label: 'Ảnh đại diện', type: 'upload', relationTo: 'media', filterOptions: { mimeType: { contains: 'image' } } },
      {
        type: 'row',
        fields: [
          { name: 'byline', label: 'Tác giả (bút danh)', type: 'text', admin: { width: '50%', description: 'Ví dụ: Lê Xuân Hà' } },
          {
            name: 'signature',
            label: 'Chữ ký cuối bài',
            type: 'text',
            admin: { width: '50%', description: 'Ví dụ: Ban biên tập Cổng TTĐT Sở' },
          },
        ],
      },
      {
        name: 'source',
        label: 'Nguồn',
        type: 'text',
        admin: { description: 'Cơ quan đăng tải gốc, khi bài được đăng lại từ nơi khác.' },
      },
      vietnamDateTime({
        name: 'publishedAt',
        label: 'Ngày đăng',
        index: true,
        required: true,
        defaultValue: () => new Date().toISOString(),
        admin: { position: 'sidebar' },
      }),
      { name: 'categories', label: 'Chuyên mục', type: 'relationship', relationTo: 'categories', hasMany: true, admin: { position: 'sidebar' } },
      { name: 'featured', label: 'Tin nổi bật', type: 'checkbox', defaultValue: false, index: true, admin: { position: 'sidebar' } },
      {
        type: 'collapsible',
        label: 'Liên quan',
        fields: [
          { name: 'relatedDocuments', label: 'Văn bản liên quan', type: 'relationship', relationTo: 'documents', hasMany: true },
          { name: 'relatedMovements', label: 'Phong trào thi đua liên quan', type: 'relationship', relationTo: 'movements', hasMany: true },
          { name: 'relatedModels', label: 'Điển hình tiên tiến liên quan', type: 'relationship', relationTo: 'exemplary-models', hasMany: true },
          { name: 'relatedBlocs', label: 'Khối thi đua liên quan', type: 'relationship', relationTo: 'blocs', hasMany: true },
        ],
      },
      sampleField,
      seedKeyField,
    ],
  }),
  ['title', 'summary', 'body', 'byline', 'source'],
)
