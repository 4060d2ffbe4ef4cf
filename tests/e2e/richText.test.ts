import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { axeViolations } from './helpers/checks'
import { haveChromium, launchBrowser, startRunningPortal, type RunningPortal } from './helpers/portal'

/** Set to a folder to keep screenshots of the admin (toolbar, "/" menu, date field, sign-in page) for a person to look at. */
const SHOTS = process.env.E2E_SCREENSHOTS

const text = (value: string, format = 0) => ({ type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 })
const el = (type: string, children: unknown[] = [], extra: Record<string, unknown> = {}) => ({ type, format: '', indent: 0, version: 1, direction: 'ltr', children, ...extra })
const link = (words: string, fields: Record<string, unknown>) => el('link', [text(words)], { fields: { newTab: false, ...fields }, id: `l${Math.random().toString(36).slice(2, 10)}` })

/**
 * An article holding every node the editor offers, created through the REST
 * API, read by a real browser on the real site: every picture loads, every
 * link answers 200, nothing is left as "unknown node", axe finds nothing; and
 * the admin's editor is the Vietnamese one (fixed toolbar, "/tieu de"), its
 * times are Vietnam's whatever the browser's zone.
 */
describe.skipIf(!haveChromium)('rich text, from the editor to the reader', () => {
  let portal: RunningPortal
  let browser: Browser
  let token: string
  let articleUrl: string
  const ids: Record<string, number | string> = {}
  const expectedHrefs: string[] = []

  const api = async (method: string, pathname: string, body?: unknown) => {
    const response = await fetch(`${portal.cmsUrl}/api/${pathname}`, {
      method,
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = await response.json()
    expect(response.status, `${method} ${pathname}: ${JSON.stringify(json).slice(0, 400)}`).toBeLessThan(300)
    return json
  }
  const upload = async (file: Blob, name: string, data: Record<string, unknown>) => {
    const form = new FormData()
    form.append('file', file, name)
    form.append('_payload', JSON.stringify(data))
    const response = await fetch(`${portal.cmsUrl}/api/media`, { method: 'POST', headers: { Authorization: `JWT ${token}` }, body: form })
    expect(response.status).toBe(201)
    return (await response.json()).doc as { id: number; filename: string }
  }

  beforeAll(async () => {
    portal = await startRunningPortal({}, { withAdmin: true })
    browser = await launchBrowser()
    const login = await fetch(`${portal.cmsUrl}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(portal.admin) })
    token = (await login.json()).token

    const png = await sharp({ create: { width: 1800, height: 1200, channels: 3, background: { r: 163, g: 21, b: 21 } } }).png().toBuffer()
    const picture = await upload(new Blob([new Uint8Array(png)], { type: 'image/png' }), 'anh-trong-bai.png', { alt: 'Toàn cảnh hội nghị', caption: 'Hội nghị tổng kết phong trào' })
    const pdf = '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n52\n%%EOF\n'
    const file = await upload(new Blob([pdf], { type: 'application/pdf' }), 'ke-hoach-dinh-kem.pdf', { alt: 'Kế hoạch đính kèm' })
    const [document] = (await api('GET', 'documents?limit=1&where[_status][equals]=published&depth=0')).docs
    const [decision] = (await api('GET', 'award-decisions?limit=1&depth=0')).docs
    const [movement] = (await api('GET', 'movements?limit=1&where[_status][equals]=published&depth=0')).docs
    const draft = (await api('POST', 'articles?draft=true', { title: 'Bài nháp chưa xuất bản', publishedAt: new Date().toISOString(), _status: 'draft' })).doc
    Object.assign(ids, { picture: picture.id, file: file.id, document: document.id, decision: decision.id, movement: movement.id, draft: draft.id })

    const body = {
      root: el('root', [
        el('heading', [text('Mục đích, yêu cầu')], { tag: 'h2' }),
        el('paragraph', [text('Đậm', 1), text(' nghiêng', 2), text(' gạch chân', 8), text(' m'), text('2', 64)], { format: 'center' }),
        el('paragraph', [text('Đoạn thụt lề')], { indent: 2 }),
        el('heading', [text('Nội dung')], { tag: 'h3' }),
        el('list', [el('listitem', [text('Thứ nhất')], { value: 1 }), el('listitem', [el('list', [el('listitem', [text('Ý con')], { value: 1 })], { listType: 'bullet', tag: 'ul', start: 1 })], { value: 2 })], { listType: 'number', tag: 'ol', start: 1 }),
        el('list', [el('listitem', [text('Đã làm')], { value: 1, checked: true }), el('listitem', [text('Chưa làm')], { value: 2, checked: false })], { listType: 'check', tag: 'ul', start: 1 }),
        el('quote', [text('Thi đua là yêu nước, yêu nước thì phải thi đua')]),
        { type: 'horizontalrule', version: 1 },
        el('paragraph', [
          text('Xem '),
          link('văn bản', { linkType: 'internal', doc: { relationTo: 'documents', value: document.id } }),
          text(', '),
          link('phong trào', { linkType: 'internal', doc: { relationTo: 'movements', value: movement.id } }),
          text(', '),
          link('trang quản trị', { linkType: 'custom', url: `${portal.cmsUrl}/admin/login` }),
          text(' và '),
          link('bài nháp', { linkType: 'internal', doc: { relationTo: 'articles', value: draft.id } }),
          text('.'),
        ]),
        { type: 'upload', relationTo: 'media', value: picture.id, fields: null, format: '', version: 3, id: 'u1' },
        { type: 'upload', relationTo: 'media', value: file.id, fields: null, format: '', version: 3, id: 'u2' },
        { type: 'relationship', relationTo: 'award-decisions', value: decision.id, format: '', version: 2 },
        { type: 'relationship', relationTo: 'articles', value: draft.id, format: '', version: 2 },
        // What no editor can make, but a database can hold.
        el('paragraph', [text('<script>alert(1)</script>'), link('độc hại', { linkType: 'custom', url: 'javascript:alert(2)' })]),
        { type: 'html', html: '<iframe src="https://evil.example"></iframe>', version: 1 },
      ]),
    }
    const created = (await api('POST', 'articles', { title: 'Bài có đủ mọi loại nội dung', summary: 'Kiểm tra hiển thị nội dung', publishedAt: new Date().toISOString(), _status: 'published', body })).doc
    articleUrl = `${portal.siteUrl}/tin-tuc/${created.slug}`
    expectedHrefs.push(`/van-ban/${document.slug}`, `/phong-trao-thi-dua/${movement.slug}`, `/bang-vang/quyet-dinh/${decision.slug}`, `/media/${file.filename}`)
  })
  afterAll(async () => {
    await browser?.close()
    await portal?.stop()
  })

  async function openArticle(): Promise<Page> {
    const page = await browser.newPage()
    const response = await page.goto(articleUrl)
    expect(response?.status()).toBe(200)
    return page
  }

  it('renders every node: pictures load, links answer 200, nothing unknown, nothing hostile', async () => {
    const page = await openArticle()
    const body = page.locator('.rich-text')
    const html = await body.innerHTML()
    expect(await body.locator('h2').first().textContent()).toBe('Mục đích, yêu cầu')
    expect(await body.locator('h3').first().textContent()).toBe('Nội dung')
    expect(await body.locator('ol > li ul > li').textContent()).toBe('Ý con')
    expect(await body.locator('.rt-checklist .rt-checked').textContent()).toContain('Đã làm')
    expect(await body.locator('blockquote').textContent()).toContain('Thi đua là yêu nước')
    expect(await body.locator('hr').count()).toBe(1)
    expect(await body.locator('p[style*="text-align:center"] strong').textContent()).toBe('Đậm')
    expect(await body.locator('sup').textContent()).toBe('2')
    expect(await body.locator('.rt-card').textContent()).toContain('Quyết định')
    expect(await body.locator('.rt-file').textContent()).toMatch(/\(PDF, \d+ B\)/)
    expect(await body.locator('figcaption').textContent()).toBe('Hội nghị tổng kết phong trào')
    expect(html).not.toMatch(/unknown node/i)
    expect(html).not.toMatch(/<script|<iframe|javascript:/i)
    expect(await body.textContent()).toContain('<script>alert(1)</script>')
    // The draft is neither linked nor shown as a card; its words stay.
    expect(await body.locator('a', { hasText: 'bài nháp' }).count()).toBe(0)
    expect(await body.textContent()).toContain('bài nháp')
    expect(await body.locator('.rt-card').count()).toBe(1)

    // Every picture loads at its size (lazy ones once scrolled to).
    const images = body.locator('img')
    expect(await images.count()).toBe(1)
    for (const img of await images.all()) {
      await img.scrollIntoViewIfNeeded()
      await page.waitForFunction((el) => (el as HTMLImageElement).complete, await img.elementHandle())
      const { naturalWidth, width, height, alt, srcset } = await img.evaluate((el: HTMLImageElement) => ({ naturalWidth: el.naturalWidth, width: el.getAttribute('width'), height: el.getAttribute('height'), alt: el.alt, srcset: el.srcset }))
      expect(naturalWidth).toBeGreaterThan(0)
      expect(Number(width)).toBeGreaterThan(0)
      expect(Number(height)).toBeGreaterThan(0)
      expect(alt).toBe('Toàn cảnh hội nghị')
      expect(srcset).toContain('/media/')
    }
    expect(await body.locator('picture source[type="image/webp"]').count()).toBe(1)

    // Every link answers 200; the one to another origin keeps our address to itself.
    const links = await body.locator('a').evaluateAll((anchors) => anchors.map((a) => ({ href: a.getAttribute('href')!, rel: a.getAttribute('rel') })))
    for (const href of expectedHrefs) expect(links.map((l) => l.href)).toContain(href)
    for (const { href, rel } of links) {
      const url = new URL(href, portal.siteUrl)
      const answer = await fetch(url, { redirect: 'follow' })
      expect(answer.status, href).toBe(200)
      if (url.origin !== portal.siteUrl) expect(rel).toBe('noopener noreferrer')
    }
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })

  async function signedInAdmin(timezoneId: string) {
    const context = await browser.newContext({ timezoneId, locale: 'vi-VN', viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${portal.cmsUrl}/admin/login`)
    if (SHOTS) {
      fs.mkdirSync(SHOTS, { recursive: true })
      await page.waitForSelector('.agency-logo img')
      await page.screenshot({ path: path.join(SHOTS, 'sign-in.png') })
    }
    await page.fill('input[name="email"]', portal.admin.email)
    await page.fill('input[name="password"]', portal.admin.password)
    await Promise.all([page.waitForURL(/\/admin\/?$/, { timeout: 90_000 }), page.click('button[type="submit"]')])
    return { page, close: () => context.close() }
  }

  it('the sign-in page shows the agency\'s emblem', async () => {
    const page = await browser.newPage()
    await page.goto(`${portal.cmsUrl}/admin/login`)
    const emblem = page.locator('.agency-logo img')
    await emblem.waitFor({ timeout: 90_000 })
    expect(await emblem.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
    expect(await page.locator('.agency-logo').textContent()).toContain('Trang quản trị')
    await page.close()
  })

  it('the editor has a fixed toolbar, and "/tieu de" finds the headings', async () => {
    const { page, close } = await signedInAdmin('Asia/Ho_Chi_Minh')
    await page.goto(`${portal.cmsUrl}/admin/collections/articles/create`)
    const editor = page.locator('.rich-text-lexical [contenteditable="true"]').first()
    await editor.waitFor({ timeout: 90_000 })
    expect(await page.locator('.fixed-toolbar').count()).toBeGreaterThan(0)
    if (SHOTS) await page.locator('.rich-text-lexical').first().screenshot({ path: path.join(SHOTS, 'toolbar.png') })
    // Every item of the "/" menu has a Vietnamese name (no "Quy tắc ngang", no "Mối quan hệ").
    await editor.click()
    await page.keyboard.type('/', { delay: 30 })
    const all = page.locator('#slash-menu, .slash-menu-popup').first()
    await all.waitFor({ timeout: 10_000 })
    const names = await all.locator('button, [role="option"], .slash-menu-item').allTextContents()
    for (const name of ['Đoạn văn', 'Tiêu đề 2', 'Trích dẫn', 'Danh sách gạch đầu dòng', 'Danh sách đánh số', 'Danh sách đánh dấu', 'Đường kẻ ngang', 'Ảnh hoặc tệp', 'Thẻ nội dung liên quan']) {
      expect(names.join('|')).toContain(name)
    }
    expect(names.join('|')).not.toMatch(/Quy tắc ngang|Mối quan hệ|Heading|Paragraph|Upload|Relationship/)
    await page.keyboard.press('Escape')
    await page.keyboard.press('Backspace')
    for (const query of ['/tieu de', '/Tiêu đề']) {
      await editor.click()
      await page.keyboard.press('Enter')
      await page.keyboard.type(query, { delay: 30 })
      const menu = page.locator('#slash-menu, .slash-menu-popup').first()
      await menu.waitFor({ timeout: 10_000 })
      const items = await menu.textContent()
      expect(items, query).toContain('Tiêu đề 2')
      expect(items, query).toContain('Tiêu đề 3')
      if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `slash-${query.includes('ê') ? 'accented' : 'plain'}.png`) })
      await page.keyboard.press('Enter')
      // The item replaced the query: a heading, and no braille blank left behind.
      // The editor applies the item on its next render: wait for it rather than read at once.
      await expect.poll(() => editor.locator('h2').count(), { timeout: 10_000 }).toBeGreaterThan(0)
      expect(await editor.textContent()).not.toContain('\u2800')
    }
    await close()
  })

  it('a poll closing "31/12/2026 17:00" typed in a UTC browser closes at 17:00 Vietnam time', async () => {
    const { page, close } = await signedInAdmin('UTC')
    await page.goto(`${portal.cmsUrl}/admin/collections/polls/create`)
    await page.locator('#field-question').waitFor({ timeout: 90_000 })
    await page.fill('#field-question', 'Câu hỏi thử múi giờ?')
    const addOption = page.locator('#field-options').getByRole('button', { name: /Thêm/ }).first()
    for (const label of ['Có', 'Không']) {
      await addOption.click()
    }
    const optionInputs = page.locator('#field-options input[type="text"]')
    await optionInputs.nth(0).fill('Có')
    await optionInputs.nth(1).fill('Không')
    const closing = page.locator('#field-closesAt input').first()
    await closing.click()
    await closing.fill('31/12/2026 17:00')
    await page.keyboard.press('Escape')
    expect(await page.locator('#field-closesAt').textContent()).toContain('Giờ Việt Nam (UTC+7)')
    if (SHOTS) await page.locator('#field-closesAt').screenshot({ path: path.join(SHOTS, 'date-field.png') })
    await page.keyboard.press('Control+s')
    await page.waitForURL(/\/admin\/collections\/polls\/\d+/, { timeout: 30_000 })
    const id = page.url().match(/polls\/(\d+)/)![1]
    const poll = await api('GET', `polls/${id}?depth=0`)
    expect(poll.closesAt).toBe('2026-12-31T10:00:00.000Z')
    expect(poll.closesAt_tz).toBe('Asia/Ho_Chi_Minh')
    await close()
  })
})
