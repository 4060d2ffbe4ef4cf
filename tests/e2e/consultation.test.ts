import fs from 'node:fs'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { axeViolations, htmlErrors } from './helpers/checks'
import { haveChromium, launchBrowser, startRunningPortal, type RunningPortal } from './helpers/portal'

/** Public consultation on nominees: citizens comment with and without JavaScript, editors moderate and print the summary. */
const COMMENTER = { name: 'Đỗ Thị Công Dân', email: 'cong.dan@example.vn', phone: '0934 567 890', address: '45 Lý Thường Kiệt, Hoàn Kiếm' }
const HOUR = 3_600_000

describe.skipIf(!haveChromium)('public consultation on nominees', () => {
  let portal: RunningPortal
  let browser: Browser
  let token: string
  const open = { id: 0, slug: '' }
  const nominees: Array<{ id: number; name: string }> = []
  const refused: Array<{ slug: string; dates: string[] }> = []
  const codes: string[] = []

  const site = (path: string) => portal.siteUrl + path
  const cms = (path: string) => portal.cmsUrl + path
  const api = async (path: string, method = 'GET', body?: unknown) => {
    const res = await fetch(cms(path), { method, headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` }, body: body === undefined ? undefined : JSON.stringify(body) })
    return { status: res.status, json: (await res.json()) as any }
  }
  const createConsultation = async (title: string, opensAt: Date) => {
    const { status, json } = await api('/api/consultations', 'POST', { title, council: 'Hội đồng Thi đua – Khen thưởng tỉnh', opensAt: opensAt.toISOString(), durationWorkingDays: 10, _status: 'published' })
    expect(status, JSON.stringify(json)).toBe(201)
    return json.doc as { id: number; slug: string; opensAt: string; closesAt: string }
  }

  beforeAll(async () => {
    portal = await startRunningPortal({ FEEDBACK_MIN_FILL_SECONDS: '1' }, { withAdmin: true })
    browser = await launchBrowser()
    token = (await (await fetch(cms('/api/users/login'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(portal.admin) })).json()).token
    const awardTypes = await api('/api/award-types?where[name][equals]=Hu%C3%A2n%20ch%C6%B0%C6%A1ng%20Lao%20%C4%91%E1%BB%99ng%20h%E1%BA%A1ng%20Ba&depth=0')
    const awardType = awardTypes.json.docs[0].id
    const doc = await createConsultation('Lấy ý kiến Nhân dân đề nghị tặng Huân chương Lao động', new Date(Date.now() - HOUR))
    Object.assign(open, { id: doc.id, slug: doc.slug })
    for (const [i, name] of ['Hoàng Văn Đề Nghị', 'Vũ Thị Xứng Đáng'].entries()) {
      const made = await api('/api/nominees', 'POST', { consultation: doc.id, order: i + 1, kind: 'individual', name, position: 'Trưởng phòng', unitName: 'Sở Nội vụ', awardType })
      expect(made.status).toBe(201)
      nominees.push({ id: made.json.doc.id, name })
    }
    const fmt = (iso: string) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(iso))
    for (const [title, opensAt] of [
      ['Đợt đã kết thúc', new Date('2025-03-03T08:00:00+07:00')],
      ['Đợt sắp mở', new Date(Date.now() + 5 * 24 * HOUR)],
    ] as const) {
      const made = await createConsultation(title, opensAt)
      refused.push({ slug: made.slug, dates: [fmt(made.opensAt), fmt(made.closesAt)] })
    }
  })
  afterAll(async () => {
    await browser?.close()
    await portal?.stop()
  })

  async function fillComment(page: Page, comment: string) {
    await page.fill('#name', COMMENTER.name)
    await page.fill('#email', COMMENTER.email)
    await page.fill('#phone', COMMENTER.phone)
    await page.fill('#address', COMMENTER.address)
    await page.fill('#comment', comment)
  }

  const storedComment = async (code: string) => (await api(`/api/consultation-comments?where[code][equals]=${code}&depth=0`)).json.docs[0]

  it('lists open and past consultations, with the working days left', async () => {
    const html = await (await fetch(site('/lay-y-kien'))).text()
    expect(html).toContain('Lấy ý kiến Nhân dân đề nghị tặng Huân chương Lao động')
    expect(html).toContain('Đợt đã kết thúc')
    expect(html).toMatch(/Còn \d+ ngày làm việc/)
    const page = await (await fetch(site(`/lay-y-kien/${open.slug}`))).text()
    expect(page).toMatch(/Đang lấy ý kiến: còn (9|10|11) ngày làm việc/)
    expect(page).toContain('Hoàng Văn Đề Nghị')
  })

  it('a citizen comments on one nominee without JavaScript: plain POST, redirect with the reference code', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(site(`/lay-y-kien/${open.slug}`))
    await page.getByRole('link', { name: `Góp ý về ${nominees[1]!.name}` }).click()
    await page.waitForURL(/\?ve=/)
    expect(await page.locator('#nominee').inputValue()).toBe(String(nominees[1]!.id))
    await fillComment(page, 'Bà Vũ Thị Xứng Đáng có nhiều đóng góp cho địa phương, tôi đồng ý.')
    await page.check('#consent')
    await page.waitForTimeout(1200)
    await page.getByRole('button', { name: 'Gửi ý kiến' }).click()
    await page.waitForURL(/\?da-gui=/)
    const code = (await page.locator('[data-reference-code]').textContent())!.trim()
    expect(code).toMatch(/^GY-[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/)
    codes.push(code)
    const stored = await storedComment(code)
    expect(stored).toMatchObject({ nominee: nominees[1]!.id, consultation: open.id, name: COMMENTER.name, address: COMMENTER.address, verdict: 'unsorted' })
    // The confirmation never repeats what the citizen gave.
    const text = await page.locator('main').textContent()
    for (const value of Object.values(COMMENTER)) expect(text).not.toContain(value)
    await context.close()
  })

  it('with JavaScript: the nominee link fills the form in place; without consent nothing is taken', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(site(`/lay-y-kien/${open.slug}`))
    const before = page.url()
    await page.getByRole('link', { name: `Góp ý về ${nominees[0]!.name}` }).click()
    expect(page.url()).toBe(before)
    expect(await page.locator('#nominee').inputValue()).toBe(String(nominees[0]!.id))
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('nominee')
    await fillComment(page, 'Ông Hoàng Văn Đề Nghị năm 2024 bị kỷ luật khiển trách, đề nghị xem xét lại.')
    await page.waitForTimeout(1200)
    const [refusal] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Gửi ý kiến' }).click()])
    expect(refusal.status()).toBe(400)
    expect(await page.locator('#consent-loi').textContent()).toContain('đồng ý')
    // What was typed is kept; the nominee too.
    expect(await page.locator('#nominee').inputValue()).toBe(String(nominees[0]!.id))
    await page.check('#consent')
    await page.waitForTimeout(1200)
    await page.getByRole('button', { name: 'Gửi ý kiến' }).click()
    await page.waitForURL(/\?da-gui=/)
    const code = (await page.locator('[data-reference-code]').textContent())!.trim()
    codes.push(code)
    expect(await storedComment(code)).toMatchObject({ nominee: nominees[0]!.id, verdict: 'unsorted' })
    await context.close()
  })

  it('refuses comments before opening and after closing with the dates (403), and shows no form there', async () => {
    for (const { slug, dates } of refused) {
      const html = await (await fetch(site(`/lay-y-kien/${slug}`))).text()
      expect(html).not.toContain('name="comment"')
      const body = new URLSearchParams({ name: COMMENTER.name, email: COMMENTER.email, address: COMMENTER.address, comment: 'Một ý kiến gửi ngoài thời gian lấy ý kiến.', consent: 'dong-y' })
      const res = await fetch(site(`/lay-y-kien/${slug}`), { method: 'POST', body, headers: { Origin: portal.siteUrl } })
      const answer = await res.text()
      expect(res.status).toBe(403)
      for (const date of dates) expect(answer).toContain(date)
      expect(answer).toMatch(/chưa bắt đầu|đã kết thúc/)
    }
  })

  it('an editor moderates a comment in the admin and prints the council summary', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(cms('/admin/login'))
    await page.fill('#field-email', portal.admin.email)
    await page.fill('#field-password', portal.admin.password)
    await Promise.all([page.waitForURL(/\/admin$/, { timeout: 90_000 }), page.getByRole('button', { name: 'Đăng nhập' }).click()])

    const objection = await storedComment(codes[1]!)
    await page.goto(cms(`/admin/collections/consultation-comments/${objection.id}`), { timeout: 90_000 })
    await page.locator('#field-verdict').click()
    await page.locator('.rs__option', { hasText: 'Phản ánh, không đồng ý' }).click()
    const [saved] = await Promise.all([page.waitForResponse((r) => r.url().includes(`/api/consultation-comments/${objection.id}`) && r.request().method() === 'PATCH'), page.getByRole('button', { name: 'Lưu' }).click()])
    expect(saved.status()).toBe(200)
    expect((await storedComment(codes[1]!)).verdict).toBe('objection')

    // The summary, from the same signed-in browser.
    const summary = await context.newPage()
    const response = await summary.goto(cms(`/api/consultations/${open.id}/tong-hop`))
    expect(response!.status()).toBe(200)
    const stored = (await api(`/api/consultation-comments?where[consultation][equals]=${open.id}&limit=100&depth=0`)).json
    expect(await summary.locator('[data-total]').textContent()).toBe(String(stored.totalDocs))
    const rows = summary.locator('tbody tr')
    const first = rows.filter({ hasText: nominees[0]!.name })
    expect(await first.locator('td.n').allTextContents()).toEqual(['1', '0', '0', '1', '0'])
    expect(await first.textContent()).toContain('bị kỷ luật khiển trách')
    const page2 = await summary.content()
    for (const value of Object.values(COMMENTER)) expect(page2).not.toContain(value)
    await summary.emulateMedia({ media: 'print' })
    expect(await summary.locator('.actions').isVisible()).toBe(false)
    const pdf = await summary.pdf({ format: 'A4', landscape: true })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')

    // The spreadsheet, by the summary page's own link (a download in the editor's signed-in browser).
    await summary.emulateMedia({ media: 'screen' })
    const [download] = await Promise.all([summary.waitForEvent('download'), summary.getByRole('link', { name: 'Tải bảng tính (CSV)' }).click()])
    expect(download.suggestedFilename()).toBe(`tong-hop-y-kien-${open.id}.csv`)
    const csvText = fs.readFileSync((await download.path())!, 'utf8')
    expect(csvText.startsWith('\uFEFF"STT"')).toBe(true)
    expect(csvText).toContain('bị kỷ luật khiển trách')

    // Nobody else gets it.
    expect((await fetch(cms(`/api/consultations/${open.id}/tong-hop`))).status).toBe(401)
    expect((await fetch(cms(`/api/consultation-comments`))).status).toBe(403)
    await context.close()
  })

  it('shows an answer the editors publish, and never the commenter’s details', async () => {
    const comment = await storedComment(codes[1]!)
    const answer = 'Hội đồng đã xác minh: hình thức kỷ luật đã hết thời hạn theo quy định.'
    expect((await api(`/api/consultation-comments/${comment.id}`, 'PATCH', { answer, publishAnswer: true })).status).toBe(200)
    const html = await (await fetch(site(`/lay-y-kien/${open.slug}`))).text()
    expect(html).toContain(answer)
    expect(html).toContain('bị kỷ luật khiển trách')
    for (const value of [...Object.values(COMMENTER), '0934567890', ...codes]) expect(html).not.toContain(value)
  })

  it('a citizen looks up their comment by its code, typed in any case without dashes: status and published answer only', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    // From the confirmation, as the citizen would.
    await page.goto(site(`/lay-y-kien/${open.slug}?da-gui=${codes[0]}`))
    await page.getByRole('link', { name: 'Tra cứu trạng thái và câu trả lời' }).click()
    await page.waitForURL(/\/gop-y\/tra-cuu\?ma=/)
    expect(await page.locator('[data-feedback-status]').textContent()).toBe('Đã tiếp nhận')
    expect(await page.locator('main').textContent()).toContain(nominees[1]!.name)

    const typed = codes[1]!.toLowerCase().replace(/-/g, '')
    const res = await page.goto(site(`/gop-y/tra-cuu?ma=${typed}`))
    expect(res!.status()).toBe(200)
    expect(await page.locator('[data-feedback-status]').textContent()).toBe('Đã trả lời')
    const text = (await page.locator('main').textContent())!
    expect(text).toContain('Hội đồng đã xác minh: hình thức kỷ luật đã hết thời hạn theo quy định.')
    expect(text).toContain(codes[1]!)
    for (const value of [...Object.values(COMMENTER), '0934567890', 'bị kỷ luật khiển trách']) expect(text).not.toContain(value)

    const unknown = await page.goto(site('/gop-y/tra-cuu?ma=GY-0000-0000-0000-0001'))
    expect(unknown!.status()).toBe(404)
    expect(await page.locator('[role="alert"]').textContent()).toContain('Không tìm thấy ý kiến nào với mã tra cứu này')
    await context.close()
  })

  it('the consultation pages pass axe (WCAG 2.1 AA) and html-validate', async () => {
    const paths = ['/lay-y-kien', `/lay-y-kien/${open.slug}`, `/lay-y-kien/${open.slug}?da-gui=${codes[0]}`, `/lay-y-kien/${refused[0]!.slug}`, `/gop-y/tra-cuu?ma=${codes[1]}`]
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
