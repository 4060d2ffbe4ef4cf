import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { axeViolations, htmlErrors } from './helpers/checks'
import { haveChromium, launchBrowser, startRunningPortal, type RunningPortal } from './helpers/portal'

/** The four seeded plans, by number as the library shows it. */
const SEEDED_NUMBERS = ['443/KH-SLĐTBXH', '23/KH-SVHTTDL', '61/KH-UBND', '/KH-SLĐTBXH']
/** Every seeded document, newest first: the plans and the texts the sources cite (seed/src/content/citations.ts). */
const ALL_BY_DATE = ['50/QĐ-UBND', '01/NQ-CP', '06-NQ/BCSĐ', '99/2023/NQ-HĐND', '497-KL/TU', '/KH-SLĐTBXH', '672/QĐ-LĐTBXH', '443/KH-SLĐTBXH', '23/KH-SVHTTDL', '61/KH-UBND', '733/QĐ-TTg', '1847/QĐ-TTg', '34-CT/TW', '07/CT-TTg']
const HA_GIANG_NUMBER = '/KH-SLĐTBXH'
const MOVEMENT_NAME = 'Công chức, viên chức và người lao động thực hiện văn hóa công sở'
const BLOC_NAME = 'Khối các cơ quan tham mưu và quản lý nhà nước về Văn hóa - Xã hội'

const text = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim()
const texts = async (page: Page, selector: string) => (await page.locator(selector).allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim())
/** The numbers of the documents listed in the library's results. */
const listedNumbers = (page: Page) => texts(page, 'main .doc-list .doc-number')
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)

