/** The documents library (/van-ban): filters, one page of documents, one document and its links both ways. */
import { DOCUMENT_FIELDS, VALIDITY } from '@portal/cms/collections/Documents'
import { searchTerms, slugify } from '@portal/shared'
import type { Where } from 'payload'

import { pageNumber, textParam, yearParam } from '../params'
import { query, queryDistinct, queryOne, type QueryOptions } from './query'
import { idOf, uniqueIds, type Id } from './relations'
import type { Article, DocumentType, LegalDocument, Unit } from './types'

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

/** What a list of documents (DocumentList) shows: no bodies, the type's and issuer's names only. */
export const DOCUMENT_LIST_READ = {
  depth: 1,
  select: { number: true, abstract: true, slug: true, documentType: true, issuer: true, issued: true, field: true, validity: true, isSample: true },
  populate: { 'document-types': { name: true }, units: { name: true } },
} as const satisfies QueryOptions

/** What a link to a related document shows: "61/KH-UBND: Kế hoạch..." and its date. */
const DOCUMENT_LINK_SELECT = { number: true, abstract: true, slug: true, issued: true, isSample: true } as const

/** What the library's filter form offers: every document type, the issuers and years that have published documents. */
export async function documentFilterOptions() {
  const [types, issuerIds, years] = await Promise.all([
    query<DocumentType>('document-types', { limit: 200, sort: 'order', depth: 0 }),
    queryDistinct('documents', 'issuer'),
    queryDistinct('documents', 'issued.year'),
  ])
  const ids = uniqueIds(issuerIds)
  const issuers = ids.length ? (await query<Unit>('units', { where: { id: { in: ids } }, limit: ids.length, sort: 'name', depth: 0 })).docs : []
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
export async function documentLibrary(libraryQuery: DocumentLibraryQuery) {
  const options = await documentFilterOptions()
  const ignored: string[] = []
  const pick = <T>(raw: string | undefined, found: T | null | undefined, name: string): T | null => {
    if (!raw) return null
    if (found == null) ignored.push(name)
    return found ?? null
  }
  const applied: AppliedDocumentFilters = {
    type: pick(libraryQuery.type, options.types.find((t) => t.slug === libraryQuery.type), 'loại văn bản'),
    issuer: pick(libraryQuery.issuer, options.issuers.find((u) => u.slug === libraryQuery.issuer), 'cơ quan ban hành'),
    year: libraryQuery.year ?? null,
    field: pick(libraryQuery.field, optionFor(options.fields, libraryQuery.field ?? ''), 'lĩnh vực'),
    validity: pick(libraryQuery.validity, optionFor(options.validity, libraryQuery.validity ?? ''), 'tình trạng hiệu lực'),
    q: (libraryQuery.q ?? '').trim(),
  }
  // LIKE wildcards typed by a reader are not wildcards here: "%" must not match everything.
  const words = searchTerms(applied.q)
  const conditions: Where[] = [
    ...(applied.type ? [{ documentType: { equals: applied.type.id } }] : []),
    ...(applied.issuer ? [{ issuer: { equals: applied.issuer.id } }] : []),
    ...(applied.year ? [{ 'issued.year': { equals: applied.year } }] : []),
    ...(applied.field ? [{ field: { equals: applied.field.value } }] : []),
    ...(applied.validity ? [{ validity: { equals: applied.validity.value } }] : []),
    ...words.map((word): Where => ({ search: { like: word } })),
  ]
  const result = await query<LegalDocument>('documents', {
    where: conditions.length ? { and: conditions } : undefined,
    limit: libraryQuery.limit ?? 10,
    page: libraryQuery.page ?? 1,
    sort: '-issued.sortDate',
    ...DOCUMENT_LIST_READ,
    firstPageWhenPastEnd: true,
  })
  const filtered = Boolean(applied.type || applied.issuer || applied.year || applied.field || applied.validity || applied.q)
  return { options, applied, ignored, filtered, result }
}

/** The library as a URL asks for it (?loai, ?co-quan, ?nam, ?linh-vuc, ?hieu-luc, ?q, ?trang); `limit` documents a page (the open data's ?so-dong). */
export async function documentLibraryFromUrl(url: URL, limit?: number) {
  const rawYear = textParam(url, 'nam', 20)
  const year = yearParam(url)
  const library = await documentLibrary({
    type: textParam(url, 'loai', 120),
    issuer: textParam(url, 'co-quan', 120),
    year,
    field: textParam(url, 'linh-vuc', 120),
    validity: textParam(url, 'hieu-luc', 120),
    q: textParam(url, 'q', 200),
    page: pageNumber(url),
    limit,
  })
  // A year that is not a year is named among the ignored filters too.
  return { ...library, ignored: [...(rawYear && year === null ? ['năm ban hành'] : []), ...library.ignored] }
}

/** What the page reads of it (its page and its preview alike). */
export const DOCUMENT_PAGE_READ = { depth: 1 } as const

export const documentBySlug = (slug: string) => queryOne<LegalDocument>('documents', { slug: { equals: slug } }, DOCUMENT_PAGE_READ)

export const RELATED_LIMIT = 100

/** Published documents by id, in the order given (ids of drafts or deleted documents are dropped). */
async function publishedDocuments(ids: Id[]): Promise<LegalDocument[]> {
  const unique = uniqueIds(ids)
  if (unique.length === 0) return []
  const { docs } = await query<LegalDocument>('documents', { where: { id: { in: unique } }, limit: unique.length, depth: 0, select: DOCUMENT_LINK_SELECT, pagination: false })
  const byId = new Map(docs.map((d) => [String(d.id), d]))
  return unique.map((id) => byId.get(String(id))).filter((d): d is LegalDocument => Boolean(d))
}

const relatedDocuments = (where: Where) => query<LegalDocument>('documents', { where, limit: RELATED_LIMIT, sort: '-issued.sortDate', depth: 0, select: DOCUMENT_LINK_SELECT }).then((r) => r.docs)

/**
 * The links of a document in the library, both ways: its legal basis (library
 * documents or plain citations), the documents it carries out ("Thực hiện"),
 * what it amends and replaces, the published documents that cite, carry out,
 * amend or replace it, and the published articles that mention it.
 */
export async function documentRelations(doc: LegalDocument) {
  const basisRows = doc.legalBasis ?? []
  const ids = (values: unknown[] | null | undefined) => (values ?? []).map(idOf).filter((id): id is Id => id != null)
  const [linked, implementsDocs, amends, replaces, citedBy, implementedBy, amendedBy, replacedBy, articles] = await Promise.all([
    publishedDocuments(ids(basisRows.map((row) => row.document))),
    publishedDocuments(ids(doc.implements)),
    publishedDocuments(ids(doc.amends)),
    publishedDocuments(ids(doc.replaces)),
    relatedDocuments({ 'legalBasis.document': { equals: doc.id } }),
    relatedDocuments({ implements: { in: [doc.id] } }),
    relatedDocuments({ amends: { in: [doc.id] } }),
    relatedDocuments({ replaces: { in: [doc.id] } }),
    query<Pick<Article, 'id' | 'title' | 'slug' | 'isSample'>>('articles', {
      where: { relatedDocuments: { in: [doc.id] } },
      limit: RELATED_LIMIT,
      sort: '-publishedAt',
      depth: 0,
      select: { title: true, slug: true, isSample: true },
    }).then((r) => r.docs),
  ])
  const byId = new Map(linked.map((d) => [String(d.id), d]))
  const basis = basisRows
    .map((row) => ({ document: byId.get(String(idOf(row.document))) ?? null, citation: row.citation?.trim() || null }))
    .filter((row) => row.document || row.citation)
  return { basis, implements: implementsDocs, amends, replaces, citedBy, implementedBy, amendedBy, replacedBy, articles }
}
