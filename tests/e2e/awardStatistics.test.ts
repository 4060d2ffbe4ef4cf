/**
 * The honour roll's statistics in the browser: /bang-vang/thong-ke on the
 * seeded portal (its sample roll and the Kon Tum summaries), each chart an
 * image with its title and a table of the same figures; totals equal the
 * public roll the API gives an anonymous reader; axe-clean in normal and high
 * contrast at the largest text size; reachable with the keyboard; linked from
 * /bang-vang and /so-do-cong; and the admin dashboard's widget, seen by an
 * editor, in Vietnamese (screenshot in /tmp/stats-shots/).
 */
import fs from 'node:fs'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { axeViolations, htmlErrors } from './helpers/checks'
import { haveChromium, launchBrowser, startRunningPortal, type RunningPortal } from './helpers/portal'

const SHOTS = '/tmp/stats-shots'
const PATH = '/bang-vang/thong-ke'
const number = (text: string | null) => Number((text ?? '').replace(/\./g, '').trim())

/** Each chart: its title, the totals its bars were drawn with, and its table's totals (last column). */
async function chartsAndTables(page: Page) {
  return page.locator('section.statistics-chart').evaluateAll((sections) =>
    sections.map((section) => ({
      title: section.querySelector('svg[role="img"] > title')?.textContent ?? null,
      desc: section.querySelector('svg[role="img"] > desc')?.textContent ?? null,
      bars: [...section.querySelectorAll('g.chart-row')].map((g) => [g.getAttribute('data-label'), Number(g.getAttribute('data-total'))]),
      rows: [...section.querySelectorAll('tbody tr')].map((tr) => [tr.querySelector('th')?.textContent?.trim(), Number((tr.querySelector('td:last-child')?.textContent ?? '').replace(/\./g, ''))]),
    })),
  )
}

