/**
 * True to the sources and to the portal rules, over real HTTP and in Chromium:
 * every link of the menu, footer, sitemap page and home page answers; no
 * placeholder reaches readers; sample data is labelled wherever it shows,
 * noindex and out of sitemap.xml; the source paragraphs are on the article
 * pages; Dublin Core dates keep their precision; feedback needs consent.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { htmlText, missingFrom, sourceRange } from '../helpers/sourceText'
import { haveChromium, launchBrowser, startRunningPortal, type RunningPortal } from './helpers/portal'

const SAMPLE_LABEL = 'Dữ liệu mẫu'
const CONSENT_MESSAGE = 'Vui lòng đánh dấu ô đồng ý cho Ban biên tập xử lý dữ liệu cá nhân'

describe.skipIf(!haveChromium)('fidelity to the sources and the portal rules, in Chromium', () => {
  let portal: RunningPortal
  let browser: Browser
  let token: string

  beforeAll(async () => {
    portal = await startRunningPortal({}, { withAdmin: true })
    browser = await launchBrowser()
    const login = await fetch(`${portal.cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(portal.admin),
    })
    token = (await login.json()).token
  })
  afterAll(async () => {
    await browser?.close()
    await portal?.stop()
  })

  const api = async (path: string) => (await fetch(`${portal.cmsUrl}/api/${path}`, { headers: { Authorization: `JWT ${token}` } })).json()
  const html = async (path: string) => {
    const response = await fetch(portal.siteUrl + path)
    expect(response.status, path).toBe(200)
    return response.text()
  }

  /** The hrefs of the links inside `scope` on a page. */
  async function linksIn(path: string, scope: string): Promise<string[]> {
    const page = await browser.newPage()
    await page.goto(portal.siteUrl + path)
    const hrefs = await page.locator(`${scope} a[href]`).evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href))
    await page.close()
    return hrefs
  }

  it('every link of the menu, the footer, the sitemap page and the home page answers 200 (or redirects to a page that does)', async () => {
    const links = new Set([
      ...(await linksIn('/', 'nav')),
      ...(await linksIn('/', 'footer')),
      ...(await linksIn('/', 'main')),
      ...(await linksIn('/so-do-cong', 'main')),
    ])
    const own = [...links].filter((href) => href.startsWith(portal.siteUrl)).map((href) => href.split('#')[0]!)
    expect(own.length).toBeGreaterThan(40)
    expect(own).toContain(`${portal.siteUrl}/chuyen-muc/tin-hoat-dong`)
    const broken: string[] = []
    for (const url of new Set(own)) {
      let response = await fetch(url, { redirect: 'manual' })
      if ([301, 302, 303, 307, 308].includes(response.status)) {
        const location = new URL(response.headers.get('location') ?? '', url)
        if (location.origin !== portal.siteUrl) broken.push(`${url} → ${location}`)
        response = await fetch(location)
      }
      if (response.status !== 200) broken.push(`${url}: ${response.status}`)
    }
    expect(broken).toEqual([])
  })

  it('the footer and /english show no placeholder and no example address; /english gives structure, functions and contacts', async () => {
    for (const path of ['/', '/english', '/lien-he']) {
      const text = htmlText(await html(path))
      expect(text, path).not.toContain('cập nhật trong trang quản trị')
      expect(text, path).not.toContain('example.gov.vn')
    }
    const english = htmlText(await html('/english'))
    for (const heading of ['Structure', 'Functions', 'Contact']) expect(english).toContain(heading)
  })

  it('sample data carries "Dữ liệu mẫu" wherever it is listed, its pages are noindex and left out of sitemap.xml', async () => {
    const sampleUrls: string[] = []
    for (const [collection, prefix] of [
      ['exemplary-models', '/dien-hinh-tien-tien/'],
      ['award-decisions', '/bang-vang/quyet-dinh/'],
      ['galleries', '/thu-vien/'],
    ] as const) {
      const { docs } = await api(`${collection}?where[isSample][equals]=true&limit=100&depth=0`)
      expect(docs.length, collection).toBeGreaterThan(0)
      sampleUrls.push(...docs.map((d: { slug: string }) => prefix + d.slug))
    }
    const sitemap = await html('/sitemap.xml')
    for (const url of sampleUrls) {
      expect(sitemap, url).not.toContain(`${url}</loc>`)
      const page = await html(url)
      expect(page, url).toContain('<meta name="robots" content="noindex">')
      expect(htmlText(page), url).toContain(`${SAMPLE_LABEL}: nội dung minh họa`)
    }
    expect(sitemap).toContain('/van-ban/')

    // Wherever a sample item is listed or linked, its list entry says so.
    for (const path of ['/', '/so-do-cong', '/dien-hinh-tien-tien', '/thu-vien', '/bang-vang', '/phong-trao-thi-dua/cong-chuc-vien-chuc-va-nguoi-lao-dong-thuc-hien-van-hoa-cong-so']) {
      const page = await browser.newPage()
      const response = await page.goto(portal.siteUrl + path)
      expect(response?.status(), path).toBe(200)
      const entries = await page.locator('main a[href]').evaluateAll(
        (anchors, urls) =>
          anchors
            .filter((a) => (urls as string[]).includes(new URL((a as HTMLAnchorElement).href).pathname))
            .map((a) => ({ href: (a as HTMLAnchorElement).getAttribute('href'), text: (a.closest('li, tr, article, .card') ?? a).textContent ?? '' })),
        sampleUrls,
      )
      const unlabelled = entries.filter((e) => !e.text.includes(SAMPLE_LABEL)).map((e) => `${path}: ${e.href}`)
      expect(unlabelled).toEqual([])
      if (path !== '/phong-trao-thi-dua/cong-chuc-vien-chuc-va-nguoi-lao-dong-thuc-hien-van-hoa-cong-so') expect(entries.length, path).toBeGreaterThan(0)
      await page.close()
    }

    // The honour roll's people: every sample award line is labelled.
    const { totalDocs: sampleAwards } = await api('awards?where[isSample][equals]=true&limit=1&depth=0')
    const { totalDocs: allAwards } = await api('awards?limit=1&depth=0')
    expect(sampleAwards).toBe(allAwards)
    const page = await browser.newPage()
    await page.goto(`${portal.siteUrl}/bang-vang`)
    const rows = await page.locator('main table tbody tr').allTextContents()
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.filter((row) => !row.includes(SAMPLE_LABEL))).toEqual([])
    await page.close()
  })

  it('the article pages carry every paragraph of their sources, over HTTP', async () => {
    const bySource: Array<[string, string[]]> = [
      ['/tin-tuc/ke-hoach-cong-tac-thi-dua-khen-thuong-nam-2022', sourceRange('000', 1, 23)],
      ['Kế hoạch tuyên truyền về công tác thi đua', sourceRange('001', 3, 27)],
      ['Sôi nổi các phong trào thi đua', sourceRange('002', 5, 20, ['30/09/2019'])],
      ['tổng kết phong trào thi đua năm 2023', sourceRange('004', 13, 31, ['Toàn cảnh hội nghị'])],
    ]
    for (const [pathOrTitle, paragraphs] of bySource) {
      let path = pathOrTitle
      if (!path.startsWith('/')) {
        const { docs } = await api(`articles?where[title][contains]=${encodeURIComponent(pathOrTitle)}&limit=1&depth=0`)
        path = `/tin-tuc/${docs[0].slug}`
      }
      expect(missingFrom(htmlText(await html(path)), paragraphs), path).toEqual([])
    }
  })

  it('Dublin Core: a document dated to the day gives the day, the Hà Giang plan dated to the month gives the month', async () => {
    const dcDate = async (number: string) => {
      const { docs } = await api(`documents?where[number][equals]=${encodeURIComponent(number)}&limit=1&depth=0`)
      const page = await html(`/van-ban/${docs[0].slug}`)
      return [...page.matchAll(/<meta name="DC\.date" content="([^"]+)"/g)].map((m) => m[1])
    }
    expect(await dcDate('443/KH-SLĐTBXH')).toEqual(['2022-02-28'])
    expect(await dcDate('/KH-SLĐTBXH')).toEqual(['2022-08'])
  })

  it('feedback without consent is refused with a Vietnamese message and nothing is stored; with it, it is stored', async () => {
    const count = async () => (await api('feedback?limit=1&depth=0')).totalDocs as number
    const before = await count()
    const page = await browser.newPage()
    await page.goto(`${portal.siteUrl}/gop-y`)
    await expect(page.locator('label[for="consent"]').textContent()).resolves.toContain('Tôi đồng ý')
    expect(await page.locator('.consent a[href="/chinh-sach-bao-ve-du-lieu-ca-nhan"]').count()).toBe(1)
    await page.fill('#name', 'Người Chưa Đồng Ý')
    await page.fill('#email', 'chua-dong-y@example.vn')
    await page.fill('#subject', 'Hỏi về khen thưởng')
    await page.fill('#message', 'Xin hỏi thủ tục đề nghị khen thưởng cho tập thể.')
    await page.waitForTimeout(3200)
    const [refused] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/gop-y') && r.request().method() === 'POST'), page.getByRole('button', { name: 'Gửi ý kiến' }).click()])
    expect(refused.status()).toBe(400)
    await expect(page.getByRole('alert').textContent()).resolves.toContain(CONSENT_MESSAGE)
    expect(await page.getAttribute('#consent', 'aria-invalid')).toBe('true')
    expect(await count()).toBe(before)

    await page.check('#consent')
    await page.waitForTimeout(3200)
    await Promise.all([page.waitForURL(/\/gop-y\?da-gui=/), page.getByRole('button', { name: 'Gửi ý kiến' }).click()])
    expect(await count()).toBe(before + 1)
    await page.close()

    const notice = htmlText(await html('/chinh-sach-bao-ve-du-lieu-ca-nhan'))
    expect(notice).toContain('Luật số 91/2025/QH15')
  })
})
