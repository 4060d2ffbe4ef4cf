import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { signPreview } from '@portal/cms/workflow/previewToken'

import { eventually } from '../integration/helpers/poll'
import { haveChromium, launchBrowser, startRunningPortal, type RunningPortal } from './helpers/portal'

/** Screenshots of the admin and the previews, for a person to look at (not compared by the test). */
const SHOTS = path.join(os.tmpdir(), 'portal-workflow-screens')

/**
 * Preview, scheduling and the admin's workflow screens on the portal as
 * `npm start` runs it, with the production cache (CONTENT_CACHE_MS unset).
 */
describe.skipIf(!haveChromium)('editorial workflow in the running portal', () => {
  let portal: RunningPortal
  let browser: Browser
  let admin: Page
  let token: string
  let run = 0

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true })
    portal = await startRunningPortal({ CONTENT_CACHE_MS: '' }, { withAdmin: true })
    browser = await launchBrowser()
    const login = await fetch(`${portal.cmsUrl}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(portal.admin) })
    expect(login.status).toBe(200)
    token = (await login.json()).token
    admin = await browser.newPage({ viewport: { width: 1366, height: 900 } })
    await admin.goto(`${portal.cmsUrl}/admin/login`)
    await admin.fill('#field-email', portal.admin.email)
    await admin.fill('#field-password', portal.admin.password)
    await Promise.all([admin.waitForURL(/\/admin$/, { timeout: 90_000 }), admin.getByRole('button', { name: 'Đăng nhập' }).click()])
  })
  afterAll(async () => {
    await browser?.close()
    await portal?.stop()
  })

  const api = async (method: string, pathname: string, body?: unknown) => {
    const response = await fetch(`${portal.cmsUrl}/api/${pathname}`, {
      method,
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    expect(response.status, `${method} ${pathname}: ${response.status}`).toBeLessThan(300)
    return (await response.json()).doc as { id: number | string; slug: string; title: string; _status: string }
  }
  const draftArticle = (words: string) => api('POST', 'articles?draft=true', { title: `Quy trình ${words} lần ${++run} ${Date.now().toString(36)}`, summary: 'Bài kiểm tra quy trình.', _status: 'draft' })
  const site = async (pathname: string) => {
    const response = await fetch(`${portal.siteUrl}${pathname}`)
    return { status: response.status, headers: response.headers, html: await response.text() }
  }
  /** The key Payload signs with: its digest of the generated PAYLOAD_SECRET (payload.secret). */
  const secret = () => crypto.createHash('sha256').update(fs.readFileSync(path.join(portal.dataDir, '.payload-secret'), 'utf8').trim()).digest('hex').slice(0, 32)

  it('"Xem trước" opens the draft on the site: banner, noindex, never cached, each save seen at once', async () => {
    const draft = await draftArticle('xem trước')
    await admin.goto(`${portal.cmsUrl}/admin/collections/articles/${draft.id}`)
    const href = await admin.locator('#preview-button').getAttribute('href', { timeout: 60_000 })
    expect(href).toMatch(/\/xem-truoc\/articles\.\d+\.\d+\.[\w-]+$/)
    await admin.screenshot({ path: path.join(SHOTS, 'article-edit.png'), fullPage: true })
    const previewPath = new URL(href!).pathname

    // The live preview frames the same page; its widths are phone, tablet and desktop.
    await admin.click('#live-preview-toggler')
    const frame = admin.locator('iframe').first()
    await expect(frame.getAttribute('src', { timeout: 30_000 })).resolves.toMatch(/\/xem-truoc\/articles\./)
    const framed = admin.frameLocator('iframe').first()
    await expect(framed.locator('.preview-banner').textContent({ timeout: 30_000 })).resolves.toContain('Bản xem trước – chưa xuất bản')
    await admin.screenshot({ path: path.join(SHOTS, 'live-preview.png') })
    await admin.click('#live-preview-toggler')

    const first = await site(previewPath)
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toBe('private, no-store')
    expect(first.headers.get('x-robots-tag')).toBe('noindex')
    expect(first.html).toContain('<meta name="robots" content="noindex"')
    expect(first.html).toContain('Bản xem trước – chưa xuất bản')
    expect(first.html).toContain(draft.title)
    expect((await site(`/tin-tuc/${draft.slug}`)).status).toBe(404)

    // A new save of the draft shows on the next load (no cache in between).
    const changed = `${draft.title} (sửa lần hai)`
    await api('PATCH', `articles/${draft.id}?draft=true`, { title: changed })
    expect((await site(previewPath)).html).toContain(changed)

    // The admin may frame it (live preview); other sites may not.
    const policy = first.headers.get('content-security-policy') ?? ''
    expect(policy).toMatch(/frame-ancestors 'self' http:\/\/(localhost|127\.0\.0\.1):\d+/)
    expect(first.headers.get('x-frame-options')).toBeNull()

    for (const [name, width, height] of [['dien-thoai', 375, 740], ['may-tinh-bang', 768, 1024], ['may-tinh', 1366, 900]] as const) {
      const tab = await browser.newPage({ viewport: { width, height } })
      await tab.goto(`${portal.siteUrl}${previewPath}`)
      await expect(tab.locator('.preview-banner').textContent()).resolves.toContain('Bản xem trước – chưa xuất bản')
      await expect(tab.locator('h1').first().textContent()).resolves.toBe(changed)
      await tab.screenshot({ path: path.join(SHOTS, `preview-${name}.png`), fullPage: false })
      await tab.close()
    }
  })

  it('forged, altered, expired and other-document links are refused with a Vietnamese page', async () => {
    const draft = await draftArticle('liên kết giả')
    const other = await draftArticle('tài liệu khác')
    const good = signPreview(secret(), { collection: 'articles', id: draft.id })
    expect((await site(`/xem-truoc/${good}`)).status).toBe(200)
    const [, , expires, signature] = good.split('.')
    const cases: Array<[string, string, number]> = [
      ['another document', `articles.${other.id}.${expires}.${signature}`, 403],
      ['another kind', `pages.${draft.id}.${expires}.${signature}`, 403],
      ['made up', `articles.${draft.id}.${expires}.${'A'.repeat(43)}`, 403],
      ['another secret', signPreview('mot-bi-mat-khac-hoan-toan-0123456789', { collection: 'articles', id: draft.id }), 403],
      ['expired', signPreview(secret(), { collection: 'articles', id: draft.id }, Date.now() - 2 * 3600_000), 410],
      ['garbage', 'khong-hop-le', 403],
    ]
    for (const [what, candidate, status] of cases) {
      const answer = await site(`/xem-truoc/${candidate}`)
      expect(answer.status, what).toBe(status)
      expect(answer.html, what).toContain('Không xem trước được')
      expect(answer.html, what).not.toContain(draft.title)
      expect(answer.headers.get('cache-control'), what).toBe('private, no-store')
    }
  })

  it('every kind with a page previews its draft through the public page’s own component', async () => {
    const first = async (collection: string) => (await (await fetch(`${portal.cmsUrl}/api/${collection}?limit=1&depth=0`, { headers: { Authorization: `JWT ${token}` } })).json()).docs[0].id
    const [unit, documentType] = [await first('units'), await first('document-types')]
    const tag = Date.now().toString(36)
    const kinds: Array<[string, Record<string, unknown>, string, string]> = [
      ['documents', { abstract: `Văn bản nháp ${tag}`, documentType, issuer: unit, issued: { year: 2025 } }, `Văn bản nháp ${tag}`, 'Trích yếu'],
      ['movements', { name: `Phong trào nháp ${tag}`, periodStart: 2025 }, `Phong trào nháp ${tag}`, 'Giai đoạn 2025'],
      ['exemplary-models', { name: `Điển hình nháp ${tag}`, year: 2025, recipientKind: 'individual' }, `Điển hình nháp ${tag}`, 'Năm'],
      ['galleries', { title: `Album nháp ${tag}`, kind: 'photo' }, `Album nháp ${tag}`, 'Thư viện ảnh, video'],
      ['pages', { title: `Trang nháp ${tag}` }, `Trang nháp ${tag}`, ''],
      ['award-decisions', { number: `${Math.floor(Math.random() * 9000) + 1000}/QĐ-UBND`, issuer: unit, issuedAt: '2025-05-01T00:00:00.000Z', abstract: `Quyết định nháp ${tag}` }, `Quyết định nháp ${tag}`, 'Quyết định số'],
    ]
    for (const [collection, data, shown, label] of kinds) {
      const doc = await api('POST', `${collection}?draft=true`, { ...data, _status: 'draft' })
      const answer = await site(`/xem-truoc/${signPreview(secret(), { collection: collection as never, id: doc.id })}`)
      expect(answer.status, `${collection}: ${answer.html.slice(0, 300)}`).toBe(200)
      expect(answer.html, collection).toContain('Bản xem trước – chưa xuất bản')
      expect(answer.html, collection).toContain(shown)
      if (label) expect(answer.html, collection).toContain(label)
    }
  })

  it('a publication dated a few seconds ahead goes live by itself: the CMS runs the queue, nobody signed in', async () => {
    const at = Date.now() + 4000
    const doc = await api('POST', 'articles', { title: `Hẹn giờ đăng ${Date.now().toString(36)}`, publishedAt: new Date(at).toISOString(), _status: 'published' })
    expect(doc._status).toBe('draft')
    expect((await site(`/tin-tuc/${doc.slug}`)).status).toBe(404)
    // The runner looks every 5 s; the site's caches add at most two lifetimes of 2 s.
    const { elapsedMs } = await eventually(async () => (await site(`/tin-tuc/${doc.slug}`)).status === 200, { since: at, timeoutMs: 5000 + 2 * 2000 + 3000, intervalMs: 250, what: 'the scheduled article on the site' })
    console.log(`scheduled publication: visible ${elapsedMs} ms after its time`)
    expect(Date.now()).toBeGreaterThanOrEqual(at)
  })

  it('the admin shows the workflow in Vietnamese: dashboard, review state, audit log, version comparison', async () => {
    const draft = await draftArticle('chờ duyệt')
    await api('PATCH', `articles/${draft.id}?draft=true`, { reviewState: 'submitted' })
    await api('PATCH', `articles/${draft.id}`, { _status: 'published' })
    await api('PATCH', `articles/${draft.id}?draft=true`, { summary: 'Sapo sửa sau khi đăng', featured: true })
    const waiting = await draftArticle('đợi duyệt')
    await api('PATCH', `articles/${waiting.id}?draft=true`, { reviewState: 'submitted' })

    await admin.goto(`${portal.cmsUrl}/admin`)
    const dashboard = admin.locator('#ban-bien-tap').locator('..')
    await expect(dashboard.textContent()).resolves.toContain('Chờ duyệt')
    await expect(admin.locator('#cho-duyet').locator('..').textContent()).resolves.toContain(waiting.title)
    await expect(admin.locator('#moi-xuat-ban').locator('..').textContent()).resolves.toContain(draft.title)
    await admin.screenshot({ path: path.join(SHOTS, 'dashboard.png'), fullPage: true })

    await admin.goto(`${portal.cmsUrl}/admin/collections/audit-log`)
    await expect(admin.locator('main, .collection-list').first().textContent({ timeout: 60_000 })).resolves.toMatch(/Xuất bản/)
    await admin.screenshot({ path: path.join(SHOTS, 'audit-log.png'), fullPage: true })
    expect((await fetch(`${portal.cmsUrl}/api/audit-log`, { headers: { Authorization: `JWT ${token}` } })).status).toBe(200)

    const versions = await fetch(`${portal.cmsUrl}/api/articles/versions?where[parent][equals]=${draft.id}&sort=-createdAt&depth=0`, { headers: { Authorization: `JWT ${token}` } }).then((r) => r.json())
    const newest = versions.docs[0].id
    await admin.goto(`${portal.cmsUrl}/admin/collections/articles/${draft.id}/versions/${newest}`)
    const compare = admin.locator('main, .view-version').first()
    // The comparison loads after the page ("Đang tải..."): wait for the changed field before reading the whole view.
    await compare.getByText('Sapo sửa sau khi đăng').first().waitFor({ timeout: 60_000 })
    const text = (await compare.textContent()) ?? ''
    await admin.screenshot({ path: path.join(SHOTS, 'version-compare.png'), fullPage: true })
    expect(text).toContain('Sapo sửa sau khi đăng')
    expect(text).not.toMatch(/\btrue\b|\bfalse\b/)
    expect(text).not.toContain('Nội dung tìm kiếm (tự động)')
  })
})
