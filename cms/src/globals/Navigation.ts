import type { GlobalConfig } from 'payload'

import { anyone, isEditor } from '../access'
import { urlField } from '../fields/url'

const link = [
  { name: 'label', label: 'Nhãn', type: 'text' as const, required: true },
  urlField({ name: 'url', label: 'Đường dẫn', required: true, admin: { description: 'Ví dụ: /thi-dua-khen-thuong hoặc https://...' } }),
]

/** The main menu, two levels deep. */
export const Navigation: GlobalConfig = {
  slug: 'navigation',
  label: 'Menu chính',
  admin: { group: 'Hệ thống' },
  access: { read: anyone, update: isEditor },
  fields: [
    {
      name: 'items',
      label: 'Mục menu',
      type: 'array',
      labels: { singular: 'Mục', plural: 'Mục' },
      fields: [...link, { name: 'children', label: 'Mục con', type: 'array', fields: link }],
    },
  ],
}