describe.skipIf(!haveChromium)('documents library, movements and blocs, in Chromium', () => {
  let portal: RunningPortal
  let browser: Browser

  beforeAll(async () => {
    portal = await startRunningPortal()
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await portal?.stop()
  })

  /** A page without JavaScript: everything here must work as plain HTML. */
  async function openNoScript(path: string, width = 1280) {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } })
    const page = await context.newPage()
    const response = await page.goto(`${portal.siteUrl}${path}`)
    return { page, response, close: () => context.close() }
  }

  /** The URL of a seeded document, found through the library's search by number (never guessed). */
  async function documentUrl(number: string): Promise<string> {
    const { page, close } = await openNoScript(`/van-ban?q=${encodeURIComponent(number)}`)
    const link = page.locator('main .doc-list h3 a', { has: page.locator('.doc-number', { hasText: new RegExp(`^${number.replace(/[/]/g, '\\/')}$`) }) })
    expect(await link.count()).toBe(1)
    const href = await link.getAttribute('href')
    await close()
    return `${portal.siteUrl}${href}`
  }

  it('the library lists the seeded documents with number, abstract, issuer and date', async () => {
    const { page, response, close } = await openNoScript('/van-ban')
    expect(response?.status()).toBe(200)
    expect(await page.locator('h1').count()).toBe(1)
    await expect(text(page, 'h1')).resolves.toBe('Văn bản')
    // Newest first, ten to a page.
    expect(await listedNumbers(page)).toEqual(ALL_BY_DATE.slice(0, 10))
    await expect(text(page, '.result-count')).resolves.toBe(`Tìm thấy ${ALL_BY_DATE.length} văn bản (hiển thị 1–10).`)
    // With the date as the source gives it and the issuer.
    const first = await text(page, 'main .doc-list > li:has(.doc-number:text-is("/KH-SLĐTBXH"))')
    expect(first).toContain('Phát động thực hiện phong trào thi đua')
    expect(first).toContain('tháng 8/2022')
    expect(first).toContain('Cơ quan ban hành: Sở Lao động - Thương binh và Xã hội tỉnh Hà Giang')
    const plan443 = await text(page, 'main .doc-list > li:has(.doc-number:text-is("443/KH-SLĐTBXH"))')
    expect(plan443).toContain('28/02/2022')
    expect(plan443).toContain('Kế hoạch triển khai công tác thi đua khen thưởng')
    // Every form field has a label.
    for (const id of ['vb-q', 'vb-loai', 'vb-co-quan', 'vb-nam', 'vb-linh-vuc', 'vb-hieu-luc']) {
      expect(await page.locator(`label[for="${id}"]`).count()).toBe(1)
    }
    await close()
  })

  it('the filter form narrows by type and by year, without JavaScript', async () => {
    const { page, close } = await openNoScript('/van-ban')
    // The field options come from the CMS's own list.
    expect(await texts(page, '#vb-linh-vuc option')).toContain('Thi đua - Khen thưởng')
    expect(await texts(page, '#vb-hieu-luc option')).toContain('Còn hiệu lực')

    await page.selectOption('#vb-loai', { label: 'Kế hoạch' })
    await Promise.all([page.waitForURL(/loai=ke-hoach/), page.getByRole('button', { name: 'Tìm văn bản' }).click()])
    expect((await listedNumbers(page)).sort()).toEqual([...SEEDED_NUMBERS].sort())
    expect(await page.locator('#vb-loai option:checked').textContent()).toBe('Kế hoạch')

    await page.selectOption('#vb-loai', { label: 'Quyết định' })
    await Promise.all([page.waitForURL(/loai=quyet-dinh/), page.getByRole('button', { name: 'Tìm văn bản' }).click()])
    expect(await listedNumbers(page)).toEqual(['50/QĐ-UBND', '672/QĐ-LĐTBXH', '733/QĐ-TTg', '1847/QĐ-TTg'])
    await page.selectOption('#vb-loai', { label: 'Thông tư' })
    await Promise.all([page.waitForURL(/loai=thong-tu/), page.getByRole('button', { name: 'Tìm văn bản' }).click()])
    expect(await listedNumbers(page)).toEqual([])
    await expect(text(page, '.result-count')).resolves.toContain('Không tìm thấy văn bản phù hợp')

    await page.selectOption('#vb-loai', { label: 'Kế hoạch' })
    await page.selectOption('#vb-nam', '2022')
    await Promise.all([page.waitForURL(/nam=2022/), page.getByRole('button', { name: 'Tìm văn bản' }).click()])
    expect((await listedNumbers(page)).sort()).toEqual(['/KH-SLĐTBXH', '443/KH-SLĐTBXH'])
    await expect(text(page, '.result-count')).resolves.toBe('Tìm thấy 2 văn bản.')

    await page.goto(`${portal.siteUrl}/van-ban?nam=2021`)
    expect((await listedNumbers(page)).sort()).toEqual(['23/KH-SVHTTDL', '61/KH-UBND'])
    await close()
  })

  it('searches by number ("443/KH") and by unaccented words ("thi dua")', async () => {
    const { page, close } = await openNoScript('/van-ban')
    await page.fill('#vb-q', '443/KH')
    await Promise.all([page.waitForURL(/q=443/), page.getByRole('button', { name: 'Tìm văn bản' }).click()])
    expect(await listedNumbers(page)).toEqual(['443/KH-SLĐTBXH'])
    expect(await page.inputValue('#vb-q')).toBe('443/KH')

    await page.goto(`${portal.siteUrl}/van-ban?q=${encodeURIComponent('thi dua')}`)
    const found = await listedNumbers(page)
    // 61/KH-UBND is known only by its citation, which says nothing of "thi đua".
    expect(found.sort()).toEqual(['443/KH-SLĐTBXH', '23/KH-SVHTTDL', '/KH-SLĐTBXH', '34-CT/TW', '07/CT-TTg', '672/QĐ-LĐTBXH', '733/QĐ-TTg'].sort())
    for (const abstract of await texts(page, 'main .doc-list h3')) expect(abstract.toLowerCase()).toContain('thi đua')

    // Words narrow: the signer's name, unaccented, is only in the Hà Giang plan; a made-up word is in none.
    await page.goto(`${portal.siteUrl}/van-ban?q=${encodeURIComponent('sung dai hung')}`)
    expect(await listedNumbers(page)).toEqual([HA_GIANG_NUMBER])
    await page.goto(`${portal.siteUrl}/van-ban?q=${encodeURIComponent('khongcotrongvanban')}`)
    expect(await listedNumbers(page)).toEqual([])
    await close()
  })

  it('a garbage query answers 200 with the whole list', async () => {
    const { page, response, close } = await openNoScript('/van-ban?nam=abc&loai=zzz&trang=-5&co-quan=%27%3B--&linh-vuc=x&hieu-luc=y')
    expect(response?.status()).toBe(200)
    expect(await listedNumbers(page)).toEqual(ALL_BY_DATE.slice(0, 10))
    await expect(text(page, '[role="note"]')).resolves.toContain('Giá trị lọc không hợp lệ đã được bỏ qua')
    const past = await page.goto(`${portal.siteUrl}/van-ban?trang=999`)
    expect(past?.status()).toBe(200)
    expect(await listedNumbers(page)).toHaveLength(10)
    await close()
  })

  it('the Hà Giang plan shows the date as written, signer, legal basis and recipients', async () => {
    const url = await documentUrl(HA_GIANG_NUMBER)
    const { page, response, close } = await openNoScript(url.slice(portal.siteUrl.length))
    expect(response?.status()).toBe(200)
    expect(await page.locator('h1').count()).toBe(1)
    await expect(text(page, 'h1')).resolves.toBe('Phát động thực hiện phong trào thi đua “Công chức, viên chức và người lao động thực hiện văn hóa công sở”, giai đoạn 2022-2025')

    const row = (label: string) => text(page, `table.doc-meta-table tr:has(th[scope="row"]:text-is("${label}")) td`)
    await expect(page.locator('table.doc-meta-table caption').textContent()).resolves.toBe('Thông tin văn bản')
    await expect(row('Số, ký hiệu')).resolves.toContain('/KH-SLĐTBXH')
    await expect(row('Loại văn bản')).resolves.toBe('Kế hoạch')
    await expect(row('Cơ quan ban hành')).resolves.toBe('Sở Lao động - Thương binh và Xã hội tỉnh Hà Giang')
    const date = await row('Ngày ban hành')
    expect(date).toMatch(/tháng 8\/2022|ngày tháng 8 năm 2022/)
    expect(date).not.toMatch(/01\/08\/2022/)
    await expect(row('Người ký')).resolves.toBe('Sùng Đại Hùng')
    await expect(row('Chức vụ người ký')).resolves.toBe('GIÁM ĐỐC')
    // No source states it: not shown as a fact.
    await expect(row('Tình trạng hiệu lực')).resolves.toBe('Chưa xác định')
    await expect(row('Địa danh')).resolves.toBe('Hà Giang')
    await expect(text(page, '.doc-place-date')).resolves.toBe('Hà Giang, ngày tháng 8 năm 2022')
    await expect(row('Lĩnh vực')).resolves.toBe('Thi đua - Khen thưởng')
    await expect(row('Phong trào thi đua')).resolves.toBe(MOVEMENT_NAME)

    // Its only "Căn cứ" is 672/QĐ-LĐTBXH, a citation entry of the library; 733/QĐ-TTg is cited in its text, and linked there.
    const basis = await texts(page, 'section[aria-labelledby="can-cu"] li')
    expect(basis).toHaveLength(1)
    expect(basis[0]).toContain('672/QĐ-LĐTBXH')
    expect(await page.locator('.rich-text a', { hasText: '733/QĐ-TTg' }).count()).toBeGreaterThan(0)

    const recipients = await texts(page, 'section[aria-labelledby="noi-nhan"] ul > li')
    expect(recipients).toContain('Ban Thi đua khen thưởng tỉnh;')
    expect(recipients).toContain('Phòng Lao động -TBXH, Trung tâm GDNN-GDTX các huyện, TP;')
    expect(recipients).toContain('Lưu: VT, VP.')
    expect(recipients).toHaveLength(8)

    await expect(text(page, '.rich-text')).resolves.toContain('I. MỤC ĐÍCH')
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '[]') as Array<Record<string, unknown>>
    const legislation = ld.find((item) => item['@type'] === 'Legislation')
    expect(legislation?.legislationDate).toBe('2022-08')
    expect(legislation?.legislationType).toBe('Kế hoạch')
    await close()
  })

  it('23/KH-SVHTTDL carries out ("Thực hiện") 61/KH-UBND, a citation entry that links back; neither is the other\'s legal basis', async () => {
    const { page, close } = await openNoScript((await documentUrl('23/KH-SVHTTDL')).slice(portal.siteUrl.length))
    expect(await page.locator('section[aria-labelledby="can-cu"]').count()).toBe(0)
    const implementsLink = page.locator('section[aria-labelledby="thuc-hien"] li a')
    expect(await implementsLink.count()).toBe(1)
    await expect(implementsLink.textContent()).resolves.toContain('61/KH-UBND')
    await Promise.all([page.waitForURL(/\/van-ban\/61-kh-ubnd/), implementsLink.click()])
    await expect(text(page, 'table.doc-meta-table tr:has(th:text-is("Số, ký hiệu")) td')).resolves.toBe('61/KH-UBND')
    await expect(text(page, '.doc-citation-note')).resolves.toContain('Thư viện chưa có toàn văn')
    const carriedOutBy = await texts(page, 'section[aria-labelledby="van-ban-thuc-hien"] li a')
    expect(carriedOutBy).toHaveLength(1)
    expect(carriedOutBy[0]).toContain('23/KH-SVHTTDL')
    expect(await page.locator('section[aria-labelledby="van-ban-can-cu-vao"]').count()).toBe(0)
    // And 61/KH-UBND cites nothing itself.
    expect(await page.locator('section[aria-labelledby="can-cu"]').count()).toBe(0)
    await close()
  })

  it('the movement page shows its milestones as a timeline and links the Hà Giang plan', async () => {
    const planUrl = await documentUrl(HA_GIANG_NUMBER)
    const { page, response, close } = await openNoScript('/phong-trao-thi-dua')
    expect(response?.status()).toBe(200)
    await expect(text(page, 'main .movement-list')).resolves.toContain('Giai đoạn 2022–2025')
    await Promise.all([page.waitForURL(/\/phong-trao-thi-dua\/.+/), page.getByRole('link', { name: MOVEMENT_NAME }).click()])
    await expect(text(page, 'h1')).resolves.toBe(MOVEMENT_NAME)
    expect(await page.locator('h1').count()).toBe(1)

    const milestones = await texts(page, 'ol.timeline > li')
    expect(milestones).toHaveLength(3)
    expect(await texts(page, 'ol.timeline > li time')).toEqual(['2022', '2023', '2025'])
    expect(milestones[0]).toContain('Phát động')
    expect(milestones[1]).toContain('Sơ kết')
    expect(milestones[2]).toContain('Tổng kết')

    // As the plan sets them out: general criteria (with the point on heads of units), standards for individuals, forms of emulation, the 2025 campaign.
    const criteria = await text(page, 'section[aria-labelledby="tieu-chi"]')
    expect(criteria).toContain('Tiêu chí chung')
    expect(criteria).toContain('Tiêu chí đối với cá nhân')
    expect(await page.locator('section[aria-labelledby="tieu-chi-chung"] li li').allTextContents()).toEqual([expect.stringMatching(/^Trưởng các phòng thuộc Sở/)])
    await expect(text(page, 'section[aria-labelledby="hinh-thuc"]')).resolves.toContain('Hình thức đối với tập thể')
    await expect(text(page, 'section[aria-labelledby="dot-thi-dua"]')).resolves.toContain('Đợt thi đua đặc biệt năm 2025 “Thi đua đoàn kết, kỷ cương, sáng tạo thực hiện tốt nhiệm vụ chính trị” (năm 2025)')
    await expect(text(page, 'section[aria-labelledby="khau-hieu"]')).resolves.toContain('Thi đua đoàn kết, kỷ cương, sáng tạo')
    const plans = page.locator('section[aria-labelledby="ke-hoach-trien-khai"] a')
    expect(await plans.count()).toBe(1)
    expect(new URL(await plans.getAttribute('href') ?? '', portal.siteUrl).href).toBe(planUrl)
    // Models and decisions of the movement (the sample), labelled as sample data.
    expect(await page.locator('section[aria-labelledby="dien-hinh-phong-trao"] li').count()).toBe(3)
    await expect(text(page, 'section[aria-labelledby="quyet-dinh-phong-trao"]')).resolves.toContain('120/QĐ-SLĐTBXH')
    await expect(text(page, 'section[aria-labelledby="quyet-dinh-phong-trao"]')).resolves.toContain('Dữ liệu mẫu')
    await close()
  })

  it('the bloc page lists its members and the 2024 leader and deputy', async () => {
    const { page, response, close } = await openNoScript('/khoi-thi-dua')
    expect(response?.status()).toBe(200)
    await Promise.all([page.waitForURL(/\/khoi-thi-dua\/.+/), page.getByRole('link', { name: BLOC_NAME }).click()])
    await expect(text(page, 'h1')).resolves.toBe(BLOC_NAME)
    expect(await page.locator('.bloc-members > li').count()).toBe(8)
    expect(await page.locator('table.bloc-leadership caption').count()).toBe(1)
    expect(await texts(page, 'table.bloc-leadership thead th[scope="col"]')).toEqual(['Năm', 'Trưởng khối', 'Phó trưởng khối', 'Ghi chú'])
    const cells = (year: number) => texts(page, `table.bloc-leadership tbody tr:has(th[scope="row"]:text-is("${year}")) td`)
    const y2024 = await cells(2024)
    expect(y2024[0]).toBe('Sở Văn hóa, Thể thao và Du lịch')
    expect(y2024[1]).toBe('Sở Lao động - Thương binh và Xã hội')
    const y2023 = await cells(2023)
    expect(y2023[0]).toContain('Sở Giáo dục và Đào tạo')
    expect(y2023[0]).toContain('Lê Thị Hương')
    await close()
  })

  /** An editor's token for the CMS's REST API (the first account of this fresh portal), made once. */
  let token: Promise<string> | null = null
  function editorToken(): Promise<string> {
    token ??= (async () => {
      const credentials = { email: 'bientap-vanban@example.vn', password: 'mat-khau-bien-tap-123' }
      const registered = await fetch(`${portal.cmsUrl}/api/users/first-register`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...credentials, name: 'Biên tập văn bản' }),
      })
      expect(registered.status).toBeLessThan(300)
      const login = await fetch(`${portal.cmsUrl}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(credentials) })
      expect(login.status).toBe(200)
      return (await login.json()).token as string
    })()
    return token
  }
  /** The first document of a REST query, read as the editor. */
  async function one(collection: string, query: string) {
    const response = await fetch(`${portal.cmsUrl}/api/${collection}?${query}&limit=1&depth=0`, { headers: { Authorization: `JWT ${await editorToken()}` } })
    const doc = (await response.json()).docs[0]
    expect(doc, `${collection}?${query}`).toBeTruthy()
    return doc
  }
  const byName = (name: string) => `where[name][equals]=${encodeURIComponent(name)}`
  const byNumber = (number: string) => `where[number][equals]=${encodeURIComponent(number)}`

  it('a draft document reaches no page: not the library, nor "cited by", nor the movement', async () => {
    const api = portal.cmsUrl
    const auth = { Authorization: `JWT ${await editorToken()}`, 'Content-Type': 'application/json' }
    const [type, issuer, basis, movement] = await Promise.all([
      one('document-types', byName('Kế hoạch')),
      one('units', byName('Ủy ban nhân dân tỉnh Thái Bình')),
      one('documents', byNumber('61/KH-UBND')),
      one('movements', byName(MOVEMENT_NAME)),
    ])
    const abstract = 'Bản nháp kế hoạch chưa duyệt về thi đua'
    const created = await fetch(`${api}/api/documents?draft=true`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({
        number: '999/KH-UBND',
        documentType: type.id,
        issuer: issuer.id,
        abstract,
        issued: { day: 1, month: 3, year: 2022 },
        legalBasis: [{ document: basis.id }],
        movement: movement.id,
        _status: 'draft',
      }),
    })
    expect(created.status).toBe(201)
    const { doc } = await created.json()

    const { page, close } = await openNoScript('/van-ban')
    await expect(text(page, '.result-count')).resolves.toBe(`Tìm thấy ${ALL_BY_DATE.length} văn bản (hiển thị 1–10).`)
    await page.goto(`${portal.siteUrl}/van-ban?q=${encodeURIComponent('999/KH')}`)
    expect(await listedNumbers(page)).toEqual([])
    await expect(text(page, 'main')).resolves.not.toContain(abstract)
    expect((await page.goto(`${portal.siteUrl}/van-ban/${doc.slug}`))?.status()).toBe(404)
    await page.goto(await documentUrl('61/KH-UBND'))
    expect(await page.locator('section[aria-labelledby="van-ban-can-cu-vao"]').count()).toBe(0)
    await page.goto(`${portal.siteUrl}/phong-trao-thi-dua`)
    await Promise.all([page.waitForURL(/\/phong-trao-thi-dua\/.+/), page.getByRole('link', { name: MOVEMENT_NAME }).click()])
    expect(await page.locator('section[aria-labelledby="ke-hoach-trien-khai"] a').count()).toBe(1)
    await expect(text(page, 'main')).resolves.not.toContain(abstract)
    await close()
  })

  it('a published decision shows its attachment, what it amends and replaces, and those pages link back', async () => {
    const api = portal.cmsUrl
    const auth = { Authorization: `JWT ${await editorToken()}` }
    // The smallest PDF the CMS accepts (header, one object, xref, %%EOF).
    const pdf = '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n52\n%%EOF\n'
    const form = new FormData()
    form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'quyet-dinh-12.pdf')
    form.append('_payload', JSON.stringify({ alt: 'Quyết định 12/QĐ-SLĐTBXH' }))
    const uploaded = await fetch(`${api}/api/media`, { method: 'POST', headers: auth, body: form })
    expect(uploaded.status).toBe(201)
    const media = (await uploaded.json()).doc
    const [type, issuer, amended, replaced] = await Promise.all([
      one('document-types', byName('Quyết định')),
      one('units', byName('Sở Lao động - Thương binh và Xã hội')),
      one('documents', byNumber('443/KH-SLĐTBXH')),
      one('documents', byNumber('61/KH-UBND')),
    ])
    const created = await fetch(`${api}/api/documents`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        number: '12/QĐ-SLĐTBXH',
        documentType: type.id,
        issuer: issuer.id,
        abstract: 'Quyết định sửa đổi Kế hoạch 443/KH-SLĐTBXH và thay thế Kế hoạch 61/KH-UBND (thử nghiệm)',
        issued: { day: 10, month: 3, year: 2023 },
        effectiveAt: '2023-03-15T00:00:00.000Z',
        signer: 'Người Ký Thử',
        signerTitle: 'KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC',
        amends: [amended.id],
        replaces: [replaced.id],
        attachments: [media.id],
        validity: 'in-force',
        _status: 'published',
      }),
    })
    expect(created.status).toBe(201)

    const { page, close } = await openNoScript('/van-ban')
    await page.goto(await documentUrl('12/QĐ-SLĐTBXH'))
    const row = (label: string) => text(page, `table.doc-meta-table tr:has(th[scope="row"]:text-is("${label}")) td`)
    await expect(row('Ngày ban hành')).resolves.toBe('10/03/2023')
    await expect(row('Ngày hiệu lực')).resolves.toBe('15/03/2023')
    await expect(row('Loại văn bản')).resolves.toBe('Quyết định')
    const attachment = page.locator('section[aria-labelledby="tep-dinh-kem"] li')
    expect(await attachment.count()).toBe(1)
    await expect(attachment.textContent()).resolves.toMatch(/quyet-dinh-12\.pdf[\s\S]*\(PDF, \d+ B\)/)
    const href = (await attachment.locator('a').getAttribute('href')) ?? ''
    expect(href).toBe('/media/quyet-dinh-12.pdf')
    const file = await fetch(`${portal.siteUrl}${href}`)
    expect(file.status).toBe(200)
    expect((await file.text()).startsWith('%PDF-1.4')).toBe(true)
    expect(await texts(page, 'section[aria-labelledby="van-ban-duoc-sua-doi"] li a')).toEqual([expect.stringContaining('443/KH-SLĐTBXH')])
    expect(await texts(page, 'section[aria-labelledby="van-ban-bi-thay-the"] li a')).toEqual([expect.stringContaining('61/KH-UBND')])

    await page.goto(await documentUrl('443/KH-SLĐTBXH'))
    expect(await texts(page, 'section[aria-labelledby="van-ban-sua-doi-van-ban-nay"] li a')).toEqual([expect.stringContaining('12/QĐ-SLĐTBXH')])
    expect(await page.locator('section[aria-labelledby="van-ban-thay-the-van-ban-nay"]').count()).toBe(0)
    await page.goto(await documentUrl('61/KH-UBND'))
    expect(await texts(page, 'section[aria-labelledby="van-ban-thay-the-van-ban-nay"] li a')).toEqual([expect.stringContaining('12/QĐ-SLĐTBXH')])
    expect(await texts(page, 'section[aria-labelledby="van-ban-thuc-hien"] li a')).toEqual([expect.stringContaining('23/KH-SVHTTDL')])

    // The library now has one more Quyết định: the type filter finds it with the cited ones.
    await page.goto(`${portal.siteUrl}/van-ban?loai=quyet-dinh`)
    expect((await listedNumbers(page)).sort()).toEqual(['12/QĐ-SLĐTBXH', '50/QĐ-UBND', '672/QĐ-LĐTBXH', '733/QĐ-TTg', '1847/QĐ-TTg'].sort())
    await close()
  })

  it('an unknown document, movement or bloc answers 404', async () => {
    for (const path of ['/van-ban/khong-ton-tai', '/phong-trao-thi-dua/khong-ton-tai', '/khoi-thi-dua/khong-ton-tai']) {
      const { page, response, close } = await openNoScript(path)
      expect(response?.status()).toBe(404)
      await expect(text(page, 'h1')).resolves.toBe('Không tìm thấy trang')
      await close()
    }
  })

  /** One URL of each page type (and a filtered list), the detail pages found through their lists. */
  const pageTypes = async () => [
    '/van-ban',
    '/van-ban?q=thi+dua&loai=ke-hoach',
    new URL(await documentUrl(HA_GIANG_NUMBER)).pathname,
    new URL(await documentUrl('61/KH-UBND')).pathname,
    '/phong-trao-thi-dua',
    '/phong-trao-thi-dua/cong-chuc-vien-chuc-va-nguoi-lao-dong-thuc-hien-van-hoa-cong-so',
    '/khoi-thi-dua',
    '/khoi-thi-dua/khoi-cac-co-quan-tham-muu-va-quan-ly-nha-nuoc-ve-van-hoa-xa-hoi',
  ]

  it('every page type passes axe (WCAG 2.1 A/AA), and its content passes html-validate', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } })
    for (const path of await pageTypes()) {
      const response = await page.goto(`${portal.siteUrl}${path}`)
      // The page's own markup, as served (the shared frame is checked by the foundation's tests).
      const main = /<main[\s\S]*<\/main>/.exec((await response?.text()) ?? '')?.[0]
      expect(main, path).toBeTruthy()
      expect(await htmlErrors(`<!DOCTYPE html><html lang="vi"><head><title>Kiểm tra</title></head><body>${main}</body></html>`), path).toEqual([])
      expect(await axeViolations(page), path).toEqual([])
    }
    await page.close()
  })

  for (const width of [360, 1280]) {
    it(`every page type fits ${width} px without horizontal scrolling`, async () => {
      const paths = await pageTypes()
      const page = await browser.newPage({ viewport: { width, height: 800 } })
      for (const path of paths) {
        const response = await page.goto(`${portal.siteUrl}${path}`)
        expect(response?.status(), path).toBe(200)
        expect(await page.locator('h1').count(), path).toBe(1)
        expect(await overflow(page), path).toBeLessThanOrEqual(0)
      }
      await page.close()
    })
  }
})
