import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { haveChromium, launchBrowser, startRunningPortal, type RunningPortal } from './helpers/portal'

/** The news pages, static pages and site-wide tools of the portal, in Chromium. */
describe.skipIf(!haveChromium)('public site: news, pages, search, feeds, tools', () => {
  let portal: RunningPortal
  let browser: Browser

  beforeAll(async () => {
    portal = await startRunningPortal({}, { withAdmin: true })
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await portal?.stop()
  })

  const noOverflow = async (path: string, width: number) => {
    const page = await browser.newPage({ viewport: { width, height: 800 } })
    const response = await page.goto(portal.siteUrl + path)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    await page.close()
    return { status: response?.status(), overflow }
  }

  for (const path of ['/', '/tin-tuc', '/chuyen-muc/thi-dua-khen-thuong', '/gioi-thieu', '/tim-kiem?q=thi+dua', '/gop-y', '/so-do-cong', '/lich-van-nien', '/english']) {
    it(`${path} loads at 320 px and 1280 px without sideways scrolling`, async () => {
      for (const width of [320, 1280]) {
        const { status, overflow } = await noOverflow(path, width)
        expect(status).toBe(200)
        expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0)
      }
    })
  }

  it('search finds "thi dua" in content written "Thi đua", grouped by type, and filters by type', async () => {
    const page = await browser.newPage()
    await page.goto(`${portal.siteUrl}/tim-kiem`)
    await page.fill('#q', 'thi dua')
    await page.getByRole('button', { name: 'Tìm kiếm' }).click()
    await page.waitForURL(/q=thi\+dua/)
    const headings = (await page.locator('main h2').allTextContents()).map((h) => h.trim())
    expect(headings.some((h) => h.startsWith('Bài viết'))).toBe(true)
    expect(headings.some((h) => h.startsWith('Văn bản'))).toBe(true)
    await expect(page.locator('main').textContent()).resolves.toContain('Kế hoạch công tác Thi đua, khen thưởng năm 2022')
    await page.goto(`${portal.siteUrl}/tim-kiem?q=THI+%C4%90UA&loai=documents`)
    const onlyDocs = (await page.locator('main h2').allTextContents()).map((h) => h.trim())
    expect(onlyDocs.every((h) => h.startsWith('Văn bản'))).toBe(true)
    expect(onlyDocs.length).toBeGreaterThan(0)
    await page.goto(`${portal.siteUrl}/tim-kiem?q=zzzkhongcoxyz`)
    await expect(page.getByRole('status').textContent()).resolves.toContain('Không tìm thấy kết quả nào')
    await page.close()
  })

  it('A+ and contrast controls work, persist across pages, and apply before the first paint', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(portal.siteUrl)
    const fontSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))
    const base = await fontSize()
    await page.getByRole('link', { name: /tăng cỡ chữ/ }).click()
    expect(await fontSize()).toBeGreaterThan(base)
    await page.getByRole('link', { name: 'Tăng tương phản' }).click()
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(await background()).toBe('rgb(0, 0, 0)')
    // Another page: the server renders the choice, so the very first paint is right.
    const html = await (await page.request.get(`${portal.siteUrl}/tin-tuc`)).text()
    expect(html).toMatch(/<html[^>]*data-text-size="1"/)
    expect(html).toMatch(/<html[^>]*data-contrast="high"/)
    await page.goto(`${portal.siteUrl}/tin-tuc`)
    expect(await fontSize()).toBeGreaterThan(base)
    expect(await background()).toBe('rgb(0, 0, 0)')
    await page.getByRole('link', { name: 'Giảm tương phản' }).click()
    expect(await background()).toBe('rgb(255, 255, 255)')
    await context.close()
  })

  it('the text-size controls work without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${portal.siteUrl}/gioi-thieu`)
    await page.getByRole('link', { name: /tăng cỡ chữ/ }).click()
    await page.waitForURL(/\/gioi-thieu$/)
    expect(await page.getAttribute('html', 'data-text-size')).toBe('1')
    await context.close()
  })

  it('the menu opens by keyboard on a phone', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 700 } })
    await page.goto(portal.siteUrl)
    const link = page.getByRole('navigation', { name: 'Menu chính' }).getByRole('link', { name: 'Văn bản' })
    expect(await link.isVisible()).toBe(false)
    await page.locator('.nav-toggle > summary').focus()
    await page.keyboard.press('Enter')
    expect(await link.isVisible()).toBe(true)
    await page.close()
  })

  it('RSS feeds and sitemap.xml parse as XML and list the published articles', async () => {
    const parser = new XMLParser({ ignoreAttributes: false })
    for (const feedPath of ['/rss/tin-tuc.xml', '/rss/thi-dua-khen-thuong.xml']) {
      const response = await fetch(portal.siteUrl + feedPath)
      expect(response.headers.get('content-type')).toContain('xml')
      const xml = await response.text()
      expect(XMLValidator.validate(xml)).toBe(true)
      const feed = parser.parse(xml)
      const items = [feed.rss.channel.item].flat()
      expect(items.length).toBe(4)
      expect(items.map((i: any) => i.title)).toContain('Kế hoạch công tác Thi đua, khen thưởng năm 2022')
      for (const item of items) expect(new Date(item.pubDate).getTime()).not.toBeNaN()
    }
    expect((await fetch(`${portal.siteUrl}/rss/khong-co.xml`)).status).toBe(404)
    const sitemap = await (await fetch(`${portal.siteUrl}/sitemap.xml`)).text()
    expect(XMLValidator.validate(sitemap)).toBe(true)
    const urls = [parser.parse(sitemap).urlset.url].flat().map((u: any) => u.loc as string)
    expect(urls.some((u) => u.endsWith('/tin-tuc/ke-hoach-cong-tac-thi-dua-khen-thuong-nam-2022'))).toBe(true)
    expect(urls.some((u) => u.includes('/van-ban/'))).toBe(true)
  })

  it('the perpetual calendar shows Tết 1985 on 21/1 (Vietnam, not China)', async () => {
    const page = await browser.newPage()
    await page.goto(`${portal.siteUrl}/lich-van-nien?thang=1&nam=1985`)
    const cell = page.locator('main td', { has: page.locator('.solar-day', { hasText: /^21$/ }) })
    await expect(cell.locator('.lunar-day').textContent()).resolves.toContain('1/1')
    await page.goto(`${portal.siteUrl}/lich-van-nien?thang=99&nam=abc`)
    expect(await page.locator('h1').textContent()).toBe('Lịch vạn niên')
    await page.close()
  })

  it('the feedback form explains mistakes in Vietnamese and keeps what was typed', async () => {
    const page = await browser.newPage()
    await page.goto(`${portal.siteUrl}/gop-y`)
    await page.fill('#name', 'Nguyễn Văn Bạn Đọc')
    await page.fill('#email', 'khong-hop-le')
    await page.fill('#subject', 'Hỏi về thi đua')
    await page.fill('#message', 'ngắn')
    const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/gop-y') && r.request().method() === 'POST'), page.getByRole('button', { name: 'Gửi ý kiến' }).click()])
    expect(response.status()).toBe(400)
    const alert = page.getByRole('alert')
    await expect(alert.textContent()).resolves.toContain('Thư điện tử không hợp lệ')
    await expect(alert.textContent()).resolves.toContain('Nội dung cần ít nhất 10 ký tự')
    expect(await page.inputValue('#name')).toBe('Nguyễn Văn Bạn Đọc')
    expect(await page.getAttribute('#email', 'aria-invalid')).toBe('true')
    await page.close()
  })

  it('a changed slug keeps the old URL working with a 301', async () => {
    const login = await fetch(`${portal.cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: portal.admin.email, password: portal.admin.password }),
    })
    const { token } = await login.json()
    const auth = { 'Content-Type': 'application/json', Authorization: `JWT ${token}` }
    const found = await (await fetch(`${portal.cmsUrl}/api/pages?where[slug][equals]=lien-he`, { headers: auth })).json()
    const id = found.docs[0].id
    const renamed = await fetch(`${portal.cmsUrl}/api/pages/${id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ slug: 'lien-he-ban-bien-tap' }) })
    expect(renamed.status).toBe(200)
    const old = await fetch(`${portal.siteUrl}/lien-he`, { redirect: 'manual' })
    expect(old.status).toBe(301)
    expect(new URL(old.headers.get('location')!, portal.siteUrl).pathname).toBe('/lien-he-ban-bien-tap')
    expect((await fetch(`${portal.siteUrl}/lien-he-ban-bien-tap`)).status).toBe(200)
  })
})
