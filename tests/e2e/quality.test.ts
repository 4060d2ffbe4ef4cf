import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { axeViolations, htmlErrors } from './helpers/checks'
import { haveChromium, launchBrowser, startRunningPortal, type RunningPortal } from './helpers/portal'

/**
 * One URL of every page type: the fixed pages, each list, and one detail page per section found on the sitemap
 * page (sitemap.xml leaves the sample pages out for search engines; the sitemap page lists them, labelled).
 */
async function pageTypes(siteUrl: string): Promise<string[]> {
  const html = await (await fetch(`${siteUrl}/so-do-cong`)).text()
  const locs = [...html.matchAll(/href="(\/[^"#?]*)"/g)].map((m) => m[1]!)
  const firstUnder = (prefix: string) => locs.find((p) => p.startsWith(prefix) && p.length > prefix.length)
  const details = ['/tin-tuc/', '/chuyen-muc/', '/van-ban/', '/phong-trao-thi-dua/', '/dien-hinh-tien-tien/', '/bang-vang/quyet-dinh/', '/khoi-thi-dua/', '/thu-vien/du-lieu-mau-video', '/thu-vien/hinh-anh']
    .map((prefix) => (prefix.startsWith('/thu-vien/') ? locs.find((p) => p.startsWith(prefix)) : firstUnder(prefix)))
    .filter((p): p is string => Boolean(p))
  return [
    '/',
    '/tin-tuc',
    '/van-ban',
    '/van-ban?loai=1&nam=2022',
    '/phong-trao-thi-dua',
    '/dien-hinh-tien-tien',
    '/bang-vang',
    '/bang-vang?q=le+thi',
    '/khoi-thi-dua',
    '/thu-vien',
    '/gioi-thieu',
    '/tim-kiem?q=thi+dua',
    '/gop-y',
    '/xac-minh',
    '/so-do-cong',
    '/lich-van-nien',
    '/english',
    '/du-lieu-mo',
    '/trang-khong-ton-tai',
    ...details,
  ]
}

describe.skipIf(!haveChromium)('every page type: accessibility, valid HTML, published content only', () => {
  let portal: RunningPortal
  let browser: Browser
  let paths: string[]

  beforeAll(async () => {
    portal = await startRunningPortal({}, { withAdmin: true })
    browser = await launchBrowser()
    paths = await pageTypes(portal.siteUrl)
  })
  afterAll(async () => {
    await browser?.close()
    await portal?.stop()
  })

  it('covers a detail page of every section', () => {
    for (const prefix of ['/tin-tuc/', '/van-ban/', '/phong-trao-thi-dua/', '/dien-hinh-tien-tien/', '/bang-vang/quyet-dinh/', '/khoi-thi-dua/', '/thu-vien/', '/chuyen-muc/']) {
      expect(paths.some((p) => p.startsWith(prefix)), prefix).toBe(true)
    }
  })

  it('html-validate finds no error on any page type', async () => {
    const failures: string[] = []
    for (const path of paths) {
      const html = await (await fetch(portal.siteUrl + path)).text()
      for (const error of await htmlErrors(html)) failures.push(`${path}: ${error}`)
    }
    expect(failures).toEqual([])
  })

  for (const contrast of ['normal', 'high'] as const) {
    it(`axe-core finds no WCAG 2.1 AA violation on any page type (${contrast} contrast)`, async () => {
      const context = await browser.newContext()
      if (contrast === 'high') await context.addCookies([{ name: 'hien-thi', value: '0.hc', url: portal.siteUrl }])
      const failures: string[] = []
      for (const path of paths) {
        const page = await context.newPage()
        await page.goto(portal.siteUrl + path)
        expect(await page.getAttribute('html', 'data-contrast')).toBe(contrast)
        for (const v of await axeViolations(page)) failures.push(`${path}: ${v.id} (${v.impact}) ${v.help} at ${v.targets.slice(0, 3).join(', ')}`)
        await page.close()
      }
      await context.close()
      expect(failures).toEqual([])
    })
  }

  it('a draft is invisible on every page type, in search, RSS and the sitemap', async () => {
    const login = await fetch(`${portal.cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(portal.admin),
    })
    const { token } = await login.json()
    const headers = { 'Content-Type': 'application/json', Authorization: `JWT ${token}` }
    const marker = 'Zqxnhap'
    const drafts: Record<string, Record<string, unknown>> = {
      articles: { title: `${marker} bài viết nháp về thi đua` },
      documents: { abstract: `${marker} văn bản nháp về thi đua`, issued: { year: 2025 } },
      movements: { name: `${marker} phong trào nháp`, periodStart: 2025 },
      'exemplary-models': { name: `${marker} điển hình nháp`, year: 2025 },
      galleries: { title: `${marker} album nháp` },
      pages: { title: `${marker} trang nháp` },
    }
    const created: Record<string, { slug: string }> = {}
    for (const [collection, data] of Object.entries(drafts)) {
      const response = await fetch(`${portal.cmsUrl}/api/${collection}?draft=true`, { method: 'POST', headers, body: JSON.stringify({ ...data, _status: 'draft' }) })
      expect(response.status, `${collection}: ${await response.clone().text()}`).toBe(201)
      created[collection] = (await response.json()).doc
    }
    // A published article with a newer, unpublished draft on top: readers keep the published text.
    const article = (await (await fetch(`${portal.cmsUrl}/api/articles?where[slug][equals]=ke-hoach-cong-tac-thi-dua-khen-thuong-nam-2022`, { headers })).json()).docs[0]
    const draftEdit = await fetch(`${portal.cmsUrl}/api/articles/${article.id}?draft=true`, { method: 'PATCH', headers, body: JSON.stringify({ title: `${marker} tiêu đề sửa chưa duyệt` }) })
    expect(draftEdit.status).toBe(200)

    const everywhere = [...paths.filter((p) => !p.startsWith('/tim-kiem')), '/rss/tin-tuc.xml', '/rss/thi-dua-khen-thuong.xml', '/sitemap.xml']
    for (const path of everywhere) {
      const body = await (await fetch(portal.siteUrl + path)).text()
      expect(body.toLowerCase(), path).not.toContain(marker.toLowerCase())
    }
    // Search echoes the words asked for, so look at its results instead.
    for (const q of [marker, marker.toUpperCase(), 'bai viet nhap ve thi dua']) {
      const body = await (await fetch(`${portal.siteUrl}/tim-kiem?q=${encodeURIComponent(q)}`)).text()
      const results = body.slice(body.indexOf('role="status"'))
      expect(results.toLowerCase(), q).not.toContain('nháp')
    }
    const detailPaths: Record<string, string> = {
      articles: '/tin-tuc/',
      documents: '/van-ban/',
      movements: '/phong-trao-thi-dua/',
      'exemplary-models': '/dien-hinh-tien-tien/',
      galleries: '/thu-vien/',
      pages: '/',
    }
    for (const [collection, doc] of Object.entries(created)) {
      const response = await fetch(portal.siteUrl + detailPaths[collection] + doc.slug)
      expect(response.status, `${collection} draft page`).toBe(404)
    }
    const published = await (await fetch(`${portal.siteUrl}/tin-tuc/ke-hoach-cong-tac-thi-dua-khen-thuong-nam-2022`)).text()
    expect(published).toContain('Kế hoạch công tác Thi đua, khen thưởng năm 2022')
  })
})
