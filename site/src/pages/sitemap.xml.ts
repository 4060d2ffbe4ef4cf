import type { APIRoute } from 'astro'

import { PAGE_PATHS } from '@portal/shared'

import { indexable, sitemapSections } from '../lib/content'
import { revalidated } from '../lib/http/revalidated'

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * sitemap.xml from the database at request time. @astrojs/sitemap only lists
 * pages known at build time, and every page here comes from the CMS. Sample
 * pages ("Dữ liệu mẫu") are not for search engines: left out, and noindex.
 */
export const GET: APIRoute = async ({ request, site, url }) => {
  const base = site ?? new URL(url.origin)
  const sections = await sitemapSections()
  const fixed = ['/', '/tin-tuc', '/van-ban', '/phong-trao-thi-dua', '/dien-hinh-tien-tien', '/bang-vang', PAGE_PATHS.awardStatistics, '/khoi-thi-dua', '/thu-vien', '/so-do-cong', '/du-lieu-mo']
  const urls = [
    ...fixed.map((path) => `<url><loc>${escape(new URL(path, base).href)}</loc></url>`),
    ...sections.flatMap((s) =>
      indexable(s.entries).map((e) => `<url><loc>${escape(new URL(e.url, base).href)}</loc>${e.lastmod ? `<lastmod>${e.lastmod.slice(0, 10)}</lastmod>` : ''}</url>`),
    ),
  ]
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
  return revalidated(request, new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } }))
}
