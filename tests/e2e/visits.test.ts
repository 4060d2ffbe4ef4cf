import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readEnvironment } from '@portal/cms/env/index'

import { formatNumber } from '../../shared/src/format'
import { isVietnamese } from '../integration/helpers/errors'
import { haveChromium, launchBrowser, startRunningPortal, type RunningPortal } from './helpers/portal'

/** Visit statistics in a real browser: the beacon, the widget, caches, bots, and bad input. */

// Headless Chromium calls itself "HeadlessChrome", which the portal rightly takes for a bot: readers get a reader's user agent.
const READER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'
const ARTICLE_PATH = '/tin-tuc/ke-hoach-cong-tac-thi-dua-khen-thuong-nam-2022'
/**
 * Beacons are flushed every VISIT_FLUSH_MS and the figures cached five seconds
 * (STATISTICS_TTL_MS in site/src/lib/visitStatistics.ts): this long after the
 * last beacon was sent, the figures include every view recorded before it.
 * This is a wait of the figures' known lifetime measured from a known write,
 * not a guess that some work has finished.
 */
const SETTLE_MS = readEnvironment({} as NodeJS.ProcessEnv).visitFlushMs + 5_000 + 1_000

interface Period {
  period: string
  views: number
  visits: number
}
interface Figures {
  online: number
  today: Period
  yesterday: Period
  month: Period
  year: Period
  total: Period
  mostRead: Array<{ id: number | string; title: string; url: string; views: number }>
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe.skipIf(!haveChromium)('visit statistics', () => {
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

  async function figures(): Promise<Figures> {
    const response = await fetch(`${portal.siteUrl}/api/thong-ke`)
    expect(response.status).toBe(200)
    return (await response.json()) as Figures
  }

  /** Polls the public JSON endpoint until the figures satisfy `done`. */
  async function figuresWhen(done: (f: Figures) => boolean, what: string, timeoutMs = 30_000): Promise<Figures> {
    const deadline = Date.now() + timeoutMs
    let last = await figures()
    while (!done(last)) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last figures: ${JSON.stringify(last)}`)
      await sleep(500)
      last = await figures()
    }
    return last
  }

  /** The figures once everything recorded so far is counted and no cached answer is older. */
  async function settledFigures(): Promise<Figures> {
    await sleep(SETTLE_MS)
    return figures()
  }

  const articleViews = (f: Figures) => f.mostRead.find((a) => a.url === ARTICLE_PATH)?.views ?? 0

  const reader = (options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> => browser.newContext({ userAgent: READER, ...options })

  it('a page view in Chromium adds exactly 1 to today, month, year and total, and to the article; a second view in the same visit adds no visit', async () => {
    const before = await settledFigures()
    const context = await reader()
    const page = await context.newPage()
    await page.goto(portal.siteUrl + ARTICLE_PATH)
    const after = await figuresWhen((f) => f.today.views > before.today.views, 'the view to be counted')
    expect(after.today.views).toBe(before.today.views + 1)
    // Nothing more arrives later (no double counting by beacon and fallback, or by a retried flush).
    const settled = await settledFigures()
    for (const period of ['today', 'month', 'year', 'total'] as const) {
      expect(settled[period].views, `${period} views`).toBe(before[period].views + 1)
      expect(settled[period].visits, `${period} visits`).toBe(before[period].visits + 1)
    }
    expect(articleViews(settled)).toBe(articleViews(before) + 1)
    expect(settled.online).toBeGreaterThanOrEqual(1)

    // The same reader opens the home page: one more view, same visit (the visit cookie came back with the beacon).
    await page.goto(`${portal.siteUrl}/`)
    await figuresWhen((f) => f.today.views > settled.today.views, 'the second view to be counted')
    const second = await settledFigures()
    expect(second.today.views).toBe(settled.today.views + 1)
    expect(second.today.visits).toBe(settled.today.visits)
    expect(articleViews(second)).toBe(articleViews(settled))
    await context.close()
  })

  it('a bot does not count, and neither does headless Chromium under its own name', async () => {
    const before = await settledFigures()
    for (const userAgent of [GOOGLEBOT, undefined]) {
      const context = await browser.newContext(userAgent ? { userAgent } : {})
      const page = await context.newPage()
      const beacon = page.waitForRequest((r) => r.url().endsWith('/api/thong-ke/ghi'))
      await page.goto(portal.siteUrl + ARTICLE_PATH)
      // The page did send its beacon: the endpoint, not the page, leaves bots out.
      await beacon
      await context.close()
    }
    const after = await settledFigures()
    expect(after.today.views).toBe(before.today.views)
    expect(after.total.views).toBe(before.total.views)
    expect(articleViews(after)).toBe(articleViews(before))
  })

  it('a page served from a cache still counts its view through the beacon, and shows fresh figures', async () => {
    // The HTML as a cache or CDN would keep it: fetched once, then served without the site rendering it again.
    const cached = await (await fetch(portal.siteUrl + ARTICLE_PATH, { headers: { 'user-agent': READER } })).text()
    expect(cached).not.toMatch(/data-figure="today"[^>]*>\d/)
    const before = await settledFigures()
    const context = await reader()
    let servedFromCache = 0
    await context.route(portal.siteUrl + ARTICLE_PATH, (route) => {
      servedFromCache++
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: cached })
    })
    const page = await context.newPage()
    await page.goto(portal.siteUrl + ARTICLE_PATH)
    expect(servedFromCache).toBe(1)
    await figuresWhen((f) => f.today.views > before.today.views, 'the cached page view to be counted')
    const after = await settledFigures()
    expect(after.today.views).toBe(before.today.views + 1)
    expect(articleViews(after)).toBe(articleViews(before) + 1)
    // The cached HTML shows today's figures as they are now, fetched by the widget, not as they were when it was cached.
    await page.reload()
    const today = page.locator('[data-visit-stats] [data-figure="today"]')
    await today.waitFor({ state: 'visible' })
    expect(Number((await today.textContent())!.replace(/\./g, ''))).toBeGreaterThanOrEqual(after.today.views)
    await context.close()
  })

  it('without JavaScript the <noscript> pixel counts the view and the widget links to the statistics page', async () => {
    const before = await settledFigures()
    const context = await reader({ javaScriptEnabled: false })
    const page = await context.newPage()
    const pixel = page.waitForResponse((r) => r.url().includes('/api/thong-ke/ghi.gif'))
    await page.goto(portal.siteUrl + ARTICLE_PATH)
    expect((await pixel).status()).toBe(200)
    await expect(page.locator('[data-visit-stats] dl').isVisible()).resolves.toBe(false)
    await page.locator('[data-visit-stats] a', { hasText: 'Xem số liệu thống kê truy cập' }).click()
    await page.waitForURL(/\/thong-ke-truy-cap$/)
    await expect(page.locator('h1').textContent()).resolves.toBe('Thống kê truy cập')
    const after = await figuresWhen((f) => f.today.views >= before.today.views + 2, 'both no-JS views to be counted')
    const settled = await settledFigures()
    expect(settled.today.views).toBe(before.today.views + 2)
    expect(articleViews(settled)).toBe(articleViews(before) + 1)
    // The server-rendered page shows the figures, in Vietnamese number format, and the most-read list.
    await page.reload()
    const totalRow = page.locator('table.visit-table tr', { hasText: 'Tổng cộng' })
    const shown = (await totalRow.locator('td').first().textContent())!.trim()
    expect(shown).toMatch(/^\d{1,3}(\.\d{3})*$/)
    // This reload is a view too; the page may or may not include it yet.
    expect([formatNumber(settled.total.views), formatNumber(settled.total.views + 1)]).toContain(shown)
    expect(after.today.views).toBeGreaterThanOrEqual(before.today.views + 2)
    await expect(page.locator('ol.most-read li').first().textContent()).resolves.toMatch(/lượt xem/)
    await context.close()
  })

  it('the widget shows the figures with Vietnamese labels and number format (1.234)', async () => {
    // Enough views for a thousands separator: a thousand beacons, as a thousand readers' browsers send them.
    const start = await figures()
    const missing = Math.max(0, 1_050 - start.total.views)
    for (let sent = 0; sent < missing; sent += 50) {
      const batch = Array.from({ length: Math.min(50, missing - sent) }, () =>
        fetch(`${portal.siteUrl}/api/thong-ke/ghi`, { method: 'POST', headers: { 'content-type': 'application/json', 'user-agent': READER, 'sec-fetch-site': 'same-origin' }, body: '{}' }),
      )
      for (const response of await Promise.all(batch)) expect(response.status).toBe(204)
    }
    const settled = await figuresWhen((f) => f.total.views >= 1_000, 'a thousand views')
    await sleep(SETTLE_MS)
    const context = await reader()
    const page = await context.newPage()
    await page.goto(`${portal.siteUrl}/lich-van-nien`)
    const widget = page.locator('[data-visit-stats]')
    await widget.locator('dl').waitFor({ state: 'visible' })
    const json = await figures()
    await expect(widget.locator('h2').textContent()).resolves.toBe('Thống kê truy cập')
    expect((await widget.locator('dt').allTextContents()).map((t) => t.trim())).toEqual(['Đang truy cập', 'Hôm nay', 'Hôm qua', 'Tháng này', 'Năm nay', 'Tổng lượt truy cập'])
    const total = (await widget.locator('[data-figure="total"]').textContent())!.trim()
    expect(total).toMatch(/^\d{1,3}(\.\d{3})+$/)
    // The widget's and the endpoint's answers come from the same five-second window, or the next one.
    expect([formatNumber(json.total.views), formatNumber(json.total.views - 1)]).toContain(total)
    expect(json.total.views).toBeGreaterThanOrEqual(settled.total.views)
    await context.close()
  })

  it('the admin dashboard shows editors the 90-day chart and the most-read articles; the counters are not public', async () => {
    // This test reads the article itself, so that the list has it whatever ran before.
    const before = await figures()
    const context = await reader()
    await (await context.newPage()).goto(portal.siteUrl + ARTICLE_PATH)
    await figuresWhen((f) => articleViews(f) > articleViews(before), 'the article view to be counted')
    await context.close()
    // The REST API keeps the counters to editors.
    expect((await fetch(`${portal.cmsUrl}/api/visit-counters`)).status).toBe(403)
    expect((await fetch(`${portal.cmsUrl}/api/visit-presence`)).status).toBe(403)
    const page = await browser.newPage()
    await page.goto(`${portal.cmsUrl}/admin/login`)
    await page.fill('#field-email', portal.admin.email)
    await page.fill('#field-password', portal.admin.password)
    await Promise.all([page.waitForURL(/\/admin$/), page.getByRole('button', { name: 'Đăng nhập' }).click()])
    const section = page.locator('section[aria-labelledby="tk-tieu-de"]')
    await section.waitFor()
    await expect(section.locator('h2').textContent()).resolves.toBe('Thống kê truy cập')
    // One bar group per Vietnamese calendar day, the last one today.
    const bars = section.locator('svg > g')
    expect(await bars.count()).toBe(90)
    const today = (await figures()).today.period
    await expect(bars.last().locator('title').textContent()).resolves.toMatch(new RegExp(`^${today.split('-').reverse().join('/')}: `))
    // The article just read is among the most read.
    await expect(section.locator('ol li').allTextContents()).resolves.toEqual(expect.arrayContaining([expect.stringContaining('Kế hoạch công tác Thi đua, khen thưởng năm 2022')]))
    await page.close()
  })

  describe('bad input is refused with a Vietnamese message, never a 5xx, and counts nothing', () => {
    const beacon = (body: BodyInit | null, headers: Record<string, string> = {}, method = 'POST') => ({ method, body, headers: { 'content-type': 'application/json', 'user-agent': READER, ...headers } })
    const huge = JSON.stringify({ bai: 1, filler: 'x'.repeat(3_000) })
    const chunked = () =>
      new ReadableStream({
        start(controller) {
          for (let i = 0; i < 4; i++) controller.enqueue(new TextEncoder().encode(' '.repeat(1_000)))
          controller.close()
        },
      })
    const cases: Array<[string, string, RequestInit & { duplex?: 'half' }, number]> = [
      ['malformed JSON', '/api/thong-ke/ghi', beacon('{"bai": 1'), 400],
      ['JSON that is not an object', '/api/thong-ke/ghi', beacon('[1, 2]'), 400],
      ['a bare string', '/api/thong-ke/ghi', beacon('"bai"'), 400],
      ['null', '/api/thong-ke/ghi', beacon('null'), 400],
      ['article id of the wrong type (boolean)', '/api/thong-ke/ghi', beacon('{"bai": true}'), 400],
      ['article id of the wrong type (object)', '/api/thong-ke/ghi', beacon('{"bai": {"$gt": 0}}'), 400],
      ['article id negative', '/api/thong-ke/ghi', beacon('{"bai": -3}'), 400],
      ['article id fractional', '/api/thong-ke/ghi', beacon('{"bai": 1.5}'), 400],
      ['article id with symbols', '/api/thong-ke/ghi', beacon('{"bai": "1; DROP TABLE"}'), 400],
      ['an unknown field', '/api/thong-ke/ghi', beacon('{"bai": 1, "views": 1000}'), 400],
      ['an unknown article id', '/api/thong-ke/ghi', beacon('{"bai": 987654}'), 404],
      ['a huge body', '/api/thong-ke/ghi', beacon(huge), 413],
      ['a huge body without Content-Length', '/api/thong-ke/ghi', { ...beacon(chunked()), duplex: 'half' }, 413],
      ['a cross-site Origin', '/api/thong-ke/ghi', beacon('{}', { origin: 'https://trang-khac.example' }), 403],
      ['Sec-Fetch-Site: cross-site', '/api/thong-ke/ghi', beacon('{}', { 'sec-fetch-site': 'cross-site' }), 403],
      ['Sec-Fetch-Site: same-site (a sibling subdomain)', '/api/thong-ke/ghi', beacon('{}', { 'sec-fetch-site': 'same-site' }), 403],
      ['a form post', '/api/thong-ke/ghi', beacon('bai=1', { 'content-type': 'application/x-www-form-urlencoded', origin: 'SELF' }), 415],
      ['GET on the beacon', '/api/thong-ke/ghi', { method: 'GET', headers: { 'user-agent': READER } }, 405],
      ['pixel with a malformed article id', '/api/thong-ke/ghi.gif?bai=%3Cscript%3E', { headers: { 'user-agent': READER } }, 400],
      ['pixel with an unknown article id', '/api/thong-ke/ghi.gif?bai=987654', { headers: { 'user-agent': READER } }, 404],
      ['pixel embedded by another site', '/api/thong-ke/ghi.gif', { headers: { 'user-agent': READER, 'sec-fetch-site': 'cross-site' } }, 403],
      ['pixel with another site as Referer', '/api/thong-ke/ghi.gif', { headers: { 'user-agent': READER, referer: 'https://trang-khac.example/bai' } }, 403],
      ['POST on the figures', '/api/thong-ke', beacon('{}'), 405],
    ]

    it.each(cases.map(([name, path, init, status]) => ({ name, path, init, status })))('$name → $status', async ({ path, init, status }) => {
      const headers = { ...(init.headers as Record<string, string>) }
      if (headers.origin === 'SELF') headers.origin = portal.siteUrl
      const response = await fetch(portal.siteUrl + path, { ...init, headers })
      const text = await response.text()
      expect(response.status, text).toBe(status)
      expect(JSON.parse(text).error).toSatisfy(isVietnamese)
      expect(response.headers.get('set-cookie')).toBeNull()
    })

    it('a cross-site text/plain post is refused too (by Astro before our code; its message is Astro’s)', async () => {
      const response = await fetch(`${portal.siteUrl}/api/thong-ke/ghi`, beacon('{}', { 'content-type': 'text/plain', origin: 'https://trang-khac.example' }))
      expect(response.status).toBe(403)
    })

    it('none of them counted a view', async () => {
      const before = await settledFigures()
      for (const [, path, init] of cases) {
        const headers = { ...(init.headers as Record<string, string>) }
        if (headers.origin === 'SELF') headers.origin = portal.siteUrl
        const body = init.body instanceof ReadableStream ? chunked() : init.body
        await (await fetch(portal.siteUrl + path, { ...init, body, headers })).arrayBuffer()
      }
      const after = await settledFigures()
      expect(after.total.views).toBe(before.total.views)
      expect(articleViews(after)).toBe(articleViews(before))
    })
  })
})
