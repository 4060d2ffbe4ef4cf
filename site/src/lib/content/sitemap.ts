/** Every published page with a URL, for /so-do-cong and sitemap.xml: slugs, titles and dates only. */
import { pathFor, type RoutedCollection } from '@portal/shared'
import type { CollectionSlug } from 'payload'

import { query, type QueryOptions } from './query'

export interface SitemapEntry {
  url: string
  title: string
  lastmod?: string | null
  /** Part of the "Dữ liệu mẫu" sample: labelled on /so-do-cong, left out of sitemap.xml. */
  isSample: boolean
}

type Doc = Record<string, any>

interface SitemapSource {
  collection: RoutedCollection & CollectionSlug
  label: string
  /** The fields `title` reads (besides slug and updatedAt). */
  titleFields: string[]
  title: (doc: Doc) => string
  sort: string
  /** The collection has the sample flag. */
  sample?: true
}

/** What each collection with pages is called and how its items are titled (also used by rich-text links and cards). */
export const SOURCES: SitemapSource[] = [
  { collection: 'pages', label: 'Giới thiệu', titleFields: ['title'], title: (d) => d.title, sort: 'order' },
  { collection: 'categories', label: 'Chuyên mục', titleFields: ['name'], title: (d) => d.name, sort: 'order' },
  { collection: 'articles', sample: true, label: 'Tin tức', titleFields: ['title'], title: (d) => d.title, sort: '-updatedAt' },
  { collection: 'documents', sample: true, label: 'Văn bản', titleFields: ['title', 'abstract'], title: (d) => d.title ?? d.abstract, sort: '-updatedAt' },
  { collection: 'movements', sample: true, label: 'Phong trào thi đua', titleFields: ['name'], title: (d) => d.name, sort: '-updatedAt' },
  { collection: 'exemplary-models', sample: true, label: 'Điển hình tiên tiến', titleFields: ['name'], title: (d) => d.name, sort: '-updatedAt' },
  { collection: 'award-decisions', sample: true, label: 'Quyết định khen thưởng', titleFields: ['number'], title: (d) => `Quyết định số ${d.number}`, sort: '-updatedAt' },
  { collection: 'blocs', label: 'Khối thi đua', titleFields: ['name'], title: (d) => d.name, sort: '-updatedAt' },
  { collection: 'galleries', sample: true, label: 'Hình ảnh, video', titleFields: ['title'], title: (d) => d.title, sort: '-updatedAt' },
  { collection: 'consultations', sample: true, label: 'Lấy ý kiến Nhân dân', titleFields: ['title'], title: (d) => d.title, sort: '-updatedAt' },
]

const readOnly = (fields: string[]): QueryOptions['select'] => Object.fromEntries(['slug', 'updatedAt', ...fields].map((f) => [f, true]))

/** The entries of a section that belong in sitemap.xml: published pages that are not sample data. */
export const indexable = (entries: SitemapEntry[]) => entries.filter((e) => !e.isSample)

export async function sitemapSections(limitPerSection = 5000) {
  return Promise.all(
    SOURCES.map(async ({ collection, label, titleFields, title, sort, sample }) => {
      const fields = sample ? [...titleFields, 'isSample'] : titleFields
      const { docs } = await query<Doc>(collection, { limit: limitPerSection, depth: 0, sort, select: readOnly(fields), joins: false, pagination: false })
      return {
        collection,
        label,
        entries: docs.filter((d) => d.slug).map((d): SitemapEntry => ({ url: pathFor(collection, d.slug), title: title(d), lastmod: d.updatedAt, isSample: Boolean(d.isSample) })),
      }
    }),
  )
}
