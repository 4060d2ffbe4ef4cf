/**
 * The site's only door to content. Every read goes through Payload's Local API
 * as an anonymous reader (overrideAccess: false, no user), so the collections'
 * own access rules decide what is visible, and `_status: published` is added on
 * top for collections with drafts: a draft never reaches a reader, even if an
 * access rule were loosened for the admin. Pages and endpoints import from
 * here, never from payload directly.
 */
import config from '@portal/cms/config'
import type {
  Article,
  Award,
  AwardDecision,
  AwardType,
  Bloc,
  Category,
  Document as LegalDocument,
  DocumentType,
  ExemplaryModel,
  Gallery,
  Movement,
  Navigation,
  Page,
  SiteSetting,
  Unit,
} from '@portal/cms/payload-types'
import { foldVietnamese, pathFor, type RoutedCollection } from '@portal/shared'
import { getPayload, type CollectionSlug, type Where } from 'payload'

export type {
  Article,
  Award,
  AwardDecision,
  AwardType,
  Bloc,
  Category,
  DocumentType,
  ExemplaryModel,
  Gallery,
  LegalDocument,
  Movement,
  Navigation,
  Page,
  SiteSetting,
  Unit,
}

let payloadPromise: ReturnType<typeof getPayload> | null = null

/** The in-process Payload instance (started on first use, shared by all requests). */
export function payload() {
  payloadPromise ??= getPayload({ config })
  return payloadPromise
}

const DRAFTABLE: ReadonlySet<string> = new Set(['articles', 'documents', 'movements', 'exemplary-models', 'galleries', 'pages'])

function publishedOnly(collection: CollectionSlug, where?: Where): Where | undefined {
  if (!DRAFTABLE.has(collection)) return where
  const published: Where = { _status: { equals: 'published' } }
  return where ? { and: [published, where] } : published
}

export interface FindOptions {
  where?: Where
  limit?: number
  page?: number
  sort?: string
  depth?: number
}

export interface PageOf<T> {
  docs: T[]
  totalDocs: number
  page: number
  totalPages: number
  limit: number
}

/** A page of published documents of a collection, as an anonymous reader sees them. */
export async function find<T>(collection: CollectionSlug, { where, limit = 10, page = 1, sort, depth = 1 }: FindOptions = {}): Promise<PageOf<T>> {
  const p = await payload()
  const result = await p.find({
    collection,
    where: publishedOnly(collection, where),
    limit,
    page: Math.max(1, Math.floor(page) || 1),
    sort,
    depth,
    draft: false,
    overrideAccess: false,
  })
  return { docs: result.docs as T[], totalDocs: result.totalDocs, page: result.page ?? 1, totalPages: result.totalPages, limit: result.limit }
}

async function findOne<T>(collection: CollectionSlug, where: Where, depth = 1): Promise<T | null> {
  const { docs } = await find<T>(collection, { where, limit: 1, depth })
  return docs[0] ?? null
}

export const bySlug = <T>(collection: CollectionSlug, slug: string, depth = 1) => findOne<T>(collection, { slug: { equals: slug } }, depth)

/** Globals change rarely and every page shows them: keep them for a few seconds. */
const GLOBAL_TTL_MS = 5_000
const globalCache = new Map<string, { at: number; value: Promise<unknown> }>()

function cachedGlobal<T>(slug: 'site-settings' | 'navigation', depth = 1): Promise<T> {
  const hit = globalCache.get(slug)
  if (hit && Date.now() - hit.at < GLOBAL_TTL_MS) return hit.value as Promise<T>
  const value = payload().then((p) => p.findGlobal({ slug, depth, overrideAccess: false }) as Promise<T>)
  globalCache.set(slug, { at: Date.now(), value })
  value.catch(() => globalCache.delete(slug))
  return value
}

export const siteSettings = () => cachedGlobal<SiteSetting>('site-settings')
export const navigation = () => cachedGlobal<Navigation>('navigation', 0)

/** The id of a relationship value, whether populated or not. */
export function idOf(value: unknown): number | string | null {
  if (value == null) return null
  if (typeof value === 'object') return (value as { id: number | string }).id
  return value as number | string
}

/** Populated relationship values only (drops ids of documents the reader may not see). */
export function populated<T extends object>(values: unknown): T[] {
  return Array.isArray(values) ? values.filter((v): v is T => typeof v === 'object' && v !== null) : typeof values === 'object' && values ? [values as T] : []
}

// ---- Articles and sections ----------------------------------------------------------

export function latestArticles(limit = 10, page = 1, where?: Where) {
  return find<Article>('articles', { limit, page, sort: '-publishedAt', depth: 1, where })
}

export const featuredArticles = (limit = 3) => latestArticles(limit, 1, { featured: { equals: true } })

export const articleBySlug = (slug: string) => bySlug<Article>('articles', slug, 2)

export const categoryBySlug = (slug: string) => bySlug<Category>('categories', slug)

export const allCategories = () => find<Category>('categories', { limit: 100, sort: 'order', depth: 0 })

