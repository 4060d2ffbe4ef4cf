/** The photo and video library (/thu-vien). */
import type { GalleryKind } from '@portal/shared'

import { query, queryOne } from './query'
import type { Gallery } from './types'

export type { GalleryKind }

/** One page of published albums, newest first; `kind` keeps only photo or only video albums. */
export function listGalleries({ kind, page = 1, limit = 12 }: { kind?: GalleryKind | null; page?: number; limit?: number } = {}) {
  return query<Gallery>('galleries', { where: kind ? { kind: { equals: kind } } : undefined, limit, page, sort: '-publishedAt', depth: 1, firstPageWhenPastEnd: true })
}

/** An album with its files, and each video's captions file. */
/** What the page reads of it (its page and its preview alike). */
export const GALLERY_PAGE_READ = { depth: 2 } as const

export const galleryBySlug = (slug: string) => queryOne<Gallery>('galleries', { slug: { equals: slug } }, GALLERY_PAGE_READ)
