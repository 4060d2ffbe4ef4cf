import { nestedDocsPlugin } from '@payloadcms/plugin-nested-docs'
import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Plugin } from 'payload'

import { isEditor } from '../access'
import { objectStoragePlugins } from '../storage/objectStorage'
import { roleVisibility } from './roleVisibility'

const SEO_LABELS: Record<string, string> = {
  overview: 'Tổng quan',
  title: 'Tiêu đề khi chia sẻ, tìm kiếm',
  description: 'Mô tả khi chia sẻ, tìm kiếm',
  image: 'Ảnh khi chia sẻ',
  preview: 'Xem trước kết quả tìm kiếm',
}

export const plugins: Plugin[] = [
  // Sections and agencies are trees; breadcrumbs give the site its paths.
  nestedDocsPlugin({
    collections: ['categories', 'units'],
    generateLabel: (_, doc) => String(doc.name ?? ''),
    generateURL: (docs) => docs.reduce((url, doc) => `${url}/${doc.slug}`, ''),
  }),
  seoPlugin({
    collections: ['articles', 'pages', 'documents', 'movements', 'exemplary-models'],
    uploadsCollection: 'media',
    tabbedUI: false,
    generateTitle: ({ doc }) => String((doc as any)?.title ?? (doc as any)?.name ?? ''),
    generateDescription: ({ doc }) => String((doc as any)?.summary ?? (doc as any)?.abstract ?? ''),
    // The plugin labels its fields in English.
    fields: ({ defaultFields }) => defaultFields.map((field) => ('name' in field && SEO_LABELS[field.name] ? { ...field, label: SEO_LABELS[field.name] } : field)) as typeof defaultFields,
  }),
  // A changed slug keeps its old URL working (the site answers 301).
  redirectsPlugin({
    collections: ['articles', 'pages', 'documents', 'movements', 'exemplary-models', 'galleries', 'blocs', 'award-decisions', 'categories', 'consultations'],
    overrides: {
      labels: { singular: 'Chuyển hướng', plural: 'Chuyển hướng' },
      admin: { group: 'Hệ thống' },
      access: { read: () => true, create: isEditor, update: isEditor, delete: isEditor },
    },
  }),
  // Object storage when S3_BUCKET is set (README "Nhiều máy chủ").
  ...objectStoragePlugins(),
  // Last: it hides collections by role, the plugins' own included.
  roleVisibility,
]
