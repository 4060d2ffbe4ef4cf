/** The static pages (Giới thiệu, Liên hệ, the privacy notice...). */
import { queryOne } from './query'
import type { Page } from './types'

export const pageBySlug = (slug: string) => queryOne<Page>('pages', { slug: { equals: slug } }, { depth: 1 })
