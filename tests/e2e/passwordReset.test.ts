import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { eventually } from '../integration/helpers/poll'
import { bodyOf, startSmtpServer } from '../integration/helpers/smtpServer'
import { haveChromium, launchBrowser, startRunningPortal, type RunningPortal } from './helpers/portal'

const OLD_PASSWORD = 'mat-khau-cu-rat-dai-123'
const NEW_PASSWORD = 'mat-khau-moi-rat-dai-456'

/**
 * A staff member who forgot their password, end to end: the request on the
 * public site, the mail (caught by a local SMTP server), the link, the new
 * password, and signing in with it.
 */
describe.skipIf(!haveChromium)('password reset by mail, on the public site', () => {
  let portal: RunningPortal
  let browser: Browser
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>
  const email = `quen-mat-khau-${Date.now().toString(36)}@example.vn`

  beforeAll(async () => {
    smtp = await startSmtpServer()
    portal = await startRunningPortal({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), MAIL_FROM: 'Cổng TTĐT <no-reply@example.gov.vn>' }, { withAdmin: true })
    browser = await launchBrowser()
    const login = await fetch(`${portal.cmsUrl}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(portal.admin) })
    const { token } = await login.json()
    const created = await fetch(`${portal.cmsUrl}/api/users`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ email, password: OLD_PASSWORD, name: 'Cán Bộ Quên Mật Khẩu', role: 'staff' }),
    })
    expect(created.status).toBe(201)
  })
  afterAll(async () => {
    await browser?.close()
    await portal?.stop()
    await smtp?.close()
  })

  /** Signs in on /dang-nhap in a fresh browser context; true when the site shows the signed-in state. */
  async function signIn(password: string): Promise<{ ok: boolean; page: Page; refusal: string | null }> {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${portal.siteUrl}/dang-nhap`)
    await page.fill('#email', email)
    await page.fill('#password', password)
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/dang-nhap') && r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Đăng nhập' }).click(),
    ])
    await page.waitForLoadState('load')
    // Signed in: the sign-in page, opened again, shows the account and the sign-out button.
    const refusal = answer.status() === 303 ? null : await page.locator('main [role="alert"]').textContent()
    await page.goto(`${portal.siteUrl}/dang-nhap`)
    const ok = (await page.locator('form[action="/dang-xuat"]').count()) > 0
    return { ok, page, refusal }
  }

  /** Sets a password through a reset link; returns the page's status or alert text. */
  async function useLink(pathAndQuery: string, password: string): Promise<string> {
    const page = await browser.newPage()
    await page.goto(portal.siteUrl + pathAndQuery)
    await page.fill('#password', password)
    await page.fill('#confirm', password)
    await page.getByRole('button', { name: 'Đặt mật khẩu mới' }).click()
    await page.waitForLoadState('load')
    const message = (await page.locator('main [role="status"], main [role="alert"]').first().textContent())!.trim()
    await page.close()
    return message
  }

  it('request, mail, link, new password: the new one signs in, the old one no longer does, and the link works once', async () => {
    const page = await browser.newPage()
    await page.goto(`${portal.siteUrl}/quen-mat-khau`)
    await page.fill('#email', email)
    await page.getByRole('button', { name: 'Gửi liên kết đặt lại mật khẩu' }).click()
    await expect(page.locator('main [role="status"]').textContent()).resolves.toContain('một thư hướng dẫn đặt lại mật khẩu vừa được gửi đến')
    await page.close()

    const { value: mail } = await eventually(() => smtp.mails.find((m) => m.to.includes(email)), { timeoutMs: 20_000, what: 'the reset mail' })
    const body = bodyOf(mail)
    expect(body).toContain('Có yêu cầu đặt lại mật khẩu')
    const link = new URL(/https?:\/\/[^\s"<]+\/dat-lai-mat-khau\?token=[^\s"<&]+/.exec(body)![0])
    expect(link.pathname).toBe('/dat-lai-mat-khau')
    expect(link.searchParams.get('token')).toMatch(/^[0-9a-f]{20,}$/)
    const pathAndQuery = link.pathname + link.search

    await expect(useLink(pathAndQuery, NEW_PASSWORD)).resolves.toContain('Đã đặt mật khẩu mới')

    const withNew = await signIn(NEW_PASSWORD)
    expect(withNew.ok).toBe(true)
    await withNew.page.context().close()
    const withOld = await signIn(OLD_PASSWORD)
    expect(withOld.ok).toBe(false)
    expect(withOld.refusal).toMatch(/\S/)
    await withOld.page.context().close()

    // The same link a second time sets nothing.
    const again = await useLink(pathAndQuery, 'mat-khau-thu-ba-rat-dai-789')
    expect(again).not.toContain('Đã đặt mật khẩu mới')
    const withThird = await signIn('mat-khau-thu-ba-rat-dai-789')
    expect(withThird.ok).toBe(false)
    await withThird.page.context().close()
    const stillNew = await signIn(NEW_PASSWORD)
    expect(stillNew.ok).toBe(true)
    await stillNew.page.context().close()
  })
})
