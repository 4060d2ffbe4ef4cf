/** News articles, their sections (categories) and the sections' RSS feeds. */
import type { Where } from 'payload'

import { query, queryOne } from './query'
import { MEDIA_FIELDS, type Id } from './relations'
import type { Article, Category } from './types'

/** What lists of articles show (no body: reading rich text is most of a full read's cost). */
const ARTICLE_SUMMARY = { title: true, slug: true, summary: true, publishedAt: true, cover: true, byline: true, isSample: true, categories: true } as const

export function latestArticles(limit = 10, page = 1, where?: Where) {
  return query<Article>('articles', {
    limit,
    page,
    sort: '-publishedAt',
    depth: 1,
    where,
    select: ARTICLE_SUMMARY,
    populate: { media: MEDIA_FIELDS, categories: { name: true, slug: true } },
  })
}

export const featuredArticles = (limit = 3) => latestArticles(limit, 1, { featured: { equals: true } })

/** The latest articles of the article's own section, the article itself left out ("Tin khác"). */
export function moreArticlesLike(article: Pick<Article, 'id'>, category: Pick<Category, 'id'> | null | undefined, limit = 5) {
  return latestArticles(limit, 1, { and: [{ id: { not_equals: article.id } }, ...(category ? [{ categories: { in: [category.id] } }] : [])] })
}

/** What an article's page reads of it (its page and its preview alike). */
export const ARTICLE_PAGE_READ = {
  depth: 1,
  populate: {
    media: MEDIA_FIELDS,
    categories: { name: true, slug: true },
    documents: { title: true, abstract: true, slug: true, _status: true },
    movements: { name: true, slug: true, _status: true },
    'exemplary-models': { name: true, slug: true, _status: true },
    blocs: { name: true, slug: true },
  },
}

/** One article with what its page shows of related documents (titles and links, not their bodies). */
export function articleBySlug(slug: string) {
  return queryOne<Article>(
    'articles',
    { slug: { equals: slug } },
    ARTICLE_PAGE_READ,
  )
}

/** Titles and links of published articles by id, in the order given (drafts and deleted ids are dropped). */
export async function publishedArticlesByIds(ids: Id[]): Promise<Array<Pick<Article, 'id' | 'title' | 'slug'>>> {
  if (ids.length === 0) return []
  const { docs } = await query<Pick<Article, 'id' | 'title' | 'slug'>>('articles', {
    where: { id: { in: ids } },
    limit: ids.length,
    depth: 0,
    select: { title: true, slug: true },
    pagination: false,
  })
  const byId = new Map(docs.map((a) => [String(a.id), a]))
  return ids.map((id) => byId.get(String(id))).filter((a): a is Pick<Article, 'id' | 'title' | 'slug'> => Boolean(a))
}

export const categoryBySlug = (slug: string) => queryOne<Category>('categories', { slug: { equals: slug } })

/** Articles of a section, including its sub-sections. */
export async function articlesInCategory(category: Category, page = 1, limit = 10) {
  const children = await query<Pick<Category, 'id'>>('categories', { where: { parent: { equals: category.id } }, limit: 100, depth: 0, select: { id: true }, pagination: false })
  const ids = [category.id, ...children.docs.map((c) => c.id)]
  return latestArticles(limit, page, { categories: { in: ids } })
}

/** Latest articles of a section for its RSS feed ('tin-tuc' for all news). */
export async function feedArticles(section: string, limit = 30) {
  if (section === 'tin-tuc') return { title: 'Tin tức', articles: (await latestArticles(limit)).docs }
  const category = await categoryBySlug(section)
  if (!category) return null
  return { title: category.name, articles: (await articlesInCategory(category, 1, limit)).docs }
}
