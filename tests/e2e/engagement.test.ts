import sharp from 'sharp'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { axeViolations, htmlErrors } from './helpers/checks'
import { haveChromium, launchBrowser, startRunningPortal, type RunningPortal } from './helpers/portal'

/** Ratings, polls and feedback in Chromium, with and without JavaScript, and every endpoint against bad input. */
const ARTICLE = '/tin-tuc/ke-hoach-cong-tac-thi-dua-khen-thuong-nam-2022'
const POLL_QUESTION = 'Theo bạn thông tin nội dung của website thế nào?'

/** Vietnamese: letters only Vietnamese uses (ă, ơ, ư, đ, or a tone mark on a vowel). */
const isVietnamese = (text: string) => /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i.test(text.normalize('NFC'))

describe.skipIf(!haveChromium)('ratings, polls and feedback', () => {
  let portal: RunningPortal
  let browser: Browser
  let articleId: string
  let pollId: string
  let optionIds: string[]
  let adminToken: string

  const site = (path: string) => portal.siteUrl + path
  const cms = (path: string) => portal.cmsUrl + path
  const adminHeaders = () => ({ 'Content-Type': 'application/json', Authorization: `JWT ${adminToken}` })

  /** The rating figures as the endpoint gives them to a reader without a cookie. */
  const figures = async () => (await (await fetch(site(`/danh-gia/${articleId}.json`))).json()) as { total: number; count: number; sentence: string }

  beforeAll(async () => {
    portal = await startRunningPortal({}, { withAdmin: true })
    browser = await launchBrowser()
    const html = await (await fetch(site(ARTICLE))).text()
    articleId = /id="danh-gia-bai-viet"[^>]*data-article="([^"]+)"/.exec(html)?.[1] ?? /data-article="([^"]+)"[^>]*id="danh-gia-bai-viet"/.exec(html)![1]!
    const home = await (await fetch(site('/'))).text()
    pollId = /class="widget poll"[^>]*data-poll="([^"]+)"/.exec(home)?.[1] ?? ''
    optionIds = [...home.matchAll(/name="choice" value="([^"]+)"/g)].map((m) => m[1]!)
    const login = await fetch(cms('/api/users/login'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(portal.admin) })
    adminToken = (await login.json()).token
  })
  afterAll(async () => {
    await browser?.close()
    await portal?.stop()
  })

  const widgetOf = (page: Page) => page.locator('#danh-gia-bai-viet')

  async function rateInBrowser(context: BrowserContext, stars: number) {
    const page = await context.newPage()
    await page.goto(site(ARTICLE))
    const widget = widgetOf(page)
    await widget.locator('label', { hasText: `${stars} sao` }).click()
    const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith(`/danh-gia/${articleId}.json`) && r.request().method() === 'POST'), widget.getByRole('button', { name: 'Gửi đánh giá' }).click()])
    expect(response.status()).toBe(200)
    return page
  }

  it('the seeded article and poll are on the pages', () => {
    expect(articleId).toMatch(/^\d+$/)
    expect(pollId).toMatch(/^\d+$/)
    expect(optionIds).toHaveLength(4)
  })

  it('a reader rates an article and sees the new total; changing the rating changes it, not the count', async () => {
    const before = await figures()
    expect(before.sentence).toBe('Tổng số điểm của bài viết là: 0 trong 0 đánh giá')
    const reader = await browser.newContext()
    const page = await rateInBrowser(reader, 4)
    const widget = widgetOf(page)
    await expect.poll(() => widget.locator('[data-rating="sentence"]').textContent()).toBe('Tổng số điểm của bài viết là: 4 trong 1 đánh giá')
    expect(await widget.locator('[data-rating="average"]').textContent()).toBe('Điểm trung bình: 4/5')
    expect(await widget.locator('[data-rating="status"]').textContent()).toContain('Cảm ơn')

    // The same reader changes their mind.
    await widget.locator('label', { hasText: '2 sao' }).click()
    await widget.getByRole('button', { name: 'Gửi đánh giá' }).click()
    await expect.poll(() => widget.locator('[data-rating="sentence"]').textContent()).toBe('Tổng số điểm của bài viết là: 2 trong 1 đánh giá')

    // Another reader adds theirs.
    const other = await browser.newContext()
    const otherPage = await rateInBrowser(other, 5)
    await expect.poll(() => widgetOf(otherPage).locator('[data-rating="sentence"]').textContent()).toBe('Tổng số điểm của bài viết là: 7 trong 2 đánh giá')

    // Back on the page (which may come from a cache), the first reader sees fresh figures and their own score.
    await page.reload()
    await expect.poll(() => widget.locator('[data-rating="sentence"]').textContent()).toBe('Tổng số điểm của bài viết là: 7 trong 2 đánh giá')
    await expect.poll(() => widget.locator('input[name="score"][value="2"]').isChecked()).toBe(true)
    // The article page itself sets no cookie and carries no identity: the reader cookie stays on /danh-gia.
    const cookies = await reader.cookies()
    expect(cookies.map((c) => [c.name, c.path, c.httpOnly])).toEqual([['doc-gia-danh-gia', '/danh-gia', true]])
    await reader.close()
    await other.close()
    expect(await figures()).toMatchObject({ total: 7, count: 2 })
  })

  it('rating works without JavaScript: the form posts and the answer page shows the new figures', async () => {
    const before = await figures()
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(site(ARTICLE))
    await widgetOf(page).locator('label', { hasText: '3 sao' }).click()
    await widgetOf(page).getByRole('button', { name: 'Gửi đánh giá' }).click()
    await page.waitForURL(new RegExp(`/danh-gia/${articleId}\\?da-gui=moi$`))
    const text = await page.locator('main').textContent()
    expect(text).toContain(`Tổng số điểm của bài viết là: ${before.total + 3} trong ${before.count + 1} đánh giá`)
    expect(text).toContain('Cảm ơn bạn đã đánh giá bài viết 3 sao')
    await page.getByRole('link', { name: 'Quay lại bài viết' }).click()
    await page.waitForURL(new RegExp(`${ARTICLE}$`))
    await context.close()
  })

  it('a reader votes in the sidebar poll and sees the results; a second ballot is refused', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(site('/gioi-thieu'))
    const poll = page.locator('.poll')
    expect(await poll.locator('legend').textContent()).toBe(POLL_QUESTION)
    expect(await poll.locator('[data-poll-part="results"]').isVisible()).toBe(false)
    await poll.getByLabel('Hữu ích', { exact: true }).check()
    await poll.getByRole('button', { name: 'Bình chọn' }).click()
    const results = poll.locator('[data-poll-part="results"]')
    await expect.poll(() => results.isVisible()).toBe(true)
    const text = await results.textContent()
    expect(text).toContain('Hữu ích')
    expect(text).toContain('1 phiếu (100%)')
    expect(text).toContain('1 người tham gia')
    expect(await poll.locator('[data-poll-part="status"]').textContent()).toContain('Cảm ơn')
    expect(await poll.locator('[data-poll-part="ballot"]').isVisible()).toBe(false)
    // On any other page the widget remembers, from the endpoint.
    await page.goto(site('/tin-tuc'))
    await expect.poll(() => page.locator('.poll [data-poll-part="results"]').isVisible()).toBe(true)
    // The same reader cannot vote again, whatever they send.
    const again = await page.evaluate(async ([id, option]) => {
      const r = await fetch(`/tham-do/${id}.json`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ choices: [option] }) })
      return { status: r.status, body: await r.json() }
    }, [pollId, optionIds[0]!] as const)
    expect(again.status).toBe(409)
    expect(isVietnamese(again.body.error)).toBe(true)
    const state = (await (await fetch(site(`/tham-do/${pollId}.json`))).json()) as { results: unknown }
    expect(state.results, 'a reader who has not voted does not see results of an "after voting" poll').toBeNull()
    await context.close()
  })

  it('voting works without JavaScript: the form posts and redirects to the poll with its results', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(site('/'))
    const poll = page.locator('.poll')
    await poll.getByLabel('Rất hữu ích').check()
    await poll.getByRole('button', { name: 'Bình chọn' }).click()
    await page.waitForURL(new RegExp(`/tham-do/${pollId}\\?da-binh-chon=1$`))
    const main = await page.locator('main').textContent()
    expect(main).toContain('Cảm ơn bạn đã tham gia thăm dò ý kiến')
    expect(main).toContain('2 người tham gia')
    expect(main).toMatch(/Rất hữu ích\s*1 phiếu \(50%\)/)
    // Voting again from the same browser is refused with a page that says why.
    await page.goto(site('/'))
    await page.locator('.poll').getByLabel('Bình thường').check()
    const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith(`/tham-do/${pollId}`) && r.request().method() === 'POST'), page.locator('.poll').getByRole('button', { name: 'Bình chọn' }).click()])
    expect(response.status()).toBe(409)
    expect(await page.locator('main').getByRole('alert').textContent()).toContain('Bạn đã tham gia cuộc thăm dò này')
    await context.close()
  })

  it('a reader sends feedback with an attachment, gets a code, and follows it to the published answer', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(site('/gop-y'))
    const name = 'Phạm Thị Người Hỏi'
    await page.check('#consent')
    await page.fill('#name', name)
    await page.fill('#email', 'nguoi.hoi@example.vn')
    await page.fill('#subject', 'Hỏi về hồ sơ khen thưởng')
    await page.fill('#message', 'Xin hỏi hồ sơ đề nghị khen thưởng cấp tỉnh gồm những giấy tờ gì?')
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#c00' } }).png().toBuffer()
    await page.setInputFiles('#attachment', { name: 'giay-to.png', mimeType: 'image/png', buffer: png })
    // A person takes a few seconds; the form refuses faster submissions.
    await page.waitForTimeout(3200)
    await page.getByRole('button', { name: 'Gửi ý kiến' }).click()
    await page.waitForURL(/\/gop-y\?da-gui=/)
    const code = (await page.locator('[data-reference-code]').textContent())!.trim()
    expect(code).toMatch(/^GY-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    expect(await page.locator('main').getByRole('status').textContent()).toContain('Ban biên tập đã nhận ý kiến')

    // Look it up by its code, typed loosely.
    await page.goto(site('/gop-y/tra-cuu'))
    await page.fill('#ma', code.toLowerCase())
    await page.getByRole('button', { name: 'Tra cứu' }).click()
    await page.waitForURL(/tra-cuu\?ma=/)
    expect(await page.locator('[data-feedback-status]').textContent()).toBe('Mới tiếp nhận')
    expect(await page.locator('main').textContent()).not.toContain(name)

    // The editors answer it in the CMS and publish it on the Q&A page.
    const found = await (await fetch(cms(`/api/feedback?where[code][equals]=${code}&depth=0`), { headers: adminHeaders() })).json()
    const item = found.docs[0]
    expect(item).toMatchObject({ name, email: 'nguoi.hoi@example.vn', status: 'new' })
    expect(item.attachment).toBeTruthy()
    const answer = 'Hồ sơ gồm tờ trình, báo cáo thành tích có xác nhận và biên bản bình xét.'
    const answered = await fetch(cms(`/api/feedback/${item.id}`), { method: 'PATCH', headers: adminHeaders(), body: JSON.stringify({ status: 'answered', answer, publishOnQA: true }) })
    expect(answered.status, await answered.clone().text()).toBe(200)
    await page.reload()
    expect(await page.locator('[data-feedback-status]').textContent()).toBe('Đã trả lời')
    expect(await page.locator('main').textContent()).toContain(answer)
    await page.goto(site('/hoi-dap'))
    const qa = (await page.locator('main').textContent())!
    expect(qa).toContain('Hỏi về hồ sơ khen thưởng')
    expect(qa).toContain(answer)
    expect(qa).not.toContain(name)
    expect(qa).not.toContain('nguoi.hoi@example.vn')

    // The attachment is private: not through the API without an account, not through the site's media route.
    const attachment = await (await fetch(cms(`/api/feedback-attachments/${item.attachment}`), { headers: adminHeaders() })).json()
    expect((await fetch(cms(`/api/feedback-attachments/${item.attachment}`))).status).toBe(403)
    expect((await fetch(cms(`/api/feedback-attachments/file/${attachment.filename}`))).status).toBe(403)
    expect((await fetch(cms(`/api/feedback-attachments/file/${attachment.filename}`), { headers: adminHeaders() })).status).toBe(200)
    expect((await fetch(site(`/media/${attachment.filename}`))).status).toBe(404)
    await context.close()
  })

  it('a rejected submission shows "Không tiếp nhận" at /gop-y/tra-cuu and never appears in Hỏi đáp', async () => {
    const page = await browser.newPage()
    await page.goto(site('/gop-y'))
    const subject = `Nội dung quảng cáo ${Date.now().toString(36)}`
    await page.check('#consent')
    await page.fill('#name', 'Người Gửi Quảng Cáo')
    await page.fill('#email', 'quang.cao@example.vn')
    await page.fill('#subject', subject)
    await page.fill('#message', 'Mời quý cơ quan mua sản phẩm của chúng tôi với giá ưu đãi.')
    // A person takes a few seconds; the form refuses faster submissions.
    await page.waitForTimeout(3200)
    await page.getByRole('button', { name: 'Gửi ý kiến' }).click()
    await page.waitForURL(/\/gop-y\?da-gui=/)
    const code = (await page.locator('[data-reference-code]').textContent())!.trim()
    const found = await (await fetch(cms(`/api/feedback?where[code][equals]=${code}&depth=0`), { headers: adminHeaders() })).json()
    const rejected = await fetch(cms(`/api/feedback/${found.docs[0].id}`), { method: 'PATCH', headers: adminHeaders(), body: JSON.stringify({ status: 'rejected' }) })
    expect(rejected.status, await rejected.clone().text()).toBe(200)
    await page.goto(site(`/gop-y/tra-cuu?ma=${encodeURIComponent(code)}`))
    expect(await page.locator('[data-feedback-status]').textContent()).toBe('Không tiếp nhận')
    // Publishing it on the Q&A page is refused while it is rejected...
    const published = await fetch(cms(`/api/feedback/${found.docs[0].id}`), { method: 'PATCH', headers: adminHeaders(), body: JSON.stringify({ publishOnQA: true }) })
    expect(published.status).toBe(400)
    // ...and the page, read after the rejection was stored (no cache in these tests), does not show it.
    await page.goto(site('/hoi-dap'))
    expect(await page.locator('main').textContent()).not.toContain(subject)
    await page.close()
  })

  it('the feedback form refuses a submission sent faster than a person types, and the honeypot', async () => {
    const page = await browser.newPage()
    await page.goto(site('/gop-y'))
    await page.check('#consent')
    await page.fill('#name', 'Người Gửi Nhanh')
    await page.fill('#phone', '0912345678')
    await page.fill('#subject', 'Thử gửi nhanh')
    await page.fill('#message', 'Nội dung gửi ngay lập tức như một chương trình tự động.')
    const [fast] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/gop-y') && r.request().method() === 'POST'), page.getByRole('button', { name: 'Gửi ý kiến' }).click()])
    expect(fast.status()).toBe(400)
    expect(await page.locator('main').getByRole('alert').textContent()).toContain('gửi quá nhanh')
    // The values are kept; a second try after a pause goes through, unless the honeypot is filled.
    expect(await page.inputValue('#subject')).toBe('Thử gửi nhanh')
    await page.locator('#website').evaluate((input: HTMLInputElement) => (input.value = 'http://spam.example'))
    await page.waitForTimeout(3200)
    const [trap] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/gop-y') && r.request().method() === 'POST'), page.getByRole('button', { name: 'Gửi ý kiến' }).click()])
    expect(trap.status()).toBe(400)
    expect(await page.locator('main').getByRole('alert').textContent()).toContain('Để trống ô này')
    await page.close()
  })

  it('staff sign in on the site, rate with their account, and sign out', async () => {
    const email = `can-bo-${Date.now()}@example.vn`
    const created = await fetch(cms('/api/users'), { method: 'POST', headers: adminHeaders(), body: JSON.stringify({ email, password: 'mat-khau-can-bo-123', name: 'Cán Bộ Thử', role: 'staff' }) })
    expect(created.status).toBe(201)
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(site(`/dang-nhap?ve=${encodeURIComponent(ARTICLE)}`))
    await page.fill('#email', email)
    await page.fill('#password', 'sai-mat-khau')
    const [wrong] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/dang-nhap') && r.request().method() === 'POST'), page.getByRole('button', { name: 'Đăng nhập' }).click()])
    expect(wrong.status()).toBe(401)
    expect(await page.locator('main').getByRole('alert').textContent()).toContain('Thư điện tử hoặc mật khẩu không đúng')
    await page.fill('#password', 'mat-khau-can-bo-123')
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await page.waitForURL(new RegExp(`${ARTICLE}$`))
    const session = (await context.cookies()).find((c) => c.name === 'phien-can-bo')
    expect(session?.httpOnly).toBe(true)
    const widget = widgetOf(page)
    await expect.poll(() => widget.locator('[data-rating="name"]').textContent()).toBe('Cán Bộ Thử')
    await widget.locator('label', { hasText: '5 sao' }).click()
    await widget.getByRole('button', { name: 'Gửi đánh giá' }).click()
    await expect.poll(() => widget.locator('[data-rating="status"]').textContent()).toContain('5 sao')
    const ratings = await (await fetch(cms(`/api/article-ratings?where[audience][equals]=staff&depth=0`), { headers: adminHeaders() })).json()
    expect(ratings.docs.map((r: { score: number }) => r.score)).toEqual([5])
    // The editors ask for staff and public figures apart: the widget shows both lines.
    const settings = await fetch(cms('/api/globals/engagement-settings'), { method: 'POST', headers: adminHeaders(), body: JSON.stringify({ ratingsByAudience: true }) })
    expect(settings.status).toBe(200)
    await page.reload()
    await expect.poll(() => widget.locator('[data-rating="audiences"]').isVisible()).toBe(true)
    expect(await widget.locator('[data-rating="staff"]').textContent()).toBe('5 trong 1 đánh giá')
    expect(await widget.locator('[data-rating="public"]').textContent()).toMatch(/^\d+ trong 3 đánh giá$/)
    // Signing out ends the session: the old token no longer identifies anyone.
    await page.goto(site('/dang-xuat'))
    await page.getByRole('button', { name: 'Đăng xuất' }).click()
    await page.waitForURL(site('/'))
    expect((await context.cookies()).find((c) => c.name === 'phien-can-bo')).toBeUndefined()
    const stale = await fetch(site(`/danh-gia/${articleId}.json`), { headers: { Cookie: `phien-can-bo=${session!.value}` } })
    expect((await stale.json()).signedInAs).toBeNull()
    await context.close()
  })

  it('the engagement collections are not readable through the Payload API without an account', async () => {
    for (const collection of ['article-ratings', 'poll-votes', 'feedback', 'feedback-attachments', 'polls', 'rate-limits']) {
      const response = await fetch(cms(`/api/${collection}`))
      expect(response.status, collection).toBe(403)
    }
    const graphql = await fetch(cms('/api/graphql'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: '{ Feedbacks { docs { email } } }' }) })
    expect(JSON.stringify(await graphql.json())).not.toContain('@example.vn')
  })

  describe('bad input, sent to every endpoint: 4xx with a Vietnamese message, never 5xx, nothing stored', () => {
    const HUGE = 'x'.repeat(6 * 1024 * 1024)
    // Bodies are made when the case runs: some need the ids read in beforeAll.
    type Body = () => { body: string; type: string }
    const text = (body: string | (() => string)) => (typeof body === 'function' ? body() : body)
    const json = (body: string | (() => string)): Body => () => ({ body: text(body), type: 'application/json' })
    const form = (body: string | (() => string)): Body => () => ({ body: text(body), type: 'application/x-www-form-urlencoded' })
    const raw = (body: string, type: string): Body => () => ({ body, type })

    interface Case {
      what: string
      path: () => string
      method?: string
      body?: Body
      origin?: string | null
      status: number
    }

    const cases: Case[] = [
      // Ratings (JSON)
      { what: 'rating: malformed JSON', path: () => `/danh-gia/${articleId}.json`, body: json('{"score": 4'), status: 400 },
      { what: 'rating: score as text', path: () => `/danh-gia/${articleId}.json`, body: json('{"score": "5"}'), status: 400 },
      { what: 'rating: score 6', path: () => `/danh-gia/${articleId}.json`, body: json('{"score": 6}'), status: 400 },
      { what: 'rating: score 0', path: () => `/danh-gia/${articleId}.json`, body: json('{"score": 0}'), status: 400 },
      { what: 'rating: score 2.5', path: () => `/danh-gia/${articleId}.json`, body: json('{"score": 2.5}'), status: 400 },
      { what: 'rating: an array', path: () => `/danh-gia/${articleId}.json`, body: json('[4]'), status: 400 },
      { what: 'rating: null', path: () => `/danh-gia/${articleId}.json`, body: json('null'), status: 400 },
      { what: 'rating: unknown field', path: () => `/danh-gia/${articleId}.json`, body: json('{"score": 4, "voterKey": "x"}'), status: 400 },
      { what: 'rating: huge body', path: () => `/danh-gia/${articleId}.json`, body: json(`{"score": 4, "x": "${HUGE}"}`), status: 413 },
      { what: 'rating: not JSON', path: () => `/danh-gia/${articleId}.json`, body: raw('score=4', 'text/plain'), status: 415 },
      { what: 'rating: unknown article', path: () => '/danh-gia/987654.json', body: json('{"score": 4}'), status: 404 },
      { what: 'rating: article id that is not an id', path: () => '/danh-gia/abc%27%20OR%201=1.json', body: json('{"score": 4}'), status: 404 },
      { what: 'rating: cross-site Origin', path: () => `/danh-gia/${articleId}.json`, body: json('{"score": 4}'), origin: 'https://evil.example', status: 403 },
      { what: 'rating: PUT', path: () => `/danh-gia/${articleId}.json`, method: 'PUT', body: json('{"score": 4}'), status: 405 },
      // Ratings (form)
      { what: 'rating form: score 9', path: () => `/danh-gia/${articleId}`, body: form('score=9'), status: 400 },
      { what: 'rating form: no score', path: () => `/danh-gia/${articleId}`, body: form('other=1'), status: 400 },
      { what: 'rating form: huge body', path: () => `/danh-gia/${articleId}`, body: form(`score=4&x=${HUGE}`), status: 413 },
      { what: 'rating form: JSON sent to the form', path: () => `/danh-gia/${articleId}`, body: json('{"score": 4}'), status: 415 },
      { what: 'rating form: cross-site Origin', path: () => `/danh-gia/${articleId}`, body: form('score=4'), origin: 'https://evil.example', status: 403 },
      { what: 'rating form: no Origin at all', path: () => `/danh-gia/${articleId}`, body: form('score=4'), origin: null, status: 403 },
      // Polls (JSON)
      { what: 'poll: malformed JSON', path: () => `/tham-do/${pollId}.json`, body: json('{"choices": ['), status: 400 },
      { what: 'poll: choices not a list', path: () => `/tham-do/${pollId}.json`, body: json('{"choices": "x"}'), status: 400 },
      { what: 'poll: a number as option', path: () => `/tham-do/${pollId}.json`, body: json('{"choices": [1]}'), status: 400 },
      { what: 'poll: unknown option', path: () => `/tham-do/${pollId}.json`, body: json('{"choices": ["khong-co-phuong-an-nay"]}'), status: 400 },
      { what: 'poll: no option', path: () => `/tham-do/${pollId}.json`, body: json('{"choices": []}'), status: 400 },
      { what: 'poll: two options on a single-choice poll', path: () => `/tham-do/${pollId}.json`, body: json(() => JSON.stringify({ choices: optionIds.slice(0, 2) })), status: 400 },
      { what: 'poll: huge body', path: () => `/tham-do/${pollId}.json`, body: json(`{"choices": ["${HUGE}"]}`), status: 413 },
      { what: 'poll: unknown poll', path: () => '/tham-do/987654.json', body: json(() => JSON.stringify({ choices: optionIds.slice(0, 1) })), status: 404 },
      { what: 'poll: cross-site Origin', path: () => `/tham-do/${pollId}.json`, body: json(() => JSON.stringify({ choices: optionIds.slice(0, 1) })), origin: 'https://evil.example', status: 403 },
      // Polls (form)
      { what: 'poll form: unknown option', path: () => `/tham-do/${pollId}`, body: form('choice=khong-co'), status: 400 },
      { what: 'poll form: nothing chosen', path: () => `/tham-do/${pollId}`, body: form(''), status: 400 },
      { what: 'poll form: huge body', path: () => `/tham-do/${pollId}`, body: form(`choice=${HUGE}`), status: 413 },
      { what: 'poll form: cross-site Origin', path: () => `/tham-do/${pollId}`, body: form(() => `choice=${optionIds[0]}`), origin: 'https://evil.example', status: 403 },
      // Feedback
      { what: 'feedback: empty form', path: () => '/gop-y', body: form(''), status: 400 },
      { what: 'feedback: broken multipart', path: () => '/gop-y', body: raw('--abc\r\nContent-Disposition: form-data; name="name"\r\n\r\nA', 'multipart/form-data; boundary=abc'), status: 400 },
      { what: 'feedback: huge body', path: () => '/gop-y', body: form(`name=A&message=${HUGE}`), status: 413 },
      { what: 'feedback: JSON', path: () => '/gop-y', body: json('{"name": "A"}'), status: 415 },
      { what: 'feedback: cross-site Origin', path: () => '/gop-y', body: form('name=A'), origin: 'https://evil.example', status: 403 },
      { what: 'feedback: no time stamp', path: () => '/gop-y', body: form('name=Nguyen%20Van%20A&email=a%40example.vn&subject=Hoi&message=Noi%20dung%20du%20dai%20roi'), status: 400 },
      // Staff sign-in and passwords
      { what: 'sign-in: no password', path: () => '/dang-nhap', body: form('email=a%40example.vn'), status: 400 },
      { what: 'sign-in: not an e-mail', path: () => '/dang-nhap', body: form('email=abc&password=x'), status: 400 },
      { what: 'sign-in: huge body', path: () => '/dang-nhap', body: form(`email=a%40example.vn&password=${HUGE}`), status: 413 },
      { what: 'sign-in: JSON', path: () => '/dang-nhap', body: json('{"email": "a@example.vn", "password": "x"}'), status: 415 },
      { what: 'sign-in: cross-site Origin', path: () => '/dang-nhap', body: form('email=a%40example.vn&password=x'), origin: 'https://evil.example', status: 403 },
      { what: 'sign-out: cross-site Origin', path: () => '/dang-xuat', body: form('back=%2F'), origin: 'https://evil.example', status: 403 },
      { what: 'password reset: malformed token', path: () => '/dat-lai-mat-khau', body: form('token=%3Cx%3E&password=abcdefghijk&confirm=abcdefghijk'), status: 400 },
      { what: 'password reset: unknown token', path: () => '/dat-lai-mat-khau', body: form(`token=${'a'.repeat(40)}&password=abcdefghijk&confirm=abcdefghijk`), status: 400 },
      { what: 'forgotten password: not an e-mail', path: () => '/quen-mat-khau', body: form('email=abc'), status: 400 },
      // Look-up
      { what: 'look-up: malformed code', path: () => '/gop-y/tra-cuu?ma=%3Cscript%3E', method: 'GET', status: 400 },
      { what: 'look-up: unknown code', path: () => '/gop-y/tra-cuu?ma=GY-0000-0000-0000-0000', method: 'GET', status: 404 },
    ]

    /** The Vietnamese sentence of a refusal: JSON's "error", the alert of an HTML page, or a plain-text body. */
    async function messageOf(response: Response): Promise<string> {
      const type = response.headers.get('content-type') ?? ''
      const text = await response.text()
      if (type.includes('application/json')) return JSON.parse(text).error ?? ''
      if (type.includes('text/html')) return /role="alert"[^>]*>([\s\S]*?)<\/div>/.exec(text)?.[1]?.replace(/<[^>]+>/g, ' ') ?? ''
      return text
    }

    /** How many ratings, ballots and feedback items are stored, as an editor sees them. */
    async function storedCounts() {
      const total = async (collection: string) => (await (await fetch(cms(`/api/${collection}?limit=0`), { headers: adminHeaders() })).json()).totalDocs as number
      return { ratings: await total('article-ratings'), votes: await total('poll-votes'), feedback: await total('feedback') }
    }

    // Each refusal is checked on its own: nothing stored by it, whatever the other tests stored before.
    it.each(cases)('$what → $status, nothing stored', async ({ path, method = 'POST', body: makeBody, origin, status }) => {
      const before = await figures()
      const stored = await storedCounts()
      const body = makeBody?.()
      const headers: Record<string, string> = {}
      if (origin !== null) headers.Origin = origin ?? portal.siteUrl
      if (body) headers['Content-Type'] = body.type
      const response = await fetch(site(path()), { method, headers, body: body?.body, redirect: 'manual' })
      expect(response.status).toBe(status)
      const message = await messageOf(response)
      expect(isVietnamese(message), `message: ${message.slice(0, 200)}`).toBe(true)
      expect(await figures()).toEqual(before)
      expect(await storedCounts()).toEqual(stored)
    })
  })

  it('the engagement pages are valid HTML and pass axe (WCAG 2.1 AA)', async () => {
    // A feedback item of this test's own, so its pages have something to show whatever ran before.
    const form = await browser.newPage()
    await form.goto(site('/gop-y'))
    await form.check('#consent')
    await form.fill('#name', 'Người Kiểm Tra Trợ Năng')
    await form.fill('#email', 'tro-nang@example.vn')
    await form.fill('#subject', 'Kiểm tra trợ năng')
    await form.fill('#message', 'Ý kiến dùng để kiểm tra trợ năng của các trang tương tác.')
    await form.waitForTimeout(3200) // the form refuses what is sent faster than a person types
    await Promise.all([form.waitForURL(/\/gop-y\?da-gui=/), form.getByRole('button', { name: 'Gửi ý kiến' }).click()])
    const code = (await form.locator('[data-reference-code]').textContent())!.trim()
    expect(code).toMatch(/^GY-/)
    await form.close()
    const paths = [
      ARTICLE,
      `/danh-gia/${articleId}`,
      '/tham-do',
      `/tham-do/${pollId}`,
      '/gop-y',
      `/gop-y?da-gui=${code}`,
      '/gop-y/tra-cuu',
      `/gop-y/tra-cuu?ma=${code}`,
      '/hoi-dap',
      '/dang-nhap',
      '/dang-xuat',
      '/quen-mat-khau',
      `/dat-lai-mat-khau?token=${'a'.repeat(40)}`,
    ]
    const failures: string[] = []
    const context = await browser.newContext()
    for (const path of paths) {
      const html = await (await fetch(site(path))).text()
      for (const error of await htmlErrors(html)) failures.push(`${path}: ${error}`)
      const page = await context.newPage()
      await page.goto(site(path))
      for (const v of await axeViolations(page)) failures.push(`${path}: ${v.id} (${v.impact}) ${v.help} at ${v.targets.slice(0, 3).join(', ')}`)
      await page.close()
    }
    await context.close()
    expect(failures).toEqual([])
  })
})
