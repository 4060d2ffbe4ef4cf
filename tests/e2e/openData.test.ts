import { parse } from 'csv-parse/sync'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isVietnamese } from '../integration/helpers/errors'
import { axeViolations, htmlErrors } from './helpers/checks'
import { haveChromium, launchBrowser, startRunningPortal, type RunningPortal } from './helpers/portal'

/**
 * Open data over real HTTP (/du-lieu-mo/...): the honour roll as JSON shows
 * the same people, in the same order and number, as /bang-vang in a browser
 * for the same filters; CSV parses and holds the JSON's records; following
 * `next` meets every record once; withdrawn awards and draft decisions stay
 * out; bad parameters get a 400 in Vietnamese; the licence comes from the
 * site settings; the documentation page is axe-clean; the hourly allowance ends in 429.
 */

type Cell = string | number | boolean | null
interface DataPage {
  dataset: string
  license: { name: string; url: string | null }
  filters: Record<string, string | number>
  page: number
  limit: number
  totalRecords: number
  totalPages: number
  links: { self: string; first: string; last: string; next: string | null; previous: string | null; documentation: string }
  records: Array<Record<string, Cell>>
}

const HOURLY_LIMIT = 400
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ']
const GIVEN = ['Văn An', 'Thị Bích', 'Minh Châu', 'Quốc Dũng', 'Thị Ánh Tuyết', 'Hữu Đức', 'Thu Hương', 'Ngọc Khánh']
const WITHDRAWN_NAME = 'Phan Văn Thu Hồi'
const NAMESAKE = 'Nguyễn Văn Trùng Tên'
const DRAFT_NAMES = ['Ngô Thị Chưa Công Bố', 'Lý Văn Nháp']
const FORMULA_POSITION = '=HYPERLINK("http://example.com","Bấm")'

