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

import { cachedRead } from './readCache'

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
  /** Only these fields: lists should ask for what they show (rich text bodies are costly to read). */
  select?: Record<string, true>
  /** Fields of related documents to populate, by collection. */
  populate?: Record<string, Record<string, true>>
}

export interface PageOf<T> {
  docs: T[]
  totalDocs: number
  page: number
  totalPages: number
  limit: number
}

/** A page of published documents of a collection, as an anonymous reader sees them. */
export async function find<T>(collection: CollectionSlug, { where, limit = 10, page = 1, sort, depth = 1, select, populate }: FindOptions = {}): Promise<PageOf<T>> {
  const args = { collection, where: publishedOnly(collection, where), limit, page: Math.max(1, Math.floor(page) || 1), sort, depth, select, populate }
  return cachedRead(`find:${JSON.stringify(args)}`, async () => {
    const p = await payload()
    const result = await p.find({ ...args, draft: false, overrideAccess: false })
    return { docs: result.docs as T[], totalDocs: result.totalDocs, page: result.page ?? 1, totalPages: result.totalPages, limit: result.limit }
  })
}

async function findOne<T>(collection: CollectionSlug, where: Where, depth = 1): Promise<T | null> {
  const { docs } = await find<T>(collection, { where, limit: 1, depth })
  return docs[0] ?? null
}

export const bySlug = <T>(collection: CollectionSlug, slug: string, depth = 1) => findOne<T>(collection, { slug: { equals: slug } }, depth)

