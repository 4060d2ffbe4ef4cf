/** The static pages (Giới thiệu, Liên hệ, the privacy notice...). */
import { queryOne } from './query'
import type { Page } from './types'

/** What the page reads of it (its page and its preview alike). */
export const STATIC_PAGE_READ = { depth: 1 } as const

export const pageBySlug = (slug: string) => queryOne<Page>('pages', { slug: { equals: slug } }, STATIC_PAGE_READ)
