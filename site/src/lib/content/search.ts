/**
 * Search across content by the folded search field: "thi dua" finds "Thi đua".
 * Each collection reads only what its hit shows (never the bodies). One
 * function for the whole site; the honour roll's hits come from listAwards
 * (its FTS5 index on SQLite).
 */
import { foldVietnamese, pathFor, searchTerms } from '@portal/shared'
import type { Where } from 'payload'

import { listAwards } from './awards'
import { query, type QueryOptions } from './query'

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
} as const

export type SearchableCollection = keyof typeof SEARCHABLE

export interface SearchHit {
  collection: SearchableCollection
  title: string
  url: string
  excerpt?: string | null
  date?: string | null
  isSample?: boolean | null
}

export interface SearchGroup {
  collection: SearchableCollection
  label: string
  total: number
  /** The count stopped at a cap ("hơn ..."): the honour roll never counts a million lines. */
  totalIsFloor?: boolean
  hits: SearchHit[]
}

type Doc = Record<string, any>

/** Per collection: what its hit reads, and how a document becomes a hit. */
const SOURCES: { [C in Exclude<SearchableCollection, 'awards'>]: { read: Pick<QueryOptions, 'select' | 'populate' | 'depth' | 'joins'>; hit: (doc: Doc) => Omit<SearchHit, 'collection'> } } = {
  articles: {
    read: { select: { title: true, slug: true, summary: true, publishedAt: true, isSample: true } },
    hit: (d) => ({ title: d.title, url: pathFor('articles', d.slug), excerpt: d.summary, date: d.publishedAt, isSample: d.isSample }),
  },
  documents: {
    read: { select: { title: true, abstract: true, slug: true, issued: { sortDate: true }, isSample: true } },
    hit: (d) => ({ title: d.title ?? d.abstract, url: pathFor('documents', d.slug), excerpt: d.abstract, date: d.issued?.sortDate, isSample: d.isSample }),
  },
  movements: {
    read: { select: { name: true, slug: true, summary: true, isSample: true }, joins: false },
    hit: (d) => ({ title: d.name, url: pathFor('movements', d.slug), excerpt: d.summary, isSample: d.isSample }),
  },
  'exemplary-models': {
    read: { select: { name: true, slug: true, summary: true, isSample: true } },
    hit: (d) => ({ title: d.name, url: pathFor('exemplary-models', d.slug), excerpt: d.summary, isSample: d.isSample }),
  },
  'award-decisions': {
    read: { select: { number: true, slug: true, abstract: true, issuedAt: true, isSample: true }, joins: false },
    hit: (d) => ({ title: `Quyết định số ${d.number}`, url: pathFor('award-decisions', d.slug), excerpt: d.abstract, date: d.issuedAt, isSample: d.isSample }),
  },
  galleries: {
    read: { select: { title: true, slug: true, description: true, publishedAt: true, isSample: true } },
    hit: (d) => ({ title: d.title, url: pathFor('galleries', d.slug), excerpt: d.description, date: d.publishedAt, isSample: d.isSample }),
  },
  pages: {
    read: { select: { title: true, slug: true, summary: true } },
    hit: (d) => ({ title: d.title, url: pathFor('pages', d.slug), excerpt: d.summary }),
  },
  blocs: {
    read: { select: { name: true, slug: true, description: true } },
    hit: (d) => ({ title: d.name, url: pathFor('blocs', d.slug), excerpt: d.description }),
  },
}

/** The roll's hits come from the roll's own search (listAwards: FTS5 on SQLite, a count that stops at a cap). */
async function awardGroup(text: string, limit: number): Promise<SearchGroup> {
  const result = await listAwards({ q: text, limit })
  const hits = result.docs.map((d): SearchHit => ({
    collection: 'awards',
    title: `${d.recipientName}${d.awardType ? ` – ${d.awardType.name}` : ''} (${d.year})`,
    // The award's own page; a line stored before codes existed falls back to its decision, else the roll.
    url: d.verificationCode ? pathFor('awards', d.verificationCode) : d.decision ? pathFor('award-decisions', d.decision.slug) : `/bang-vang?q=${encodeURIComponent(d.recipientName)}`,
    excerpt: d.citation,
    isSample: d.isSample,
  }))
  return { collection: 'awards', label: SEARCHABLE.awards, total: result.totalDocs - (result.countIsFloor ? 1 : 0), totalIsFloor: result.countIsFloor, hits }
}

export async function search(text: string, { types = Object.keys(SEARCHABLE) as SearchableCollection[], limit = 20 } = {}) {
  const folded = foldVietnamese(text)
  const words = searchTerms(text)
  if (words.join(' ').length < 2) return { query: folded, groups: [] as SearchGroup[] }
  const where: Where = { and: words.map((word) => ({ search: { like: word } })) }
  const groups = await Promise.all(
    types.map(async (collection): Promise<SearchGroup> => {
      if (collection === 'awards') return awardGroup(text, limit)
      const { read, hit } = SOURCES[collection]
      const result = await query<Doc>(collection, { where, limit, depth: 0, ...read })
      return { collection, label: SEARCHABLE[collection], total: result.totalDocs, hits: result.docs.map((doc) => ({ collection, ...hit(doc) })) }
    }),
  )
  return { query: folded, groups: groups.filter((g) => g.total > 0) }
}