/** Articles of a section, including its sub-sections. */
export async function articlesInCategory(category: Category, page = 1, limit = 10) {
  const children = await find<Category>('categories', { where: { parent: { equals: category.id } }, limit: 100, depth: 0 })
  const ids = [category.id, ...children.docs.map((c) => c.id)]
  return latestArticles(limit, page, { categories: { in: ids } })
}

// ---- Search ------------------------------------------------------------------------

export const SEARCHABLE = {
  articles: 'Bài viết',
  documents: 'Văn bản',
  movements: 'Phong trào thi đua',
  'exemplary-models': 'Điển hình tiên tiến',
  awards: 'Khen thưởng',
  'award-decisions': 'Quyết định khen thưởng',
  galleries: 'Album ảnh, video',
  pages: 'Trang thông tin',
  blocs: 'Khối thi đua',
} as const satisfies Partial<Record<CollectionSlug, string>>

export type SearchableCollection = keyof typeof SEARCHABLE

export interface SearchHit {
  collection: SearchableCollection
  title: string
  url: string
  excerpt?: string | null
  date?: string | null
  isSample?: boolean | null
}

function hitOf(collection: SearchableCollection, doc: any): SearchHit {
  switch (collection) {
    case 'articles':
      return { collection, title: doc.title, url: pathFor('articles', doc.slug), excerpt: doc.summary, date: doc.publishedAt, isSample: doc.isSample }
    case 'documents':
      return { collection, title: doc.title ?? doc.abstract, url: pathFor('documents', doc.slug), excerpt: doc.abstract, date: doc.issued?.sortDate, isSample: doc.isSample }
    case 'awards': {
      const decision = typeof doc.decision === 'object' && doc.decision ? doc.decision : null
      const type = typeof doc.awardType === 'object' && doc.awardType ? doc.awardType.name : ''
      return {
        collection,
        title: `${doc.recipientName}${type ? ` – ${type}` : ''} (${doc.year})`,
        url: decision ? pathFor('award-decisions', decision.slug) : `/bang-vang?q=${encodeURIComponent(doc.recipientName)}`,
        excerpt: doc.citation,
        isSample: doc.isSample,
      }
    }
    case 'award-decisions':
      return { collection, title: `Quyết định số ${doc.number}`, url: pathFor('award-decisions', doc.slug), excerpt: doc.abstract, date: doc.issuedAt, isSample: doc.isSample }
    case 'movements':
      return { collection, title: doc.name, url: pathFor('movements', doc.slug), excerpt: doc.summary, isSample: doc.isSample }
    case 'exemplary-models':
      return { collection, title: doc.name, url: pathFor('exemplary-models', doc.slug), excerpt: doc.summary, isSample: doc.isSample }
    case 'galleries':
      return { collection, title: doc.title, url: pathFor('galleries', doc.slug), excerpt: doc.description, date: doc.publishedAt, isSample: doc.isSample }
    case 'blocs':
      return { collection, title: doc.name, url: pathFor('blocs', doc.slug), excerpt: doc.description }
    case 'pages':
      return { collection, title: doc.title, url: pathFor('pages', doc.slug), excerpt: doc.summary }
  }
}

/**
 * Search across content by the folded search field: "thi dua" finds "Thi đua".
 * One function for the whole site; a faster index for a large honour roll can
 * replace the awards branch behind this same signature.
 */
export async function search(query: string, { types = Object.keys(SEARCHABLE) as SearchableCollection[], limit = 20 } = {}) {
  const folded = foldVietnamese(query)
  if (folded.length < 2) return { query: folded, groups: [] as Array<{ collection: SearchableCollection; label: string; total: number; hits: SearchHit[] }> }
  const words = folded.split(' ').filter(Boolean).slice(0, 8)
  const where: Where = { and: words.map((word) => ({ search: { like: word } })) }
  const groups = await Promise.all(
    types.map(async (collection) => {
      const result = await find<any>(collection, { where, limit, depth: 1 })
      return { collection, label: SEARCHABLE[collection], total: result.totalDocs, hits: result.docs.map((doc) => hitOf(collection, doc)) }
    }),
  )
  return { query: folded, groups: groups.filter((g) => g.total > 0) }
}

// ---- Redirects (old slugs) ------------------------------------------------------------

/** Where an old URL now lives, from the redirects collection (kept by the CMS when a slug changes). */
export async function redirectFor(path: string): Promise<string | null> {
  const p = await payload()
  const { docs } = await p.find({ collection: 'redirects', where: { from: { equals: path } }, limit: 1, depth: 1, overrideAccess: false })
  const redirect = docs[0] as any
  if (!redirect) return null
  if (redirect.to?.type === 'custom') return redirect.to.url ?? null
  const ref = redirect.to?.reference
  if (ref && typeof ref.value === 'object' && ref.value?.slug) {
    if (DRAFTABLE.has(ref.relationTo) && ref.value._status !== 'published') return null
    return pathFor(ref.relationTo as RoutedCollection, ref.value.slug)
  }
  return null
}
