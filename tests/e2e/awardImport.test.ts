/**
 * An officer's list through the admin, as a person does it: open the award
 * decision, upload the .xlsx, read the dry run (mapping and report), commit,
 * follow the progress, then find a name on the public site without typing
 * diacritics, on the decision's page (in STT order) and on its printable list.
 */
import fs from 'node:fs'
import path from 'node:path'

import ExcelJS from 'exceljs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { haveChromium, launchBrowser, startRunningPortal, type RunningPortal } from './helpers/portal'

const UNIT = 'Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum'
const ROWS = [
  [1, 'Nguyễn Văn Đặng', '062080001234', 'Trưởng phòng', UNIT, 'Lao động tiên tiến', 2024],
  [2, 'Đỗ Thị Hương', '062185005678', 'Chuyên viên', UNIT, 'Bằng khen của Chủ tịch UBND tỉnh', 2024],
  [3, 'Bùi Ngọc Ánh', '062190009012', 'Kế toán', UNIT, 'Chiến sĩ thi đua cơ sở', 2024],
]

async function listFile(dir: string): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Danh sách')
  sheet.addRow(['UBND TỈNH KON TUM'])
  sheet.addRow(['DANH SÁCH CÁ NHÂN ĐƯỢC KHEN THƯỞNG NĂM 2024'])
  sheet.addRow([])
  sheet.addRow(['STT', 'Họ và tên', 'Số CCCD', 'Chức vụ', 'Đơn vị', 'Danh hiệu', 'Năm'])
  for (const row of ROWS) sheet.addRow(row)
  const file = path.join(dir, 'danh-sach-khen-thuong.xlsx')
  fs.writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()))
  return file
}

describe.skipIf(!haveChromium)('importing an honour roll through the admin', () => {
  let portal: RunningPortal
  let browser: Browser
  let decision: { id: number; slug: string }

  beforeAll(async () => {
    portal = await startRunningPortal({}, { withAdmin: true })
    browser = await launchBrowser()
    const login = await fetch(`${portal.cmsUrl}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(portal.admin) })
    const { token } = await login.json()
    const units = await (await fetch(`${portal.cmsUrl}/api/units?where[name][equals]=${encodeURIComponent(UNIT)}&depth=0`)).json()
    const created = await fetch(`${portal.cmsUrl}/api/award-decisions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ number: '25/QĐ-SLĐTBXH', issuer: units.docs[0].id, issuedAt: '2025-01-15T00:00:00.000Z', abstract: 'Tặng danh hiệu thi đua năm 2024' }),
    })
    expect(created.status).toBe(201)
    decision = (await created.json()).doc
  })
  afterAll(async () => {
    await browser?.close()
    await portal?.stop()
  })

  it('uploads, checks, commits with progress, publishes, and the names are on the site', async () => {
    const page = await browser.newPage()
    await page.goto(`${portal.cmsUrl}/admin/login`)
    await page.fill('#field-email', portal.admin.email)
    await page.fill('#field-password', portal.admin.password)
    await Promise.all([page.waitForURL(/\/admin$/), page.getByRole('button', { name: 'Đăng nhập' }).click()])
    await page.goto(`${portal.cmsUrl}/admin/collections/award-decisions/${decision.id}`)
    const section = page.locator('section.award-import')
    await section.waitFor({ timeout: 90_000 })
    await section.locator('input[type=file]').setInputFiles(await listFile(portal.dataDir))
    await section.getByRole('button', { name: 'Kiểm tra (chạy thử)' }).click()
    await expect(section.getByRole('status').textContent()).resolves.toBeDefined()
    await section.getByText('Tệp hợp lệ: 3 dòng sẽ được ghi.').waitFor()
    // The mapping is shown and editable; the ID number column is dropped.
    await expect(section.getByLabel('Trường cho cột “Họ và tên”').inputValue()).resolves.toBe('recipientName')
    await expect(section.getByLabel('Trường cho cột “Số CCCD”').inputValue()).resolves.toBe('idNumber')
    await expect(section.textContent()).resolves.toMatch(/Đã bỏ các cột thông tin cá nhân/)
    await section.getByRole('button', { name: 'Ghi vào quyết định (3 dòng)' }).click()
    await section.getByText(/Đã ghi 3 dòng vào quyết định/).waitFor({ timeout: 30_000 })
    await expect(section.locator('progress').getAttribute('value')).resolves.toBe('3')
    // Nothing is public before the decision is published (the lines of a draft decision stay hidden).
    const hidden = await fetch(`${portal.siteUrl}/bang-vang?q=${encodeURIComponent('van dang')}`)
    expect(await hidden.text()).not.toContain('Nguyễn Văn Đặng')
    await page.getByRole('button', { name: 'Xuất bản tài liệu' }).click()
    await expect
      .poll(async () => (await fetch(`${portal.cmsUrl}/api/award-decisions/${decision.id}?depth=0`)).status, { timeout: 30_000 })
      .toBe(200)
    await page.close()

    const reader = await browser.newPage()
    // A reader types the name without diacritics.
    await reader.goto(`${portal.siteUrl}/bang-vang?q=${encodeURIComponent('nguyen van dang')}`)
    await expect(reader.locator('#bang-vang-danh-sach').locator('xpath=ancestor::section').textContent()).resolves.toContain('Nguyễn Văn Đặng')
    const html = await reader.content()
    expect(html).not.toContain('062080001234')

    // The decision's page lists in STT order; by given name on request ("Ánh", "Đặng", "Hương").
    await reader.goto(`${portal.siteUrl}/bang-vang/quyet-dinh/${decision.slug}`)
    const names = async () => (await reader.locator('#quyet-dinh-danh-sach').locator('xpath=ancestor::section//tbody/tr/th').allTextContents()).map((t) => t.trim())
    await expect(names()).resolves.toEqual(['Nguyễn Văn Đặng', 'Đỗ Thị Hương', 'Bùi Ngọc Ánh'])
    await reader.getByRole('link', { name: 'theo tên (A–Z)' }).click()
    await expect(names()).resolves.toEqual(['Bùi Ngọc Ánh', 'Nguyễn Văn Đặng', 'Đỗ Thị Hương'])
    await reader.getByRole('link', { name: 'Bản in danh sách kèm theo quyết định' }).click()
    await expect(reader.locator('h1').textContent()).resolves.toMatch(/Kèm theo Quyết định số 25\/QĐ-SLĐTBXH ngày 15 tháng 01 năm 2025/)
    await expect(reader.locator('.attachment-table tbody tr').count()).resolves.toBe(3)

    const csv = await fetch(`${portal.siteUrl}/bang-vang/tai-ve.csv?quyet-dinh=${decision.id}`)
    expect(csv.status).toBe(200)
    const bytes = Buffer.from(await csv.arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.toString('utf8')).toContain('Nguyễn Văn Đặng')
    await reader.close()
  })
})
