/**
 * Award verification in a real browser: a standing award's page (200, its QR
 * code read off the screen decodes to the page's own URL), a code typed in
 * lowercase without dashes (301 to the canonical address, and through the
 * form), an unknown code (404) and a withdrawn award (410), each axe-clean;
 * roll lines link to the award's page; the admin panel shows an editor the QR
 * code and opens the printable certificate, in Vietnamese.
 */
import fs from 'node:fs'
import path from 'node:path'

import jsQR from 'jsqr'
import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { axeViolations, htmlErrors } from './helpers/checks'
import { haveChromium, launchBrowser, startRunningPortal, type RunningPortal } from './helpers/portal'

/** Screenshots for a person to look at (E2E_SCREENSHOTS overrides the folder). */
const SHOTS = process.env.E2E_SCREENSHOTS ?? '/tmp/verify-shots'

type Award = { id: number; recipientName: string; verificationCode: string }

/** Look-ups per address and hour: enough for the tests above the last one, which uses the rest up. */
const LOOKUP_LIMIT = 60

/** The text a QR code in a PNG says, read with jsQR from sharp's raw pixels. */
async function decodeQr(png: Buffer): Promise<string | null> {
  const { data, info } = await sharp(png).flatten({ background: '#fff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data ?? null
}

describe.skipIf(!haveChromium)('award verification pages and the QR codes', () => {
  let portal: RunningPortal
  let browser: Browser
  let token: string
  let valid: Award
  let withdrawn: Award

  const api = (pathname: string, init: RequestInit = {}) =>
    fetch(`${portal.cmsUrl}/api/${pathname}`, { ...init, headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}`, ...init.headers } })

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true })
    portal = await startRunningPortal({ VERIFICATION_IP_HOURLY_LIMIT: String(LOOKUP_LIMIT) }, { withAdmin: true })
    browser = await launchBrowser()
    token = (await (await fetch(`${portal.cmsUrl}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(portal.admin) })).json()).token
    // Two lines of the seed's public roll, as an anonymous reader sees them.
    const roll = await (await fetch(`${portal.cmsUrl}/api/awards?limit=2&depth=0&sort=id`)).json()
    valid = roll.docs[0] as Award
    withdrawn = roll.docs[1] as Award
    expect(valid.verificationCode).toMatch(/^XM-/)
    const unit = (await (await api('units?limit=1&depth=0')).json()).docs[0]
    const decision = await api('award-decisions', {
      method: 'POST',
      body: JSON.stringify({ number: '77/QĐ-SLĐTBXH', issuer: unit.id, issuedAt: '2025-06-20T00:00:00.000Z', abstract: 'Thu hồi danh hiệu thi đua', _status: 'published' }),
    })
    expect(decision.status).toBe(201)
    const withdrawal = await api(`awards/${withdrawn.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ withdrawn: true, withdrawalDecision: (await decision.json()).doc.id, withdrawalReason: 'Kê khai thành tích không trung thực' }),
    })
    expect(withdrawal.status).toBe(200)
  }, 900_000)

  afterAll(async () => {
    await browser?.close()
    await portal?.stop()
  })

  async function open(pathname: string): Promise<{ page: Page; status: number }> {
    const page = await browser.newPage()
    const response = await page.goto(`${portal.siteUrl}${pathname}`)
    return { page, status: response!.status() }
  }

  /** axe-clean in normal and in high contrast (the reader's display cookie), and valid HTML. */
  async function expectAccessible(page: Page) {
    expect(await axeViolations(page)).toEqual([])
    expect(await htmlErrors(await page.content())).toEqual([])
    const context = await browser.newContext()
    await context.addCookies([{ name: 'hien-thi', value: '0.hc', url: portal.siteUrl }])
    const contrasted = await context.newPage()
    await contrasted.goto(page.url())
    expect(await contrasted.getAttribute('html', 'data-contrast')).toBe('high')
    expect(await axeViolations(contrasted)).toEqual([])
    await context.close()
  }

  it('a standing award: 200, the verdict, the award and its decision; its QR code decodes to the page URL', async () => {
    const { page, status } = await open(`/xac-minh/${valid.verificationCode}`)
    expect(status).toBe(200)
    await expect(page.locator('h1').textContent()).resolves.toBe('Xác minh khen thưởng')
    await expect(page.locator('.verdict').textContent()).resolves.toMatch(/Khen thưởng này có trong bảng vàng của .+ \(hợp lệ\)\./)
    await expect(page.locator('[data-recipient]').textContent()).resolves.toContain(valid.recipientName)
    await expect(page.locator('[data-verification-code]').textContent()).resolves.toBe(valid.verificationCode)
    await expect(page.getByRole('link', { name: /^Quyết định số / }).count()).resolves.toBeGreaterThan(0)
    await expect(page.locator('meta[name=robots]').getAttribute('content')).resolves.toBe('noindex')
    const shot = await page.locator('.verification-qr svg').screenshot()
    expect(await decodeQr(shot)).toBe(page.url())
    await page.screenshot({ path: path.join(SHOTS, 'verification-valid.png'), fullPage: true })
    await expectAccessible(page)
    await page.close()
  })

  it('a code typed in lowercase without dashes: 301 to its canonical address, by URL and through the form', async () => {
    const typed = valid.verificationCode.toLowerCase().replace(/-/g, '')
    const answer = await fetch(`${portal.siteUrl}/xac-minh/${typed}`, { redirect: 'manual' })
    expect(answer.status).toBe(301)
    expect(new URL(answer.headers.get('location')!, portal.siteUrl).pathname).toBe(`/xac-minh/${valid.verificationCode}`)
    const { page, status } = await open('/xac-minh')
    expect(status).toBe(200)
    await expectAccessible(page)
    await page.getByLabel('Mã xác minh').fill(` ${typed} `)
    await Promise.all([page.waitForURL(`**/xac-minh/${valid.verificationCode}`), page.getByRole('button', { name: 'Xác minh' }).click()])
    await expect(page.locator('.verdict').textContent()).resolves.toMatch(/hợp lệ/)
    await page.close()
  })

  it('an unknown code: 404 "Không tìm thấy mã xác minh" with what to check; a malformed one in the form: 400', async () => {
    const { page, status } = await open('/xac-minh/XM-0000-0000-0000-0000')
    expect(status).toBe(404)
    await expect(page.locator('h1').textContent()).resolves.toBe('Không tìm thấy mã xác minh')
    await expect(page.locator('main').textContent()).resolves.toMatch(/quyết định khen thưởng đã được đăng/)
    await expect(page.locator('meta[name=robots]').getAttribute('content')).resolves.toBe('noindex')
    await page.screenshot({ path: path.join(SHOTS, 'verification-unknown.png'), fullPage: true })
    await expectAccessible(page)
    await page.close()
    const bad = await open('/xac-minh?ma=123')
    expect(bad.status).toBe(400)
    await expect(bad.page.getByRole('alert').textContent()).resolves.toMatch(/không đúng định dạng/)
    await bad.page.close()
  })

  it('a withdrawn award: 410 "Khen thưởng đã bị thu hồi", the withdrawing decision, the reason, and what it was', async () => {
    const { page, status } = await open(`/xac-minh/${withdrawn.verificationCode}`)
    expect(status).toBe(410)
    await expect(page.locator('h1').textContent()).resolves.toBe('Khen thưởng đã bị thu hồi')
    await expect(page.locator('main').textContent()).resolves.toContain('Quyết định số 77/QĐ-SLĐTBXH')
    await expect(page.locator('[data-withdrawal-reason]').textContent()).resolves.toBe('Kê khai thành tích không trung thực')
    await expect(page.locator('[data-recipient]').textContent()).resolves.toContain(withdrawn.recipientName)
    await expect(page.locator('.verification-qr').count()).resolves.toBe(0)
    await expect(page.locator('meta[name=robots]').getAttribute('content')).resolves.toBe('noindex')
    await page.screenshot({ path: path.join(SHOTS, 'verification-withdrawn.png'), fullPage: true })
    await expectAccessible(page)
    await page.close()
  })

  it('the roll links each line to its award page, and to /xac-minh', async () => {
    const { page } = await open(`/bang-vang?q=${encodeURIComponent(valid.recipientName)}`)
    await expect(page.locator(`a[href="/xac-minh/${valid.verificationCode}"]`).count()).resolves.toBe(1)
    await expect(page.locator('main a[href="/xac-minh"]').count()).resolves.toBe(1)
    await expect(page.locator('footer a[href="/xac-minh"]').count()).resolves.toBe(1)
    await page.close()
  })

  it('the admin shows an editor the QR code, its downloads and the printable certificate, in Vietnamese', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
    await page.goto(`${portal.cmsUrl}/admin/login`)
    await page.fill('#field-email', portal.admin.email)
    await page.fill('#field-password', portal.admin.password)
    await Promise.all([page.waitForURL(/\/admin$/), page.getByRole('button', { name: 'Đăng nhập' }).click()])
    await page.goto(`${portal.cmsUrl}/admin/collections/awards/${valid.id}`)
    const panel = page.locator('.award-verification')
    await panel.waitFor({ timeout: 90_000 })
    await expect(panel.getByText('Mã QR và giấy chứng nhận').count()).resolves.toBe(1)
    const image = panel.getByRole('img', { name: `Mã QR xác minh khen thưởng ${valid.verificationCode}` })
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 30_000 }).toBe(true)
    const qr = await decodeQr(await image.screenshot())
    expect(qr).toMatch(new RegExp(`/xac-minh/${valid.verificationCode}$`))
    await panel.screenshot({ path: path.join(SHOTS, 'admin-award-qr-panel.png') })
    await page.screenshot({ path: path.join(SHOTS, 'admin-award.png') })
    // The downloads carry the code as their file name.
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('link', { name: 'Tải mã QR (PNG)' }).click()])
    expect(download.suggestedFilename()).toBe(`${valid.verificationCode}.png`)
    expect(await decodeQr(fs.readFileSync((await download.path())!))).toBe(qr)
    // The certificate opens in a new tab: the recipient, the code and the date as dd/mm/yyyy.
    const [sheet] = await Promise.all([page.context().waitForEvent('page'), panel.getByRole('link', { name: 'In giấy chứng nhận' }).click()])
    await sheet.waitForLoadState()
    await expect(sheet.locator('.sheet .name').textContent()).resolves.toBe(valid.recipientName)
    await expect(sheet.locator('[data-code]').textContent()).resolves.toBe(valid.verificationCode)
    await expect(sheet.locator('.sheet').textContent()).resolves.toMatch(/ngày \d{2}\/\d{2}\/\d{4}/)
    await sheet.emulateMedia({ media: 'print' })
    await sheet.screenshot({ path: path.join(SHOTS, 'certificate.png'), fullPage: true })
    await page.close()
  })

  it('look-ups past the per-address allowance are refused with 429 and a Vietnamese page', async () => {
    let status = 0
    for (let i = 0; i <= LOOKUP_LIMIT && status !== 429; i++) status = (await fetch(`${portal.siteUrl}/xac-minh/XM-0000-0000-0000-${String(i).padStart(4, '0')}`)).status
    expect(status).toBe(429)
    const refused = await fetch(`${portal.siteUrl}/xac-minh/${valid.verificationCode}`)
    expect(refused.status).toBe(429)
    expect(await refused.text()).toContain('Quá nhiều yêu cầu')
  })
})