/** Globals change rarely and every page shows them. */
function cachedGlobal<T>(slug: 'site-settings' | 'navigation', depth = 1): Promise<T> {
  return cachedRead(`global:${slug}:${depth}`, async () => (await payload()).findGlobal({ slug, depth, overrideAccess: false }) as Promise<T>)
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

/** What a picture needs of a media record. */
export const MEDIA_FIELDS = { filename: true, alt: true, width: true, height: true, sizes: true, mimeType: true, isSample: true } as const

/** What lists of articles show (no body: reading rich text is most of a full read's cost). */
const ARTICLE_SUMMARY = { title: true, slug: true, summary: true, publishedAt: true, cover: true, byline: true, isSample: true, categories: true } as const

export function latestArticles(limit = 10, page = 1, where?: Where) {
  return find<Article>('articles', { limit, page, sort: '-publishedAt', depth: 1, where, select: ARTICLE_SUMMARY, populate: { media: MEDIA_FIELDS, categories: { name: true, slug: true } } })
}

export const featuredArticles = (limit = 3) => latestArticles(limit, 1, { featured: { equals: true } })

/** One article with what its page shows of related documents (titles and links, not their bodies). */
export async function articleBySlug(slug: string) {
  const { docs } = await find<Article>('articles', {
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    populate: {
      media: MEDIA_FIELDS,
      categories: { name: true, slug: true },
      documents: { title: true, abstract: true, slug: true, _status: true },
      movements: { name: true, slug: true, _status: true },
      'exemplary-models': { name: true, slug: true, _status: true },
      blocs: { name: true, slug: true },
    },
  })
  return docs[0] ?? null
}

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

// ---- Sitemap and feeds ----------------------------------------------------------------

export interface SitemapEntry {
  url: string
  title: string
  lastmod?: string | null
}

const SITEMAP_SOURCES: Array<{ collection: RoutedCollection & CollectionSlug; label: string; title: (doc: any) => string }> = [
  { collection: 'pages', label: 'Giới thiệu', title: (d) => d.title },
  { collection: 'categories', label: 'Chuyên mục', title: (d) => d.name },
  { collection: 'articles', label: 'Tin tức', title: (d) => d.title },
  { collection: 'documents', label: 'Văn bản', title: (d) => d.title ?? d.abstract },
  { collection: 'movements', label: 'Phong trào thi đua', title: (d) => d.name },
  { collection: 'exemplary-models', label: 'Điển hình tiên tiến', title: (d) => d.name },
  { collection: 'award-decisions', label: 'Quyết định khen thưởng', title: (d) => `Quyết định số ${d.number}` },
  { collection: 'blocs', label: 'Khối thi đua', title: (d) => d.name },
  { collection: 'galleries', label: 'Hình ảnh, video', title: (d) => d.title },
]

/** Every published page with a URL, grouped by section, for the sitemap page and sitemap.xml. */
export async function sitemapSections(limitPerSection = 5000) {
  return Promise.all(
    SITEMAP_SOURCES.map(async ({ collection, label, title }) => {
      const { docs } = await find<any>(collection, { limit: limitPerSection, depth: 0, sort: collection === 'categories' || collection === 'pages' ? 'order' : '-updatedAt' })
      return {
        collection,
        label,
        entries: docs.filter((d) => d.slug).map((d): SitemapEntry => ({ url: pathFor(collection, d.slug), title: title(d), lastmod: d.updatedAt })),
      }
    }),
  )
}

/** Latest articles of a section for its RSS feed ('tin-tuc' for all news). */
export async function feedArticles(section: string, limit = 30) {
  if (section === 'tin-tuc') return { title: 'Tin tức', articles: (await latestArticles(limit)).docs }
  const category = await categoryBySlug(section)
  if (!category) return null
  return { title: category.name, articles: (await articlesInCategory(category, 1, limit)).docs }
}

// ==== Văn bản, phong trào thi đua, khối thi đua (pages: /van-ban, /phong-trao-thi-dua, /khoi-thi-dua) ====
// Imports of this section are kept here, with it, so sections can be added without touching the file's top.
import { DOCUMENT_FIELDS, VALIDITY } from '@portal/cms/collections/Documents'
import { slugify } from '@portal/shared'

/** A select option of the library's filter form: the stored value, its label, and its unaccented URL value. */
export interface FilterOption {
  value: string
  label: string
  param: string
}

const asFilterOptions = (options: ReadonlyArray<{ value: string; label: string }>): FilterOption[] =>
  options.map(({ value, label }) => ({ value, label, param: slugify(label) }))

/** Lĩnh vực and Tình trạng hiệu lực, from the CMS's own option lists (?linh-vuc=thi-dua-khen-thuong, ?hieu-luc=con-hieu-luc). */
export const DOCUMENT_FIELD_OPTIONS = asFilterOptions(DOCUMENT_FIELDS)
export const VALIDITY_OPTIONS = asFilterOptions(VALIDITY)

export const documentFieldLabel = (value: string | null | undefined) => DOCUMENT_FIELD_OPTIONS.find((o) => o.value === value)?.label ?? null
export const validityLabel = (value: string | null | undefined) => VALIDITY_OPTIONS.find((o) => o.value === value)?.label ?? null

/** An option by its URL value (or its stored value): null for anything else. */
const optionFor = (options: FilterOption[], raw: string) => (raw ? (options.find((o) => o.param === raw || o.value === raw) ?? null) : null)

type Id = number | string

/** Distinct values of a field over published documents (years, issuers), without loading the documents. */
async function distinctDocumentValues(field: 'issuer' | 'issued.year'): Promise<unknown[]> {
  const p = await payload()
  const where = publishedOnly('documents')
  try {
    const result = await p.findDistinct({ collection: 'documents', field, where, overrideAccess: false, depth: 0, limit: 1000 })
    return (result.values as Array<Record<string, unknown>>).map((row) => row[field])
  } catch {
    // An adapter without distinct support: read the one field of every published document instead.
    const result = await p.find({ collection: 'documents', where, depth: 0, limit: 5000, pagination: false, draft: false, overrideAccess: false })
    return result.docs.map((doc: any) => (field === 'issuer' ? doc.issuer : doc.issued?.year))
  }
}

/** What the library's filter form offers: every document type, the issuers and years that have published documents. */
export async function documentFilterOptions() {
  const [types, issuerIds, years] = await Promise.all([
    find<DocumentType>('document-types', { limit: 200, sort: 'order', depth: 0 }),
    distinctDocumentValues('issuer'),
    distinctDocumentValues('issued.year'),
  ])
  const ids = [...new Set(issuerIds.map(idOf).filter((id): id is Id => id != null))]
  const issuers = ids.length ? (await find<Unit>('units', { where: { id: { in: ids } }, limit: ids.length, sort: 'name', depth: 0 })).docs : []
  const yearList = [...new Set(years.filter((y): y is number => typeof y === 'number'))].sort((a, b) => b - a)
  return { types: types.docs, issuers, years: yearList, fields: DOCUMENT_FIELD_OPTIONS, validity: VALIDITY_OPTIONS }
}

/** The library's query as read from the URL: raw strings, checked here against what exists. */
export interface DocumentLibraryQuery {
  /** Document type slug (?loai=ke-hoach). */
  type?: string
  /** Issuer slug (?co-quan=...). */
  issuer?: string
  /** Year of issue, already validated (?nam=2022). */
  year?: number | null
  /** Lĩnh vực (?linh-vuc=thi-dua-khen-thuong). */
  field?: string
  /** Tình trạng hiệu lực (?hieu-luc=con-hieu-luc). */
  validity?: string
  /** Number or words (?q=443/KH, ?q=thi dua). */
  q?: string
  page?: number
  limit?: number
}

export type DocumentFilterOptions = Awaited<ReturnType<typeof documentFilterOptions>>

export interface AppliedDocumentFilters {
  type: DocumentType | null
  issuer: Unit | null
  year: number | null
  field: FilterOption | null
  validity: FilterOption | null
  q: string
}

/**
 * One page of the documents library, newest first. Unknown filter values are
 * dropped (and named in `ignored`), never an error: a bad link still shows the list.
 */
export async function documentLibrary(query: DocumentLibraryQuery) {
  const options = await documentFilterOptions()
  const ignored: string[] = []
  const pick = <T>(raw: string | undefined, found: T | null | undefined, name: string): T | null => {
    if (!raw) return null
    if (found == null) ignored.push(name)
    return found ?? null
  }
  const applied: AppliedDocumentFilters = {
    type: pick(query.type, options.types.find((t) => t.slug === query.type), 'loại văn bản'),
    issuer: pick(query.issuer, options.issuers.find((u) => u.slug === query.issuer), 'cơ quan ban hành'),
    year: query.year ?? null,
    field: pick(query.field, optionFor(options.fields, query.field ?? ''), 'lĩnh vực'),
    validity: pick(query.validity, optionFor(options.validity, query.validity ?? ''), 'tình trạng hiệu lực'),
    q: (query.q ?? '').trim(),
  }
  // LIKE wildcards typed by a reader are not wildcards here: "%" must not match everything.
  const words = foldVietnamese(applied.q.replace(/[%_\\]/g, ' ')).split(' ').filter(Boolean).slice(0, 8)
  const conditions: Where[] = [
    ...(applied.type ? [{ documentType: { equals: applied.type.id } }] : []),
    ...(applied.issuer ? [{ issuer: { equals: applied.issuer.id } }] : []),
    ...(applied.year ? [{ 'issued.year': { equals: applied.year } }] : []),
    ...(applied.field ? [{ field: { equals: applied.field.value } }] : []),
    ...(applied.validity ? [{ validity: { equals: applied.validity.value } }] : []),
    ...words.map((word): Where => ({ search: { like: word } })),
  ]
  const where: Where | undefined = conditions.length ? { and: conditions } : undefined
  const limit = query.limit ?? 10
  let result = await find<LegalDocument>('documents', { where, limit, page: query.page ?? 1, sort: '-issued.sortDate', depth: 1 })
  // A page past the end (an old link, ?trang=999) shows the first page rather than nothing.
  if (result.docs.length === 0 && result.page > 1) result = await find<LegalDocument>('documents', { where, limit, page: 1, sort: '-issued.sortDate', depth: 1 })
  const filtered = Boolean(applied.type || applied.issuer || applied.year || applied.field || applied.validity || applied.q)
  return { options, applied, ignored, filtered, result }
}

export const documentBySlug = (slug: string) => bySlug<LegalDocument>('documents', slug, 1)

const RELATED_LIMIT = 100

/** Published documents by id, in the order given (ids of drafts or deleted documents are dropped). */
async function publishedDocuments(ids: Id[]): Promise<LegalDocument[]> {
  const unique = [...new Set(ids.map(String))]
  if (unique.length === 0) return []
  const { docs } = await find<LegalDocument>('documents', { where: { id: { in: unique } }, limit: unique.length, depth: 0 })
  const byId = new Map(docs.map((d) => [String(d.id), d]))
  return unique.map((id) => byId.get(id)).filter((d): d is LegalDocument => Boolean(d))
}

const relatedDocuments = (where: Where) => find<LegalDocument>('documents', { where, limit: RELATED_LIMIT, sort: '-issued.sortDate', depth: 0 }).then((r) => r.docs)

/**
 * The links of a document in the library, both ways: its legal basis (library
 * documents or plain citations), what it amends and replaces, and the published
 * documents that cite, amend or replace it.
 */
export async function documentRelations(doc: LegalDocument) {
  const basisRows = doc.legalBasis ?? []
  const ids = (values: unknown[] | null | undefined) => (values ?? []).map(idOf).filter((id): id is Id => id != null)
  const [linked, amends, replaces, citedBy, amendedBy, replacedBy] = await Promise.all([
    publishedDocuments(ids(basisRows.map((row) => row.document))),
    publishedDocuments(ids(doc.amends)),
    publishedDocuments(ids(doc.replaces)),
    relatedDocuments({ 'legalBasis.document': { equals: doc.id } }),
    relatedDocuments({ amends: { in: [doc.id] } }),
    relatedDocuments({ replaces: { in: [doc.id] } }),
  ])
  const byId = new Map(linked.map((d) => [String(d.id), d]))
  const basis = basisRows
    .map((row) => ({ document: byId.get(String(idOf(row.document))) ?? null, citation: row.citation?.trim() || null }))
    .filter((row) => row.document || row.citation)
  return { basis, amends, replaces, citedBy, amendedBy, replacedBy }
}

export const allMovements = (page = 1, limit = 10) => find<Movement>('movements', { limit, page, sort: '-periodStart', depth: 1 })

export const movementBySlug = (slug: string) => bySlug<Movement>('movements', slug, 1)

/** What points at a movement, each through its own published-only query (not the join fields). */
export async function movementRelations(movement: Movement) {
  const where: Where = { movement: { equals: movement.id } }
  const [plans, models, decisions] = await Promise.all([
    find<LegalDocument>('documents', { where, limit: RELATED_LIMIT, sort: '-issued.sortDate', depth: 1 }),
    find<ExemplaryModel>('exemplary-models', { where, limit: RELATED_LIMIT, sort: '-year', depth: 1 }),
    find<AwardDecision>('award-decisions', { where, limit: RELATED_LIMIT, sort: '-issuedAt', depth: 0 }),
  ])
  return { plans: plans.docs, models: models.docs, decisions: decisions.docs }
}

export const allBlocs = (page = 1, limit = 20) => find<Bloc>('blocs', { limit, page, sort: 'name', depth: 1 })

export const blocBySlug = (slug: string) => bySlug<Bloc>('blocs', slug, 1)

// ==== Điển hình tiên tiến, thư viện ảnh – video, bảng vàng (pages: /dien-hinh-tien-tien, /thu-vien, /bang-vang) ====
// Imports of this section are kept here, with it, so sections can be added without touching the file's top.
import { AWARD_LEVEL_LABELS, type AwardLevel, type RecipientKind } from '@portal/shared'

type GalleryId = number | string

interface GalleryQueryOptions {
  where?: Where
  limit?: number
  page?: number
  sort?: string | string[]
  depth?: number
  select?: Record<string, true>
  populate?: Record<string, Record<string, true>>
  joins?: false
  pagination?: boolean
}

/** Like `find`, with what these pages need on top: several sort keys, select/populate to read only a few fields, no joins. */
async function findFor<T>(collection: CollectionSlug, options: GalleryQueryOptions): Promise<PageOf<T>> {
  const { where, limit = 10, page = 1, sort, depth = 1, select, populate, joins, pagination = true } = options
  const p = await payload()
  const result = await p.find({
    collection,
    where: publishedOnly(collection, where),
    limit,
    page: Math.max(1, Math.floor(page) || 1),
    sort,
    depth,
    ...(select ? { select } : {}),
    ...(populate ? { populate } : {}),
    ...(joins === false ? { joins: false } : {}),
    pagination,
    draft: false,
    overrideAccess: false,
  } as Parameters<typeof p.find>[0])
  return { docs: result.docs as T[], totalDocs: result.totalDocs, page: result.page ?? 1, totalPages: result.totalPages, limit: result.limit }
}

/** A page past the end (an old link, ?trang=999) shows the first page rather than nothing. */
async function firstPageIfPastEnd<T>(load: (page: number) => Promise<PageOf<T>>, page: number): Promise<PageOf<T>> {
  const result = await load(page)
  return result.docs.length === 0 && page > 1 ? load(1) : result
}

const uniqueIds = (values: unknown[]): GalleryId[] => [...new Set(values.map(idOf).filter((id): id is GalleryId => id != null).map(String))].map((id) => (/^\d+$/.test(id) ? Number(id) : id))

const byVietnameseName = <T extends { name: string }>(list: T[]) => [...list].sort((a, b) => a.name.localeCompare(b.name, 'vi'))

// -- Điển hình tiên tiến --

export interface ExemplaryModelFilters {
  year?: number | null
  unitId?: GalleryId | null
  movementId?: GalleryId | null
  page?: number
  limit?: number
}

/** What the models gallery can be filtered by: the years, units and movements of published models. */
export async function exemplaryModelFilterOptions() {
  const all = await findFor<Pick<ExemplaryModel, 'id' | 'year' | 'unit' | 'movement'>>('exemplary-models', {
    select: { year: true, unit: true, movement: true },
    depth: 0,
    limit: 0,
    pagination: false,
  })
  const years = [...new Set(all.docs.map((m) => m.year).filter((y): y is number => typeof y === 'number'))].sort((a, b) => b - a)
  const unitIds = uniqueIds(all.docs.map((m) => m.unit))
  const movementIds = uniqueIds(all.docs.map((m) => m.movement))
  const [units, movements] = await Promise.all([
    unitIds.length ? find<Unit>('units', { where: { id: { in: unitIds } }, limit: unitIds.length, depth: 0 }) : null,
    movementIds.length ? find<Movement>('movements', { where: { id: { in: movementIds } }, limit: movementIds.length, depth: 0 }) : null,
  ])
  return { years, units: byVietnameseName(units?.docs ?? []), movements: byVietnameseName(movements?.docs ?? []) }
}

/** One page of published exemplary models, newest year first. */
export function listExemplaryModels({ year, unitId, movementId, page = 1, limit = 12 }: ExemplaryModelFilters = {}) {
  const conditions: Where[] = [
    ...(year ? [{ year: { equals: year } }] : []),
    ...(unitId != null ? [{ unit: { equals: unitId } }] : []),
    ...(movementId != null ? [{ movement: { equals: movementId } }] : []),
  ]
  const where: Where | undefined = conditions.length ? { and: conditions } : undefined
  return firstPageIfPastEnd(
    (n) =>
      findFor<ExemplaryModel>('exemplary-models', {
        where,
        limit,
        page: n,
        sort: ['-year', 'name'],
        depth: 1,
        populate: { units: { name: true, slug: true }, movements: { name: true, slug: true }, awards: { recipientName: true } },
      }),
    page,
  )
}

/** A model with its unit, movement, photos and awards (each with its type and decision). */
export const exemplaryModelBySlug = (slug: string) => bySlug<ExemplaryModel>('exemplary-models', slug, 2)

// -- Thư viện ảnh, video --

export type GalleryKind = Gallery['kind']

/** One page of published albums, newest first; `kind` keeps only photo or only video albums. */
export function listGalleries({ kind, page = 1, limit = 12 }: { kind?: GalleryKind | null; page?: number; limit?: number } = {}) {
  const where: Where | undefined = kind ? { kind: { equals: kind } } : undefined
  return firstPageIfPastEnd((n) => find<Gallery>('galleries', { where, limit, page: n, sort: '-publishedAt', depth: 1 }), page)
}

/** An album with its files, and each video's captions file. */
export const galleryBySlug = (slug: string) => bySlug<Gallery>('galleries', slug, 2)

// -- Bảng vàng khen thưởng --

export const AWARD_LEVELS = Object.keys(AWARD_LEVEL_LABELS) as AwardLevel[]

export const isAwardLevel = (value: unknown): value is AwardLevel => typeof value === 'string' && (AWARD_LEVELS as string[]).includes(value)

/**
 * One line of the honour roll, flat: what the table shows and nothing more, so
 * that `listAwards` can later be answered by a faster index instead of the CMS.
 */
export interface HonourRollEntry {
  id: GalleryId
  recipientName: string
  recipientKind: RecipientKind
  position: string | null
  unitName: string | null
  awardType: { id: GalleryId; name: string; level: AwardLevel | null } | null
  year: number
  decision: { number: string; slug: string; issuedAt: string } | null
  citation: string | null
  isSample: boolean
}

export interface AwardQuery {
  year?: number | null
  awardTypeId?: GalleryId | null
  level?: AwardLevel | null
  unitId?: GalleryId | null
  /** Name (or other words) without diacritics: "le thi minh hoa" finds "Lê Thị Minh Họa". */
  q?: string | null
  /** Only the awards of one decision (the decision's page). */
  decisionId?: GalleryId | null
  page?: number
  limit?: number
}

function honourRollEntry(award: Award): HonourRollEntry {
  const type = typeof award.awardType === 'object' && award.awardType ? award.awardType : null
  const unit = typeof award.unit === 'object' && award.unit ? award.unit : null
  const decision = typeof award.decision === 'object' && award.decision ? award.decision : null
  return {
    id: award.id,
    recipientName: award.recipientName,
    recipientKind: award.recipientKind,
    position: award.position?.trim() || null,
    unitName: unit?.name ?? (award.unitName?.trim() || null),
    awardType: type ? { id: type.id, name: type.name, level: type.level ?? null } : null,
    year: award.year,
    decision: decision?.slug ? { number: decision.number, slug: decision.slug, issuedAt: decision.issuedAt } : null,
    citation: award.citation ?? null,
    isSample: Boolean(award.isSample),
  }
}

/** Award types, highest honour first (the filter's choices, and the level lookup). */
export const awardTypeOptions = () => find<AwardType>('award-types', { limit: 500, sort: 'rank', depth: 0 }).then((r) => r.docs)

/** Units a reader can filter the honour roll by, in Vietnamese alphabetical order. */
export const unitOptions = () => find<Unit>('units', { limit: 1000, depth: 0 }).then((r) => byVietnameseName(r.docs))

/** The years of the honour roll, newest first, from its first to its last year (two indexed reads). */
export async function awardYears(): Promise<number[]> {
  const edge = (sort: string) => findFor<Pick<Award, 'year'>>('awards', { sort, limit: 1, depth: 0, select: { year: true } }).then((r) => r.docs[0]?.year)
  const [first, last] = await Promise.all([edge('year'), edge('-year')])
  if (typeof first !== 'number' || typeof last !== 'number') return []
  const from = Math.max(first, last - 99)
  return Array.from({ length: last - from + 1 }, (_, i) => last - i)
}

/**
 * One page of the honour roll: newest year first, then highest honour, then by
 * name. Every filter is optional; callers pass only values they have checked.
 * The one function behind /bang-vang and the decision pages: a faster index
 * can replace the body without the pages noticing.
 */
export async function listAwards({ year, awardTypeId, level, unitId, q, decisionId, page = 1, limit = 20 }: AwardQuery = {}): Promise<PageOf<HonourRollEntry>> {
  const conditions: Where[] = []
  if (year) conditions.push({ year: { equals: year } })
  if (awardTypeId != null) conditions.push({ awardType: { equals: awardTypeId } })
  if (level) {
    const ids = (await awardTypeOptions()).filter((t) => t.level === level).map((t) => t.id)
    if (ids.length === 0) return { docs: [], totalDocs: 0, page: 1, totalPages: 0, limit }
    conditions.push({ awardType: { in: ids } })
  }
  if (unitId != null) conditions.push({ unit: { equals: unitId } })
  if (decisionId != null) conditions.push({ decision: { equals: decisionId } })
  for (const word of foldVietnamese(q ?? '').split(' ').filter(Boolean).slice(0, 8)) conditions.push({ search: { like: word } })
  const where: Where | undefined = conditions.length ? { and: conditions } : undefined
  const result = await firstPageIfPastEnd(
    (n) =>
      findFor<Award>('awards', {
        where,
        limit,
        page: n,
        sort: ['-year', 'awardType.rank', 'recipientName'],
        depth: 1,
        populate: {
          'award-types': { name: true, level: true, rank: true },
          units: { name: true },
          'award-decisions': { number: true, slug: true, issuedAt: true },
        },
      }),
    page,
  )
  return { ...result, docs: result.docs.map(honourRollEntry) }
}

/** A decision with its issuer, movement and library document (its awards come from `listAwards`). */
export async function awardDecisionBySlug(slug: string) {
  const { docs } = await findFor<AwardDecision>('award-decisions', { where: { slug: { equals: slug } }, limit: 1, depth: 1, joins: false })
  return docs[0] ?? null
}
