import rss from '@astrojs/rss'
import type { APIRoute } from 'astro'

import { pathFor } from '@portal/shared'

import { feedArticles, siteSettings } from '../../lib/content'
import { revalidated } from '../../lib/http/revalidated'

/** RSS for all news (/rss/tin-tuc.xml) and for each section (/rss/<category-slug>.xml), with @astrojs/rss. */
export const GET: APIRoute = async ({ params, request, site, url }) => {
  const feed = await feedArticles(params.section ?? '')
  if (!feed) return new Response('Không có chuyên mục này.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  const settings = await siteSettings()
  const response = await rss({
    title: `${settings.portalName} – ${feed.title}`,
    description: `${feed.title}: tin mới của ${settings.agencyName}`,
    site: site ?? url.origin,
    customData: '<language>vi</language>',
    items: feed.articles.map((article) => ({
      title: article.title,
      link: pathFor('articles', article.slug!),
      pubDate: new Date(article.publishedAt),
      description: article.summary ?? undefined,
      author: article.byline ?? undefined,
    })),
  })
  response.headers.set('Content-Type', 'application/rss+xml; charset=utf-8')
  // Readers' proxies and feed readers revalidate every time (ETag, 304): a feed must change within seconds of a publication.
  return revalidated(request, response)
}
