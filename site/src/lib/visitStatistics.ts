/**
 * Visit statistics for the site: the one recorder of this process, and the
 * figures shown by the widget, /thong-ke-truy-cap and /api/thong-ke, read at
 * most every few seconds per process (never baked into cached HTML: pages
 * fetch them). The most-read list keeps published articles only, read through
 * content.ts as an anonymous reader.
 */
import { pathFor } from '@portal/shared'
import { createVisitRecorder, readVisitFigures, topArticleCounters, type VisitFigures, type VisitRecorder } from '@portal/cms/visits/index'

import { payload, publishedArticlesByIds } from './content'
import { cachedRead } from './readCache'

let recorder: Promise<VisitRecorder> | null = null

/** Started on the first beacon; flushes every second and on SIGTERM/SIGINT. */
export function visitRecorder(): Promise<VisitRecorder> {
  recorder ??= payload().then((p) => createVisitRecorder({ payload: p }))
  return recorder
}

export interface MostReadArticle {
  id: number | string
  title: string
  url: string
  views: number
}

export interface VisitStatistics extends VisitFigures {
  mostRead: MostReadArticle[]
}

export const STATISTICS_TTL_MS = 5_000
const MOST_READ = 10

async function mostRead(limit: number): Promise<MostReadArticle[]> {
  const p = await payload()
  // Read more than needed: drafts, unpublished and deleted articles are dropped.
  const top = await topArticleCounters(p, limit * 3)
  if (top.length === 0) return []
  const ids = top.map((t) => (p.db.defaultIDType === 'number' ? Number(t.article) : t.article))
  const docs = await publishedArticlesByIds(ids)
  const byId = new Map(docs.map((a) => [String(a.id), a]))
  return top
    .filter((t) => byId.has(t.article))
    .slice(0, limit)
    .map((t) => {
      const article = byId.get(t.article)!
      return { id: article.id, title: article.title, url: pathFor('articles', article.slug!), views: t.views }
    })
}

/** Read at most every STATISTICS_TTL_MS per process, whatever CONTENT_CACHE_MS says: the figures are approximate anyway. */
export function visitStatistics(): Promise<VisitStatistics> {
  return cachedRead(
    'visit-statistics',
    async () => {
      const p = await payload()
      const [figures, list] = await Promise.all([readVisitFigures(p), mostRead(MOST_READ)])
      return { ...figures, mostRead: list }
    },
    STATISTICS_TTL_MS,
  )
}
