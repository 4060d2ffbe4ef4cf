import type { CollectionConfig } from 'payload'

import { isEditor, nobody } from '../access'
import { voterFields } from '../fields/voter'

/**
 * Đánh giá bài viết: one record per reader per article (unique voterKey),
 * updated in place when the reader changes their score. Readers see only the
 * figures the site computes; editors may read and remove ratings.
 */
export const ArticleRatings: CollectionConfig = {
  slug: 'article-ratings',
  labels: { singular: 'Đánh giá bài viết', plural: 'Đánh giá bài viết' },
  admin: {
    group: 'Tương tác',
    defaultColumns: ['article', 'score', 'audience', 'updatedAt'],
    description: 'Mỗi người đọc một đánh giá cho mỗi bài (đổi được). Có thể xóa đánh giá bất thường.',
  },
  access: { read: isEditor, create: nobody, update: nobody, delete: isEditor },
  // The figures are counts of (article, audience, score): one index answers all of them.
  indexes: [{ fields: ['article', 'audience', 'score'] }],
  fields: [
    {
      name: 'article',
      label: 'Bài viết',
      type: 'relationship',
      relationTo: 'articles',
      index: true,
      admin: { readOnly: true },
      // Required here rather than in the database: a NOT NULL column would make deleting a rated article fail.
      // The ratings of a deleted article lose their link and are removed by the retention purge.
      validate: (value: unknown) => value != null || 'Đánh giá phải gắn với một bài viết.',
    },
    {
      name: 'score',
      label: 'Số sao',
      type: 'number',
      required: true,
      min: 1,
      max: 5,
      validate: (value: number | null | undefined) => (Number.isInteger(value) && value! >= 1 && value! <= 5) || 'Số sao phải là số nguyên từ 1 đến 5.',
      admin: { readOnly: true },
    },
    ...voterFields,
  ],
}
