import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { axeViolations, htmlErrors } from './helpers/checks'
import { haveChromium, launchBrowser, startRunningPortal, type RunningPortal } from './helpers/portal'

const SAMPLE_MODELS = ['Lê Thị Minh Họa', 'Trần Văn Mẫu', 'Phòng Người có công (dữ liệu mẫu)']
const SAMPLE_AWARDS = [
  'Lê Thị Minh Họa',
  'Trần Văn Mẫu',
  'Nguyễn Thị Ví Dụ',
  'Phạm Văn Thử Nghiệm',
  'Phòng Người có công (dữ liệu mẫu)',
  'Phòng Giáo dục nghề nghiệp (dữ liệu mẫu)',
]
const DECISION_PATH = '/bang-vang/quyet-dinh/120-qd-sldtbxh'
const MODEL_PATH = '/dien-hinh-tien-tien/le-thi-minh-hoa'
const PHOTO_ALBUM_PATH = '/thu-vien/hinh-anh-hoat-dong-du-lieu-mau'
const VIDEO_ALBUM_PATH = '/thu-vien/video-du-lieu-mau'

/** Exemplary models, photo and video albums, the honour roll and award decisions, in Chromium. */
describe.skipIf(!haveChromium)('models gallery, photo and video library, honour roll', () => {
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

  const open = async (path: string, width = 1280): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width, height: 800 } })
    const response = await page.goto(portal.siteUrl + path)
    expect(response?.status(), path).toBe(200)
    return page
  }
  const texts = async (locator: Locator) => (await locator.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim())
  /** The recipient of each row, without its "Dữ liệu mẫu" badge. */
  const rowNames = (page: Page) =>
    page.locator('main table tbody th[scope="row"]').evaluateAll((cells) =>
      cells.map((cell) => {
        const copy = cell.cloneNode(true) as HTMLElement
        copy.querySelectorAll('.sample-badge').forEach((badge) => badge.remove())
        return (copy.textContent ?? '').replace(/\s+/g, ' ').trim()
      }),
    )
  const awardRows = async (page: Page) => (await texts(page.locator('main table tbody tr'))).length
  const isFocusedInDialog = (page: Page) => page.evaluate(() => Boolean(document.querySelector('dialog.lightbox')?.contains(document.activeElement)))

  it('the models gallery shows the three sample models with responsive photos and the "Dữ liệu mẫu" label', async () => {
    const page = await open('/dien-hinh-tien-tien')
    const cards = page.locator('main .model-card')
    expect(await cards.count()).toBe(3)
    expect(await texts(cards.locator('h2'))).toEqual(expect.arrayContaining(SAMPLE_MODELS))
    for (let i = 0; i < 3; i++) {
      const card = cards.nth(i)
      await expect(card.textContent()).resolves.toContain('Dữ liệu mẫu')
      const img = card.locator('picture img')
      expect(await img.count()).toBe(1)
      expect((await img.getAttribute('alt'))?.trim()).toBeTruthy()
      expect(Number(await img.getAttribute('width'))).toBeGreaterThan(0)
      expect(Number(await img.getAttribute('height'))).toBeGreaterThan(0)
      expect(await img.getAttribute('srcset')).toMatch(/\/media\/\S+\.jpg \d+w/)
      expect(await img.getAttribute('loading')).toBe('lazy')
      expect(await card.locator('picture source[type="image/webp"]').getAttribute('srcset')).toMatch(/\/media\/\S+\.webp \d+w/)
      // The picture really arrives.
      await img.scrollIntoViewIfNeeded()
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0)
    }
    await page.close()
  })

  it('the models gallery filters by year, unit and movement with a plain GET form', async () => {
    const page = await open('/dien-hinh-tien-tien')
    await page.getByLabel('Năm', { exact: true }).selectOption('2024')
    await page.getByRole('button', { name: 'Lọc' }).click()
    await page.waitForURL(/nam=2024/)
    expect(await page.locator('main .model-card').count()).toBe(3)

    await page.goto(`${portal.siteUrl}/dien-hinh-tien-tien?nam=2023`)
    expect(await page.locator('main .model-card').count()).toBe(0)
    await expect(page.getByRole('status').textContent()).resolves.toContain('Không có điển hình nào')

    await page.goto(`${portal.siteUrl}/dien-hinh-tien-tien`)
    await page.getByLabel('Đơn vị', { exact: true }).selectOption({ label: 'Phòng Giáo dục nghề nghiệp (dữ liệu mẫu)' })
    await page.getByRole('button', { name: 'Lọc' }).click()
    await page.waitForURL(/don-vi=\d+/)
    expect(await texts(page.locator('main .model-card h2'))).toEqual(['Trần Văn Mẫu'])

    const movementOptions = await page.getByLabel('Phong trào thi đua', { exact: true }).locator('option').count()
    expect(movementOptions).toBeGreaterThan(1)
    await page.getByLabel('Đơn vị', { exact: true }).selectOption('')
    await page.getByLabel('Phong trào thi đua', { exact: true }).selectOption({ index: 1 })
    await page.getByRole('button', { name: 'Lọc' }).click()
    await page.waitForURL(/phong-trao=\d+/)
    expect(await page.locator('main .model-card').count()).toBe(3)

    // Garbage falls back to the whole gallery.
    await page.goto(`${portal.siteUrl}/dien-hinh-tien-tien?nam=abc&don-vi=x&phong-trao=99999999&trang=0`)
    expect(await page.locator('main .model-card').count()).toBe(3)
    await page.close()
  })

  it('a model page shows its story, achievements, unit, movement, awards linked to the decision, and photos', async () => {
    const page = await open('/dien-hinh-tien-tien')
    await page.getByRole('link', { name: 'Lê Thị Minh Họa', exact: true }).click()
    await page.waitForURL(new RegExp(`${MODEL_PATH}$`))
    await expect(page.locator('h1').textContent()).resolves.toBe('Lê Thị Minh Họa')
    await expect(page.locator('main .sample-notice').textContent()).resolves.toContain('Dữ liệu mẫu')
    await expect(page.locator('main .model-story').textContent()).resolves.toContain('dùng để minh họa trang điển hình tiên tiến')
    expect(await texts(page.locator('main .model-achievements li'))).toContain('Sáng kiến số hóa 100% hồ sơ người có công của đơn vị')
    await expect(page.locator('main .model-facts').textContent()).resolves.toContain('Phòng Người có công (dữ liệu mẫu)')
    await expect(page.locator('main .model-facts').textContent()).resolves.toContain('Chuyên viên Phòng Người có công')
    expect(await page.locator('main .model-facts a').getAttribute('href')).toMatch(/^\/phong-trao-thi-dua\/[a-z0-9-]+$/)
    const award = page.locator('main .model-awards li')
    await expect(award.textContent()).resolves.toContain('Chiến sĩ thi đua cơ sở')
    expect(await award.getByRole('link', { name: 'Quyết định số 120/QĐ-SLĐTBXH' }).getAttribute('href')).toBe(DECISION_PATH)

    const thumbs = page.locator('main a[data-lightbox]')
    expect(await thumbs.count()).toBe(3)
    for (const href of await thumbs.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))) {
      const response = await page.request.get(href)
      expect(response.status(), href).toBe(200)
      expect(response.headers()['content-type']).toMatch(/^image\//)
    }
    expect((await thumbs.first().locator('img').getAttribute('alt'))?.trim()).toBeTruthy()
    await page.close()
  })

  it('the lightbox works by keyboard: Enter opens, arrows move, Tab stays inside, Escape closes and focus returns', async () => {
    const page = await open(MODEL_PATH)
    const thumbs = page.locator('main a[data-lightbox]')
    const dialog = page.locator('dialog.lightbox')
    const counter = dialog.locator('.lightbox-counter')
    const caption = dialog.locator('figcaption')
    const shown = dialog.locator('img')
    expect(await dialog.isVisible()).toBe(false)

    await thumbs.first().focus()
    await page.keyboard.press('Enter')
    await dialog.waitFor({ state: 'visible' })
    expect(page.url()).toMatch(new RegExp(`${MODEL_PATH}$`))
    expect(await dialog.evaluate((d) => d.matches(':modal'))).toBe(true)
    await expect(counter.textContent()).resolves.toBe('Ảnh 1/3')
    expect(await page.getByRole('dialog', { name: 'Ảnh 1/3' }).count()).toBe(1)
    expect(await counter.getAttribute('aria-live')).toBe('polite')
    await expect(caption.textContent()).resolves.toContain('Ảnh minh họa 1')
    await expect(caption.textContent()).resolves.toContain('Hoạt động phong trào thi đua số 1')
    expect((await shown.getAttribute('alt'))?.trim()).toBeTruthy()
    const firstSrc = await shown.evaluate((img: HTMLImageElement) => img.currentSrc || img.src)
    await expect.poll(() => shown.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0)
    expect(await isFocusedInDialog(page)).toBe(true)
    for (const name of ['Ảnh trước', 'Ảnh sau', 'Đóng']) expect(await dialog.getByRole('button', { name, exact: true }).count(), name).toBe(1)

    await page.keyboard.press('ArrowRight')
    await expect(counter.textContent()).resolves.toBe('Ảnh 2/3')
    await expect(caption.textContent()).resolves.toContain('Ảnh minh họa 2')
    expect(await shown.evaluate((img: HTMLImageElement) => img.currentSrc || img.src)).not.toBe(firstSrc)
    expect(await page.getByRole('dialog', { name: 'Ảnh 2/3' }).count()).toBe(1)
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowLeft')
    await expect(counter.textContent()).resolves.toBe('Ảnh 3/3')

    for (let i = 0; i < 6; i++) {
      await page.keyboard.press(i % 2 ? 'Shift+Tab' : 'Tab')
      await page.keyboard.press('Tab')
      expect(await isFocusedInDialog(page), `Tab ${i}`).toBe(true)
    }
    await dialog.getByRole('button', { name: 'Ảnh sau', exact: true }).click()
    await expect(counter.textContent()).resolves.toBe('Ảnh 1/3')

    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    expect(await thumbs.first().evaluate((a) => a === document.activeElement)).toBe(true)

    // By mouse from the second thumbnail; "Đóng" brings focus back to it.
    await thumbs.nth(1).click()
    await dialog.waitFor({ state: 'visible' })
    await expect(counter.textContent()).resolves.toBe('Ảnh 2/3')
    await dialog.getByRole('button', { name: 'Đóng', exact: true }).click()
    await dialog.waitFor({ state: 'hidden' })
    expect(await thumbs.nth(1).evaluate((a) => a === document.activeElement)).toBe(true)
    await page.close()
  })

  it('without JavaScript a thumbnail is a plain link to the full-size picture', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(portal.siteUrl + PHOTO_ALBUM_PATH)
    const thumbs = page.locator('main a[data-lightbox]')
    expect(await thumbs.count()).toBe(6)
    const [response] = await Promise.all([page.waitForEvent('response', (r) => r.url().includes('/media/')), thumbs.first().click()])
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('image/jpeg')
    await context.close()
  })

  it('the library lists photo and video albums, filtered by ?loai=, and the photo album opens in the lightbox', async () => {
    const page = await open('/thu-vien')
    const titles = () => texts(page.locator('main .card h2'))
    expect(await titles()).toEqual(expect.arrayContaining(['Hình ảnh hoạt động (dữ liệu mẫu)', 'Video (dữ liệu mẫu)']))
    await expect(page.locator('main .card-grid').textContent()).resolves.toContain('Dữ liệu mẫu')
    await page.getByRole('link', { name: 'Video', exact: true }).click()
    await page.waitForURL(/loai=video/)
    expect(await titles()).toEqual(['Video (dữ liệu mẫu)'])
    await page.goto(`${portal.siteUrl}/thu-vien?loai=anh`)
    expect(await titles()).toEqual(['Hình ảnh hoạt động (dữ liệu mẫu)'])
    await page.goto(`${portal.siteUrl}/thu-vien?loai=khong-co&trang=abc`)
    expect((await titles()).length).toBe(2)

    await page.goto(`${portal.siteUrl}/thu-vien?loai=anh`)
    await page.getByRole('link', { name: 'Hình ảnh hoạt động (dữ liệu mẫu)' }).click()
    await page.waitForURL(new RegExp(`${PHOTO_ALBUM_PATH}$`))
    await expect(page.locator('main .sample-notice').textContent()).resolves.toContain('Dữ liệu mẫu')
    const thumbs = page.locator('main .photo-grid a[data-lightbox]')
    expect(await thumbs.count()).toBe(6)
    expect(await thumbs.nth(3).locator('picture source[type="image/webp"]').count()).toBe(1)
    await thumbs.nth(3).focus()
    await page.keyboard.press('Enter')
    await expect(page.locator('dialog.lightbox .lightbox-counter').textContent()).resolves.toBe('Ảnh 4/6')
    await expect(page.locator('dialog.lightbox figcaption').textContent()).resolves.toContain('Hoạt động thi đua, ảnh 4 (minh họa)')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await expect(page.locator('dialog.lightbox .lightbox-counter').textContent()).resolves.toBe('Ảnh 1/6')
    await page.keyboard.press('Escape')
    expect(await thumbs.nth(3).evaluate((a) => a === document.activeElement)).toBe(true)
    await page.close()
  })

  it('the video album plays the WebM video with Vietnamese captions, served with ranges', async () => {
    const page = await open(VIDEO_ALBUM_PATH)
    await expect(page.locator('main .sample-notice').textContent()).resolves.toContain('Dữ liệu mẫu')
    const video = page.locator('main video')
    expect(await video.count()).toBe(1)
    expect(await video.getAttribute('controls')).not.toBeNull()
    const track = video.locator('track')
    expect(await track.getAttribute('kind')).toBe('captions')
    expect(await track.getAttribute('srclang')).toBe('vi')
    expect(await track.getAttribute('label')).toBe('Tiếng Việt')
    expect(await track.getAttribute('default')).not.toBeNull()
    const trackSrc = await track.evaluate((t: HTMLTrackElement) => t.src)
    const videoSrc = await video.locator('source').evaluate((s: HTMLSourceElement) => s.src)
    expect(videoSrc).toMatch(/\/media\/sample-video\.webm$/)

    const captions = await page.request.get(trackSrc)
    expect(captions.status()).toBe(200)
    expect(captions.headers()['content-type']).toMatch(/^text\/vtt/)
    expect(await captions.text()).toMatch(/^WEBVTT/)

    const whole = await page.request.get(videoSrc)
    expect(whole.status()).toBe(200)
    expect(whole.headers()['content-type']).toBe('video/webm')
    const size = Number(whole.headers()['content-length'])
    expect(size).toBeGreaterThan(100)
    const part = await page.request.get(videoSrc, { headers: { Range: 'bytes=0-99' } })
    expect(part.status()).toBe(206)
    expect(part.headers()['content-range']).toBe(`bytes 0-99/${size}`)
    expect((await part.body()).length).toBe(100)

    // The browser itself loads the captions as the default, showing track.
    await expect
      .poll(() => video.evaluate((v: HTMLVideoElement) => (v.textTracks[0] ? `${v.textTracks[0].mode}:${v.textTracks[0].cues?.length ?? 0}` : 'none')), { timeout: 15_000 })
      .toMatch(/^showing:[1-9]/)
    await page.close()
  })

  it('the honour roll lists the six sample awards, with their decision, and finds names typed without diacritics', async () => {
    const page = await open('/bang-vang')
    expect(await page.locator('main table caption').count()).toBe(1)
    expect(await page.locator('main table thead th[scope="col"]').count()).toBe(7)
    expect(await awardRows(page)).toBe(6)
    expect(await rowNames(page)).toEqual(expect.arrayContaining(SAMPLE_AWARDS))
    expect(await page.locator('main table tbody .sample-badge').count()).toBe(6)
    const decisionLinks = await page.locator('main table tbody td a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    expect(decisionLinks).toEqual(Array(6).fill(DECISION_PATH))
    // Each name leads to the award's own page (its verification page).
    const awardLinks = await page.locator('main table tbody th[scope="row"] a[href^="/xac-minh/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    expect(awardLinks).toHaveLength(6)
    for (const href of awardLinks) expect(href).toMatch(/^\/xac-minh\/XM(-[0-9A-Z]{4}){4}$/)
    await expect(page.locator('main table tbody').textContent()).resolves.toContain('15/01/2025')

    await page.getByLabel('Tên cá nhân, tập thể', { exact: true }).fill('le thi minh hoa')
    await page.getByRole('button', { name: 'Tra cứu' }).click()
    await page.waitForURL(/q=le\+thi\+minh\+hoa/)
    expect(await rowNames(page)).toEqual(['Lê Thị Minh Họa'])
    await expect(page.locator('main tbody tr').textContent()).resolves.toContain('Chiến sĩ thi đua cơ sở')
    await page.close()
  })

  it('the honour roll filters by year, award type, level and unit; bad values show the whole roll', async () => {
    const page = await open('/bang-vang?nam=2023')
    expect(await awardRows(page)).toBe(0)
    await expect(page.getByRole('status').textContent()).resolves.toContain('Không tìm thấy')
    await page.goto(`${portal.siteUrl}/bang-vang?nam=2024`)
    expect(await awardRows(page)).toBe(6)

    await page.getByLabel('Danh hiệu, hình thức', { exact: true }).selectOption({ label: 'Lao động tiên tiến' })
    await page.getByRole('button', { name: 'Tra cứu' }).click()
    await page.waitForURL(/loai=\d+/)
    expect((await rowNames(page)).sort()).toEqual(['Nguyễn Thị Ví Dụ', 'Phạm Văn Thử Nghiệm'])

    await page.goto(`${portal.siteUrl}/bang-vang`)
    await page.getByLabel('Cấp khen thưởng', { exact: true }).selectOption({ label: 'Cấp Nhà nước' })
    await page.getByRole('button', { name: 'Tra cứu' }).click()
    await page.waitForURL(/cap=state/)
    expect(await awardRows(page)).toBe(0)
    await page.goto(`${portal.siteUrl}/bang-vang?cap=grassroots`)
    expect(await awardRows(page)).toBe(6)

    await page.getByLabel('Cấp khen thưởng', { exact: true }).selectOption('')
    await page.getByLabel('Đơn vị', { exact: true }).selectOption({ label: 'Phòng Giáo dục nghề nghiệp (dữ liệu mẫu)' })
    await page.getByRole('button', { name: 'Tra cứu' }).click()
    await page.waitForURL(/don-vi=\d+/)
    expect((await rowNames(page)).sort()).toEqual(['Phòng Giáo dục nghề nghiệp (dữ liệu mẫu)', 'Phạm Văn Thử Nghiệm', 'Trần Văn Mẫu'].sort())

    for (const query of ['nam=abc&loai=x&trang=0', 'cap=zzz&don-vi=99999999&loai=123456789&trang=-4', 'nam=99999&trang=99', 'loai=%00&cap[]=1&nam=2024.5', 'phong-trao=abc&quyet-dinh=99999999&sau=xyz']) {
      const response = await page.goto(`${portal.siteUrl}/bang-vang?${query}`)
      expect(response?.status(), query).toBe(200)
      expect(await awardRows(page), query).toBe(6)
    }
    // Page numbers stop at 500 (an OFFSET reads every line it skips): refused in Vietnamese, the first page shown.
    const deep = await page.goto(`${portal.siteUrl}/bang-vang?trang=999`)
    expect(deep?.status()).toBe(400)
    await expect(page.getByRole('alert').textContent()).resolves.toContain('500 trang đầu')
    expect(await awardRows(page)).toBe(6)
    for (const query of ['q=%25', "q='%22%3C", 'q=' + 'a'.repeat(500)]) {
      const response = await page.goto(`${portal.siteUrl}/bang-vang?${query}`)
      expect(response?.status(), query).toBe(200)
    }
    await page.close()
  })

  it('a decision page shows the decision and lists its six awards', async () => {
    const page = await open('/bang-vang')
    await page.locator('main table tbody td a').first().click()
    await page.waitForURL(new RegExp(`${DECISION_PATH}$`))
    await expect(page.locator('h1').textContent()).resolves.toBe('Quyết định số 120/QĐ-SLĐTBXH')
    await expect(page.locator('main .sample-notice').textContent()).resolves.toContain('Dữ liệu mẫu')
    const facts = (await page.locator('main .decision-facts').textContent()) ?? ''
    expect(facts).toContain('15/01/2025')
    expect(facts).toContain('Sở Lao động - Thương binh và Xã hội')
    expect(facts).toContain('GIÁM ĐỐC')
    expect(facts).toContain('Về việc công nhận danh hiệu thi đua và tặng Giấy khen năm 2024')
    expect(await page.locator('main .decision-facts a').getAttribute('href')).toMatch(/^\/phong-trao-thi-dua\/[a-z0-9-]+$/)
    expect(await awardRows(page)).toBe(6)
    expect((await rowNames(page)).sort()).toEqual([...SAMPLE_AWARDS].sort())
    // The decision's order (STT, the first column); the sample has none, so highest honour first:
    // the Chiến sĩ thi đua cơ sở rows come before Lao động tiên tiến.
    const types = await texts(page.locator('main tbody tr td:nth-child(6)'))
    expect(types.findIndex((t) => t.startsWith('Chiến sĩ thi đua cơ sở'))).toBeLessThan(types.findIndex((t) => t.startsWith('Lao động tiên tiến')))

    const missing = await page.goto(`${portal.siteUrl}/bang-vang/quyet-dinh/khong-ton-tai`)
    expect(missing?.status()).toBe(404)
    const missingModel = await page.goto(`${portal.siteUrl}/dien-hinh-tien-tien/khong-ton-tai`)
    expect(missingModel?.status()).toBe(404)
    const missingAlbum = await page.goto(`${portal.siteUrl}/thu-vien/khong-ton-tai`)
    expect(missingAlbum?.status()).toBe(404)
    await page.close()
  })

  /** The server's <main> of a page (what these pages add to the shared layout), as a document to validate. */
  const mainAsDocument = async (path: string) => {
    const html = await (await fetch(portal.siteUrl + path)).text()
    const main = /<main[\s>][\s\S]*<\/main>/.exec(html)?.[0]
    expect(main, path).toBeTruthy()
    return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${path}</title></head><body>${main}</body></html>`
  }

  /**
   * axe at WCAG 2.1 AA on what these pages render (main, and the lightbox):
   * the shared header and footer are checked by the layout's own tests.
   */
  const ownViolations = async (page: Page) => {
    const all = await axeViolations(page)
    const inside = await page.evaluate(
      (selectors) =>
        selectors.map((selector) => {
          try {
            const el = document.querySelector(selector)
            return !el || Boolean(el.closest('main, dialog'))
          } catch {
            return true
          }
        }),
      all.flatMap((v) => v.targets),
    )
    let i = 0
    return all.map((v) => ({ ...v, targets: v.targets.filter(() => inside[i++]) })).filter((v) => v.targets.length > 0)
  }

  const PAGES = ['/dien-hinh-tien-tien', MODEL_PATH, '/thu-vien', PHOTO_ALBUM_PATH, VIDEO_ALBUM_PATH, '/bang-vang', DECISION_PATH, `${DECISION_PATH}/in`]

  for (const path of PAGES) {
    it(`${path} loads at 360 px and 1280 px without sideways scrolling, with one h1, valid HTML and no axe violations`, async () => {
      for (const width of [360, 1280]) {
        const page = await open(path, width)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
        expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0)
        expect(await page.locator('h1').count()).toBe(1)
        if (width === 1280) {
          expect(await htmlErrors(await mainAsDocument(path)), path).toEqual([])
          expect(await ownViolations(page), path).toEqual([])
        }
        await page.close()
      }
    })
  }

  it('the open lightbox fits a 360 px screen and passes axe', async () => {
    const page = await open(MODEL_PATH, 360)
    await page.locator('main a[data-lightbox]').first().click()
    const dialog = page.locator('dialog.lightbox')
    await dialog.waitFor({ state: 'visible' })
    await expect.poll(() => dialog.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0)
    const box = await dialog.boundingBox()
    expect(box!.x).toBeGreaterThanOrEqual(0)
    expect(box!.x + box!.width).toBeLessThanOrEqual(360)
    const overflow = await dialog.evaluate((d) => d.scrollWidth - d.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    expect(await ownViolations(page)).toEqual([])
    await page.close()
  })
})
