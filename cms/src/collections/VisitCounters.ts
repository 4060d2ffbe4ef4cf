import type { CollectionConfig } from 'payload'

import { isEditor } from '../access'
import { nobody } from '../access/nobody'

/**
 * Visit statistics: one document per counter ("views:day:2026-11-27",
 * "visits:month:2026-11", "views:total", "article-views:12"...). Only
 * src/visits/ writes them, with atomic increments; the public gets the figures
 * through the site's /api/thong-ke, never from this collection.
 */
export const VisitCounters: CollectionConfig = {
  slug: 'visit-counters',
  labels: { singular: 'Bộ đếm truy cập', plural: 'Bộ đếm truy cập' },
  admin: {
    useAsTitle: 'key',
    group: 'Thống kê',
    defaultColumns: ['key', 'count', 'article', 'updatedAt'],
    description: 'Số liệu do hệ thống tự ghi, chỉ để xem. Biểu đồ 90 ngày ở trang tổng quan.',
  },
  access: { read: isEditor, create: nobody, update: nobody, delete: nobody },
  graphQL: false,
  defaultSort: '-count',
  // The "most read" list sorts article counters by count.
  indexes: [{ fields: ['metric', 'count'] }],
  fields: [
    { name: 'key', label: 'Khóa', type: 'text', required: true, unique: true },
    {
      name: 'metric',
      label: 'Đại lượng',
      type: 'select',
      required: true,
      options: [
        { value: 'views', label: 'Lượt xem trang' },
        { value: 'visits', label: 'Lượt truy cập (phiên)' },
        { value: 'article-views', label: 'Lượt xem bài viết' },
      ],
    },
    {
      name: 'period',
      label: 'Kỳ',
      type: 'select',
      required: true,
      options: [
        { value: 'day', label: 'Ngày' },
        { value: 'month', label: 'Tháng' },
        { value: 'year', label: 'Năm' },
        { value: 'total', label: 'Tổng' },
      ],
    },
    { name: 'bucket', label: 'Ngày, tháng, năm', type: 'text', required: true },
    { name: 'article', label: 'Bài viết', type: 'relationship', relationTo: 'articles' },
    { name: 'count', label: 'Số lượt', type: 'number', required: true, defaultValue: 0 },
  ],
}
