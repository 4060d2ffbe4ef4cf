import type { CollectionConfig } from 'payload'

import { anyone, isEditor } from '../access'
import { seedKeyField } from '../fields/seedKey'
import { slugField } from '../fields/slug'

/** Sections of the portal; nested (parent and breadcrumbs come from the nested-docs plugin). */
export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: { singular: 'Chuyên mục', plural: 'Chuyên mục' },
  admin: { useAsTitle: 'name', group: 'Nội dung', defaultColumns: ['name', 'slug', 'parent', 'order'] },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  defaultSort: 'order',
  fields: [
    { name: 'name', label: 'Tên chuyên mục', type: 'text', required: true },
    slugField('name'),
    { name: 'description', label: 'Mô tả', type: 'textarea' },
    { name: 'order', label: 'Thứ tự', type: 'number', defaultValue: 0, admin: { position: 'sidebar' } },
    seedKeyField,
  ],
}
