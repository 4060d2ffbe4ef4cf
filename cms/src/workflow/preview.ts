import type { CollectionConfig, LivePreviewConfig, PayloadRequest } from 'payload'

import { env } from '../env/index'
import { PREVIEW_PATH, PREVIEWABLE, signPreview, type PreviewableCollection } from './previewToken'

/** The breakpoints of the live preview: phone, tablet, desktop. */
const BREAKPOINTS: LivePreviewConfig['breakpoints'] = [
  { name: 'dien-thoai', label: 'Điện thoại', width: 375, height: 740 },
  { name: 'may-tinh-bang', label: 'Máy tính bảng', width: 768, height: 1024 },
  { name: 'may-tinh', label: 'Máy tính', width: 1366, height: 900 },
]

/** A fresh signed link to the site's page of this document's latest draft. */
export function previewUrl(req: PayloadRequest, collection: PreviewableCollection, id: unknown): string | null {
  if (id == null || id === '') return null
  return `${env().siteUrl}${PREVIEW_PATH}${signPreview(req.payload.secret, { collection, id: String(id) })}`
}

/**
 * "Xem trước" and the live preview of a collection: both open the site's own
 * page of the draft through a signed link (workflow/previewToken.ts).
 */
export function withPreview(config: CollectionConfig): CollectionConfig {
  const collection = config.slug as PreviewableCollection
  return {
    ...config,
    admin: {
      ...config.admin,
      preview: (doc, { req }) => previewUrl(req, collection, doc?.id),
      livePreview: {
        url: ({ data, req }) => previewUrl(req, collection, data?.id) ?? '',
        breakpoints: BREAKPOINTS,
      },
    },
  }
}

/** The collections, with "Xem trước" and the live preview on each kind the site shows as a page. */
export const withPreviews = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => ((PREVIEWABLE as readonly string[]).includes(collection.slug) ? withPreview(collection) : collection))
