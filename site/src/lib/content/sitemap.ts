/** Every published page with a URL, for /so-do-cong and sitemap.xml: slugs, titles and dates only. */
import { pathFor, type RoutedCollection } from '@portal/shared'
import type { CollectionSlug } from 'payload'

import { query, type QueryOptions } from './query'

export interface SitemapEntry {
  url: string
  title: string
  lastmod?: string | null
}

type Doc = Record<string, any>

interface SitemapSource {
  collection: RoutedCollection & CollectionSlug
  label: string
  /** The fields `title` reads (besides slug and updatedAt). */
  titleFields: string[]
  title: (doc: Doc) => string
  sort: string
}

/** What each collection with pages is called and how its items are titled (also used by rich-text links and cards). */
export const SOURCES: SitemapSource[] = [
  { collection: 'pages', label: 'Giới thiệu', titleFields: ['title'], title: (d) => d.title, sort: 'order' },
  { collection: 'categories', label: 'Chuyên mục', titleFields: ['name'], title: (d) => d.name, sort: 'order' },
  { collection: 'articles', label: 'Tin tức', titleFields: ['title'], title: (d) => d.title, sort: '-updatedAt' },
  { collection: 'documents', label: 'Văn bản', titleFields: ['title', 'abstract'], title: (d) => d.title ?? d.abstract, sort: '-updatedAt' },
  { collection: 'movements', label: 'Phong trào thi đua', titleFields: ['name'], title: (d) => d.name, sort: '-updatedAt' },
  { collection: 'exemplary-models', label: 'Điển hình tiên tiến', titleFields: ['name'], title: (d) => d.name, sort: '-updatedAt' },
  { collection: 'award-decisions', label: 'Quyết định khen thưởng', titleFields: ['number'], title: (d) => `Quyết định số ${d.number}`, sort: '-updatedAt' },
  { collection: 'blocs', label: 'Khối thi đua', titleFields: ['name'], title: (d) => d.name, sort: '-updatedAt' },
  { collection: 'galleries', label: 'Hình ảnh, video', titleFields: ['title'], title: (d) => d.title, sort: '-updatedAt' },
]

const readOnly = (fields: string[]): QueryOptions['select'] => Object.fromEntries(['slug', 'updatedAt', ...fields].map((f) => [f, true]))

export async function sitemapSections(limitPerSection = 5000) {
  return Promise.all(
    SOURCES.map(async ({ collection, label, titleFields, title, sort }) => {
      const { docs } = await query<Doc>(collection, { limit: limitPerSection, depth: 0, sort, select: readOnly(titleFields), joins: false, pagination: false })
      return {
        collection,
        label,
        entries: docs.filter((d) => d.slug).map((d): SitemapEntry => ({ url: pathFor(collection, d.slug), title: title(d), lastmod: d.updatedAt })),
      }
    }),
  )
}