describe.skipIf(!haveChromium)('honour roll statistics', () => {
  let portal: RunningPortal
  let browser: Browser

  beforeAll(async () => {
    portal = await startRunningPortal({}, { withAdmin: true })
    browser = await launchBrowser()
    fs.mkdirSync(SHOTS, { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
    await portal?.stop()
  })

  it('shows every chart with a table of the same figures, totals equal to the public roll', async () => {
    const response = await fetch(`${portal.siteUrl}${PATH}`)
    expect(response.status).toBe(200)
    expect(await htmlErrors(await response.text())).toEqual([])
    const page = await browser.newPage()
    await page.goto(`${portal.siteUrl}${PATH}`)
    const charts = await chartsAndTables(page)
    expect(charts.map((c) => c.title)).toEqual([
      'Số khen thưởng theo năm',
      'Số khen thưởng theo cấp khen thưởng',
      'Số khen thưởng theo danh hiệu, hình thức',
      'Số khen thưởng theo đối tượng (cá nhân, tập thể)',
      'Số khen thưởng theo đơn vị',
      'Số khen thưởng theo phong trào thi đua',
    ])
    for (const chart of charts) {
      expect(chart.bars.length).toBeGreaterThan(0)
      expect(chart.rows).toEqual(chart.bars)
      expect(chart.desc).toMatch(/^Biểu đồ cột ngang/)
    }
    // The named awards are the public roll an anonymous reader gets from the API; the seed's summaries come on top.
    const api = await (await fetch(`${portal.cmsUrl}/api/awards?limit=1&depth=0`)).json()
    const status = await page.locator('p.result-count').textContent()
    const [, all, named, summarised] = status!.match(/Tổng cộng ([\d.]+) khen thưởng: ([\d.]+) có tên trên bảng vàng, ([\d.]+) theo số liệu tổng hợp/)!
    expect(number(named!)).toBe(api.totalDocs)
    expect(number(summarised!)).toBeGreaterThan(0)
    expect(number(all!)).toBe(number(named!) + number(summarised!))
    // Every chart but the movements' adds up to that total (the summaries name no movement).
    for (const chart of charts.slice(0, 5)) expect(chart.rows.reduce((a, r) => a + (r[1] as number), 0)).toBe(number(all!))
    expect(charts[5]!.rows.reduce((a, r) => a + (r[1] as number), 0)).toBe(number(named!))
    // Which numbers come from summaries is said in words and in the table's columns.
    await expect(page.locator('main').textContent()).resolves.toContain('Số liệu tổng hợp là số lượng các đơn vị công bố theo năm, không kèm danh sách tên')
    await expect(page.locator('section.statistics-chart').first().locator('thead th').allTextContents()).resolves.toEqual(['Năm', 'Có tên trên bảng vàng', 'Theo số liệu tổng hợp', 'Tổng cộng'])
    await page.setViewportSize({ width: 1200, height: 1800 })
    await page.screenshot({ path: `${SHOTS}/site-thong-ke.png`, fullPage: false })
    await page.close()
  })

  it('filters by level and year range', async () => {
    const page = await browser.newPage()
    await page.goto(`${portal.siteUrl}${PATH}`)
    const before = await page.locator('p.result-count').textContent()
    await page.selectOption('#tk-cap', 'grassroots')
    await Promise.all([page.waitForURL(/cap=grassroots/), page.getByRole('button', { name: 'Xem thống kê' }).click()])
    const levels = (await chartsAndTables(page))[1]!.rows.map((r) => r[0])
    expect(levels).toEqual(['Cấp cơ sở'])
    expect(await page.locator('p.result-count').textContent()).not.toBe(before)
    await page.goto(`${portal.siteUrl}${PATH}?tu-nam=2199&den-nam=2198`)
    await expect(page.locator('p.result-count').textContent().then((t) => t?.trim())).resolves.toBe('Chưa có khen thưởng nào phù hợp.')
    await page.close()
  })

  for (const contrast of ['normal', 'high'] as const) {
    it(`axe-core finds nothing at the largest text size (${contrast} contrast)`, async () => {
      const context = await browser.newContext()
      await context.addCookies([{ name: 'hien-thi', value: contrast === 'high' ? '2.hc' : '2', url: portal.siteUrl }])
      const page = await context.newPage()
      await page.goto(`${portal.siteUrl}${PATH}`)
      expect(await page.getAttribute('html', 'data-contrast')).toBe(contrast)
      expect(await axeViolations(page)).toEqual([])
      if (contrast === 'high') await page.screenshot({ path: `${SHOTS}/site-thong-ke-tuong-phan-cao.png`, fullPage: true })
      await context.close()
    })
  }

  it('is reachable with the keyboard: the filters, the button and every table', async () => {
    const page = await browser.newPage()
    await page.goto(`${portal.siteUrl}${PATH}`)
    const reached: string[] = []
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab')
      reached.push(await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null
        return el ? el.id || el.getAttribute('aria-labelledby') || el.textContent?.trim().slice(0, 40) || el.tagName : ''
      }))
    }
    for (const id of ['tk-tu-nam', 'tk-den-nam', 'tk-cap', 'Xem thống kê', 'thong-ke-nam-bang', 'thong-ke-don-vi-bang', 'thong-ke-phong-trao-bang']) expect(reached).toContain(id)
    await page.close()
  })

  it('is linked from the honour roll and the sitemap page', async () => {
    for (const from of ['/bang-vang', '/so-do-cong']) {
      const html = await (await fetch(`${portal.siteUrl}${from}`)).text()
      expect(html, from).toContain(`href="${PATH}"`)
    }
  })

  it('the admin dashboard shows an editor the same statistics, in Vietnamese', async () => {
    const login = await fetch(`${portal.cmsUrl}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(portal.admin) })
    const { token } = await login.json()
    const editor = { email: 'thongke-bientap@example.vn', password: 'mat-khau-thong-ke-456' }
    const made = await fetch(`${portal.cmsUrl}/api/users`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ ...editor, name: 'Biên tập thống kê', role: 'editor' }),
    })
    expect(made.status).toBe(201)
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } })
    await page.goto(`${portal.cmsUrl}/admin/login`)
    await page.fill('#field-email', editor.email)
    await page.fill('#field-password', editor.password)
    await Promise.all([page.waitForURL(/\/admin$/, { timeout: 90_000 }), page.getByRole('button', { name: 'Đăng nhập' }).click()])
    const widget = page.locator('section[aria-labelledby="qt-thong-ke-tieu-de"]')
    await widget.waitFor({ timeout: 90_000 })
    await expect(widget.locator('h2').textContent()).resolves.toBe('Thống kê bảng vàng khen thưởng')
    await expect(widget.locator('svg[role="img"] > title').allTextContents()).resolves.toEqual([
      'Số khen thưởng theo năm',
      'Số khen thưởng theo cấp khen thưởng',
      'Số khen thưởng theo danh hiệu, hình thức',
      'Số khen thưởng theo đối tượng (cá nhân, tập thể)',
    ])
    // The same figures as the site's page (same computation).
    const site = await browser.newPage()
    await site.goto(`${portal.siteUrl}${PATH}`)
    const siteYears = (await chartsAndTables(site))[0]!.bars
    await site.close()
    const adminYears = await widget.locator('g.chart-row').evaluateAll((rows) => rows.slice(0, 100).map((g) => [g.getAttribute('data-label'), Number(g.getAttribute('data-total'))]))
    expect(adminYears.slice(0, siteYears.length)).toEqual(siteYears)
    await expect(widget.textContent()).resolves.toMatch(/Bảng vàng công khai có [\d.]+ khen thưởng có tên/)
    await widget.scrollIntoViewIfNeeded()
    await widget.screenshot({ path: `${SHOTS}/admin-thong-ke-bien-tap.png` })
    await page.close()
  })
})