describe.skipIf(!haveChromium)('open data', () => {
  let portal: RunningPortal
  let browser: Browser
  let page: Page
  let token: string
  const created = { types: [] as Array<{ id: number; level: string }>, units: [] as number[] }

  async function api(method: string, path: string, body?: unknown) {
    const response = await fetch(`${portal.cmsUrl}/api/${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = await response.json()
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`)
    return json
  }

  const get = (path: string) => fetch(`${portal.siteUrl}${path}`)
  async function json(path: string): Promise<DataPage> {
    const response = await get(path)
    expect(response.status, path).toBe(200)
    expect(response.headers.get('content-type')).toContain('application/json')
    return (await response.json()) as DataPage
  }

  beforeAll(async () => {
    portal = await startRunningPortal({ OPEN_DATA_IP_HOURLY_LIMIT: String(HOURLY_LIMIT) }, { withAdmin: true })
    browser = await launchBrowser()
    page = await browser.newPage()
    const login = await fetch(`${portal.cmsUrl}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(portal.admin) })
    token = (await login.json()).token

    const typeNamed = async (name: string) => (await api('GET', `award-types?where[name][equals]=${encodeURIComponent(name)}&depth=0`)).docs[0]
    created.types = await Promise.all(['Lao động tiên tiến', 'Chiến sĩ thi đua cơ sở', 'Chiến sĩ thi đua bộ, ban, ngành, tỉnh'].map(typeNamed))
    expect(created.types.every(Boolean)).toBe(true)
    created.units = (await api('GET', 'units?limit=3&depth=0&sort=name')).docs.map((u: { id: number }) => u.id)
    const decision = async (number: string, status: 'published' | 'draft') =>
      (
        await api('POST', 'award-decisions', {
          number,
          issuer: created.units[0],
          issuedAt: '2024-01-15T00:00:00.000Z',
          abstract: `Quyết định khen thưởng ${number}`,
          _status: status,
        })
      ).doc
    const published = await decision('31/QĐ-DLMO', 'published')
    const withdrawing = await decision('32/QĐ-DLMO', 'published')
    const draft = await decision('33/QĐ-DLMO', 'draft')
    const award = (recipientName: string, i: number, decisionId: number, position?: string) =>
      api('POST', 'awards', {
        recipientName,
        recipientKind: 'individual',
        position: position ?? (i % 3 === 0 ? 'Chuyên viên' : 'Trưởng phòng'),
        unit: created.units[i % created.units.length],
        awardType: created.types[i % created.types.length]!.id,
        year: i % 2 === 0 ? 2023 : 2022,
        decision: decisionId,
        lineNumber: i + 1,
      })
    // 33 people on a published decision: more than one page of /bang-vang (20) with the seeded sample.
    for (let i = 0; i < 33; i++) {
      const name = i === 6 ? 'Đặng Thị Ánh Tuyết' : `${FAMILY[i % FAMILY.length]} ${GIVEN[i % GIVEN.length]} ${i + 1}`
      await award(name, i, published.id, i === 5 ? FORMULA_POSITION : undefined)
    }
    // Namesakes with the same award, unit and year: only the id orders them, and paging must still meet each once.
    for (let n = 0; n < 3; n++) await award(NAMESAKE, 30, published.id)
    const withdrawn = await award(WITHDRAWN_NAME, 40, published.id)
    await api('PATCH', `awards/${withdrawn.doc.id}`, { withdrawn: true, withdrawalDecision: withdrawing.id, withdrawalReason: 'Hồ sơ không trung thực.' })
    for (const [i, name] of DRAFT_NAMES.entries()) await award(name, i, draft.id)
  })
  afterAll(async () => {
    await browser?.close()
    await portal?.stop()
  })

  /** What /bang-vang shows in a browser for a query: the names in its table, and its count. */
  async function rollPage(query: string) {
    const response = await page.goto(`${portal.siteUrl}/bang-vang${query}`)
    expect(response?.status()).toBe(200)
    // The name alone: it links to the award's page; badges and consultation marks are left out.
    const names = await page.$$eval('.awards-table tbody th[scope="row"]', (cells) =>
      cells.map((c) => {
        const copy = c.cloneNode(true) as HTMLElement
        copy.querySelectorAll('.sample-badge, .award-consulted').forEach((extra) => extra.remove())
        return (copy.textContent ?? '').replace(/\s+/g, ' ').trim()
      }),
    )
    const status = (await page.textContent('.result-count')) ?? ''
    const count = /Có (\d+) khen thưởng/.exec(status)?.[1]
    return { names, count: count ? Number(count) : 0 }
  }

  it('the honour roll as JSON shows what /bang-vang shows, for the same filters', async () => {
    const [lao, , ministry] = created.types
    const queries = ['', '?trang=2', '?nam=2023', '?q=dang+thi+anh', '?q=NGUYEN', `?loai=${lao!.id}&don-vi=${created.units[1]}`, '?cap=grassroots&nam=2022', `?cap=ministry-province&loai=${ministry!.id}`]
    for (const query of queries) {
      const shown = await rollPage(query)
      const data = await json(`/du-lieu-mo/bang-vang.json${query}${query ? '&' : '?'}so-dong=20`)
      expect(data.records.map((r) => r.recipientName), query).toEqual(shown.names)
      expect(data.totalRecords, query).toBe(shown.count)
    }
    // The filters are really applied (the comparison above would pass on two lists equally unfiltered).
    const all = await json('/du-lieu-mo/bang-vang.json?so-dong=1000')
    const in2023 = await json('/du-lieu-mo/bang-vang.json?nam=2023&so-dong=1000')
    expect(in2023.totalRecords).toBeGreaterThan(0)
    expect(in2023.totalRecords).toBeLessThan(all.totalRecords)
    expect(in2023.records.every((r) => r.year === 2023)).toBe(true)
    expect(in2023.filters).toEqual({ nam: 2023 })
    const searched = await json('/du-lieu-mo/bang-vang.json?q=dang+thi+anh')
    expect(searched.records.map((r) => r.recipientName)).toContain('Đặng Thị Ánh Tuyết')
    expect(searched.records.every((r) => String(r.recipientName).startsWith('Đặng Thị Ánh'))).toBe(true)
  })

  it('keeps out withdrawn awards, draft decisions and personal details', async () => {
    const all = await json('/du-lieu-mo/bang-vang.json?so-dong=1000')
    expect(all.totalRecords).toBe(all.records.length)
    const names = all.records.map((r) => r.recipientName)
    expect(names).toEqual(expect.arrayContaining(['Nguyễn Văn An 1', 'Trần Thị Bích 2']))
    for (const hidden of [WITHDRAWN_NAME, ...DRAFT_NAMES]) expect(names).not.toContain(hidden)
    const csv = await (await get('/du-lieu-mo/bang-vang.csv?so-dong=1000')).text()
    for (const hidden of [WITHDRAWN_NAME, ...DRAFT_NAMES]) expect(csv).not.toContain(hidden)
    expect(csv).not.toContain('Hồ sơ không trung thực')
    expect((await json(`/du-lieu-mo/bang-vang.json?q=${encodeURIComponent('phan van thu hoi')}`)).totalRecords).toBe(0)
    // Only the public roll's columns: nothing personal, no withdrawal, no citation.
    expect(Object.keys(all.records[0]!).sort()).toEqual(
      ['awardLevel', 'awardLevelLabel', 'awardType', 'awardTypeId', 'decisionDate', 'decisionNumber', 'decisionUrl', 'id', 'isSample', 'lineNumber', 'position', 'recipientKind', 'recipientKindLabel', 'recipientName', 'unit', 'url', 'verificationCode', 'year'].sort(),
    )
    // Each record's page is its verification page, and it answers.
    const first = all.records.find((r) => r.verificationCode)!
    expect(new URL(String(first.url)).pathname).toBe(`/xac-minh/${first.verificationCode}`)
    expect((await get(new URL(String(first.url)).pathname)).status).toBe(200)
    const decision = all.records.find((r) => r.decisionNumber === '31/QĐ-DLMO')!
    expect(decision.decisionDate).toBe('2024-01-15')
    expect((await get(new URL(String(decision.decisionUrl)).pathname)).status).toBe(200)
  })

  it('CSV parses (UTF-8 with BOM, escaped formulas) and holds the same records as JSON', async () => {
    for (const [dataset, query] of [
      ['bang-vang', '?so-dong=1000'],
      ['bang-vang', '?nam=2022&so-dong=5&trang=2'],
      ['van-ban', '?so-dong=1000'],
      ['thong-ke-truy-cap', ''],
    ] as const) {
      const data = await json(`/du-lieu-mo/${dataset}.json${query}`)
      const response = await get(`/du-lieu-mo/${dataset}.csv${query}`)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/)
      expect(response.headers.get('x-total-count')).toBe(String(data.totalRecords))
      const bytes = new Uint8Array(await response.arrayBuffer())
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const rows = parse(new TextDecoder().decode(bytes), { bom: true, columns: true }) as Array<Record<string, string>>
      expect(rows.length, dataset).toBe(data.records.length)
      expect(rows.length).toBeGreaterThan(0)
      const asCsv = (value: Cell) => (value === null ? '' : typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value))
      rows.forEach((row, i) => expect(row, `${dataset} row ${i}`).toEqual(Object.fromEntries(Object.entries(data.records[i]!).map(([k, v]) => [k, asCsv(v)]))))
    }
    const csv = await (await get('/du-lieu-mo/bang-vang.csv?so-dong=1000')).text()
    expect(csv).toContain(`'${FORMULA_POSITION.replace(/"/g, '""')}`)
  })

  it('following next (and the Link header) meets every record exactly once', async () => {
    const everything = await json('/du-lieu-mo/bang-vang.json?so-dong=1000')
    expect(everything.totalRecords).toBeGreaterThan(30)
    const seen: Array<Cell> = []
    let next: string | null = `${portal.siteUrl}/du-lieu-mo/bang-vang.json?so-dong=7`
    let pages = 0
    let namesakes = 0
    while (next) {
      const response = await fetch(next)
      expect(response.status).toBe(200)
      const data = (await response.json()) as DataPage
      expect(data.records.length).toBeLessThanOrEqual(7)
      const link = response.headers.get('link') ?? ''
      if (data.links.next) expect(link).toContain(`<${data.links.next}>; rel="next"`)
      else expect(link).not.toContain('rel="next"')
      seen.push(...data.records.map((r) => r.id ?? null))
      namesakes += data.records.filter((r) => r.recipientName === NAMESAKE).length
      next = data.links.next
      pages++
    }
    expect(pages).toBe(Math.ceil(everything.totalRecords / 7))
    expect(namesakes).toBe(3)
    expect(seen.length).toBe(everything.totalRecords)
    expect(new Set(seen).size).toBe(seen.length)
    expect([...seen].sort()).toEqual(everything.records.map((r) => r.id).sort())
    // CSV pages by the Link header alone.
    const csvIds: string[] = []
    let csvNext: string | null = `${portal.siteUrl}/du-lieu-mo/bang-vang.csv?nam=2023&so-dong=4`
    while (csvNext) {
      const response: Response = await fetch(csvNext)
      csvIds.push(...(parse(await response.text(), { bom: true, columns: true }) as Array<{ id: string }>).map((r) => r.id))
      csvNext = /<([^>]+)>; rel="next"/.exec(response.headers.get('link') ?? '')?.[1] ?? null
    }
    const in2023 = await json('/du-lieu-mo/bang-vang.json?nam=2023&so-dong=1000')
    expect(csvIds.sort()).toEqual(in2023.records.map((r) => String(r.id)).sort())
  })

  it('the documents library as JSON lists what /van-ban lists, and the visit figures are those of /api/thong-ke', async () => {
    for (const query of ['', '?nam=2022', '?q=thi+dua', '?linh-vuc=thi-dua-khen-thuong']) {
      await page.goto(`${portal.siteUrl}/van-ban${query}`)
      const shown = await page.$$eval('.doc-list h3 a', (links) => links.map((a) => a.getAttribute('href')))
      const data = await json(`/du-lieu-mo/van-ban.json${query}${query ? '&' : '?'}so-dong=10`)
      expect(data.totalRecords, query).toBeGreaterThan(0)
      expect(data.records.map((r) => new URL(String(r.url)).pathname), query).toEqual(shown)
      const status = (await page.textContent('.result-count')) ?? ''
      expect(status, query).toContain(`Tìm thấy ${data.totalRecords} văn bản`)
    }
    const visits = await json('/du-lieu-mo/thong-ke-truy-cap.json')
    const figures = await (await get('/api/thong-ke')).json()
    expect(visits.records.map((r) => r.period)).toEqual(['today', 'yesterday', 'month', 'year', 'total'])
    for (const record of visits.records) expect(record.periodValue).toBe(figures[String(record.period)].period)
    expect(visits.links.next).toBeNull()
  })

  it('answers any origin, lets responses be cached, and refuses bad parameters with a 400 in Vietnamese', async () => {
    const ok = await get('/du-lieu-mo/bang-vang.json')
    expect(ok.headers.get('access-control-allow-origin')).toBe('*')
    expect(ok.headers.get('cache-control')).toBe('public, max-age=60')
    expect(ok.headers.get('link')).toContain('rel="license"')
    const head = await fetch(`${portal.siteUrl}/du-lieu-mo/bang-vang.csv?nam=2023`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('x-total-count')).toBe(String((await json('/du-lieu-mo/bang-vang.json?nam=2023')).totalRecords))
    const preflight = await fetch(`${portal.siteUrl}/du-lieu-mo/van-ban.csv`, { method: 'OPTIONS', headers: { Origin: 'https://example.org' } })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
    for (const [path, status, code] of [
      ['/du-lieu-mo/bang-vang.json?nam=hai-nghin', 400, 'invalid_parameter'],
      ['/du-lieu-mo/bang-vang.csv?nam=1800', 400, 'invalid_parameter'],
      ['/du-lieu-mo/bang-vang.json?loai=999999', 400, 'invalid_parameter'],
      ['/du-lieu-mo/bang-vang.json?don-vi=abc', 400, 'invalid_parameter'],
      ['/du-lieu-mo/bang-vang.json?cap=trung-uong', 400, 'invalid_parameter'],
      ['/du-lieu-mo/bang-vang.json?so-dong=1001', 400, 'invalid_parameter'],
      ['/du-lieu-mo/bang-vang.json?trang=0', 400, 'invalid_parameter'],
      ['/du-lieu-mo/bang-vang.json?trang=500', 400, 'page_out_of_range'],
      ['/du-lieu-mo/bang-vang.json?nam=2023&nam=2022', 400, 'repeated_parameter'],
      ['/du-lieu-mo/bang-vang.json?year=2023', 400, 'unknown_parameter'],
      [`/du-lieu-mo/bang-vang.json?q=${'a'.repeat(101)}`, 400, 'invalid_parameter'],
      ['/du-lieu-mo/van-ban.json?loai=khong-co-loai-nay', 400, 'invalid_parameter'],
      ['/du-lieu-mo/van-ban.csv?hieu-luc=vinh-vien', 400, 'invalid_parameter'],
      ['/du-lieu-mo/thong-ke-truy-cap.json?trang=2', 400, 'unknown_parameter'],
      ['/du-lieu-mo/khong-co.json', 404, 'not_found'],
      ['/du-lieu-mo/bang-vang.xml', 404, 'not_found'],
    ] as const) {
      const response = await get(path)
      expect(response.status, path).toBe(status)
      expect(response.headers.get('access-control-allow-origin')).toBe('*')
      expect(response.headers.get('cache-control')).toBe('no-store')
      const body = (await response.json()) as { error: { code: string; message: string } }
      expect(body.error.code, path).toBe(code)
      expect(isVietnamese(body.error.message), body.error.message).toBe(true)
    }
  })

  it('publishes under the licence the site settings name, CC BY 4.0 until then', async () => {
    const before = await json('/du-lieu-mo/van-ban.json')
    expect(before.license).toEqual({ name: 'Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)', url: 'https://creativecommons.org/licenses/by/4.0/deed.vi' })
    await api('POST', 'globals/site-settings', { openData: { licenceName: 'Giấy phép dữ liệu mở của Sở', licenceUrl: 'https://example.gov.vn/giay-phep-du-lieu-mo' } })
    const after = await json('/du-lieu-mo/van-ban.json')
    expect(after.license).toEqual({ name: 'Giấy phép dữ liệu mở của Sở', url: 'https://example.gov.vn/giay-phep-du-lieu-mo' })
    expect((await get('/du-lieu-mo/bang-vang.csv')).headers.get('link')).toContain('<https://example.gov.vn/giay-phep-du-lieu-mo>; rel="license"')
    await page.goto(`${portal.siteUrl}/du-lieu-mo`)
    expect(await page.getAttribute('a[rel="license"]', 'href')).toBe('https://example.gov.vn/giay-phep-du-lieu-mo')
  })

  it('documents every dataset on /du-lieu-mo, axe-clean (normal and high contrast) and valid, linked from the footer, /so-do-cong and sitemap.xml', async () => {
    const response = await page.goto(`${portal.siteUrl}/du-lieu-mo`)
    expect(response?.status()).toBe(200)
    for (const id of ['bang-vang', 'van-ban', 'thong-ke-truy-cap']) expect(await page.isVisible(`h2#${id}`)).toBe(true)
    // Every field a record carries is in the fields table.
    const documented = await page.$$eval('#bang-vang-truong', (captions) => [...captions[0]!.closest('table')!.querySelectorAll('tbody th code')].map((c) => c.textContent))
    const all = await json('/du-lieu-mo/bang-vang.json?so-dong=1')
    expect(documented).toEqual(Object.keys(all.records[0]!))
    expect(await axeViolations(page)).toEqual([])
    expect(await htmlErrors(await page.content())).toEqual([])
    const highContrast = await browser.newContext()
    await highContrast.addCookies([{ name: 'hien-thi', value: '0.hc', url: portal.siteUrl }])
    const contrasted = await highContrast.newPage()
    await contrasted.goto(`${portal.siteUrl}/du-lieu-mo`)
    expect(await contrasted.getAttribute('html', 'data-contrast')).toBe('high')
    expect(await axeViolations(contrasted)).toEqual([])
    await highContrast.close()
    expect(await page.$$eval('footer a[href="/du-lieu-mo"]', (links) => links.length)).toBe(1)
    expect(await (await get('/so-do-cong')).text()).toContain('href="/du-lieu-mo"')
    expect(await (await get('/sitemap.xml')).text()).toContain('/du-lieu-mo</loc>')
  })

  it('limits requests per address and hour: 429 with Retry-After, in Vietnamese', async () => {
    let refused: Response | null = null
    for (let i = 0; i <= HOURLY_LIMIT && !refused; i++) {
      const response = await get('/du-lieu-mo/thong-ke-truy-cap.csv')
      if (response.status === 429) refused = response
      else expect(response.status).toBe(200)
    }
    expect(refused, 'no 429 within the hourly allowance').not.toBeNull()
    const retryAfter = Number(refused!.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(3600)
    const body = (await refused!.json()) as { error: { code: string; message: string } }
    expect(body.error.code).toBe('rate_limited')
    expect(isVietnamese(body.error.message)).toBe(true)
    // The pages themselves are not limited by it.
    expect((await get('/bang-vang')).status).toBe(200)
  })
})
