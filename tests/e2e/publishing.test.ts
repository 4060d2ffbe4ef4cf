import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readEnvironment } from '@portal/cms/env/index'

import { eventually } from '../integration/helpers/poll'
import { haveChromium, launchBrowser, startRunningPortal, type RunningPortal } from './helpers/portal'

/** The production read and page cache lifetime: what readers get when CONTENT_CACHE_MS is not set. */
const CACHE_MS = readEnvironment({} as NodeJS.ProcessEnv).contentCacheMs
/** Time for a request to be rendered and answered once the cache has let go. */
const RENDER_SLACK_MS = 1500
/**
 * How stale a reader's page may be: the site keeps rendered pages for
 * CACHE_MS, and renders them from content reads that it also keeps for
 * CACHE_MS, so the two lifetimes add up (measured: usually 1.3–2.3 s).
 */
const STALE_AT_MOST_MS = 2 * CACHE_MS + RENDER_SLACK_MS

/**
 * Draft, publish and unpublish as readers see them on a portal with the
 * production cache (the other browser tests turn it off to look at once).
 * Every wait is a poll for the expected state with a deadline; absence is
 * asserted only after something written later has become visible.
 */
describe.skipIf(!haveChromium)('publishing through the production cache', () => {
  let portal: RunningPortal
  let browser: Browser
  let token: string
  let run = 0

  beforeAll(async () => {
    // An empty value is "not set": the portal runs with its default cache lifetime.
    portal = await startRunningPortal({ CONTENT_CACHE_MS: '' }, { withAdmin: true })
    browser = await launchBrowser()
    const login = await fetch(`${portal.cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(portal.admin),
    })
    expect(login.status).toBe(200)
    token = (await login.json()).token
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
    return (await response.json()).doc as { id: number | string; slug: string; title: string }
  }
  /** A distinct marker per article, so each test looks only at what it wrote. */
  const article = (status: 'draft' | 'published', words: string) =>
    api('POST', `articles${status === 'draft' ? '?draft=true' : ''}`, {
      title: `Kiểm tra bộ nhớ đệm ${words} lần ${++run} ${Date.now().toString(36)}`,
      summary: 'Bài kiểm tra tự động.',
      _status: status,
    })
  const page = async (pathname: string) => {
    const response = await fetch(`${portal.siteUrl}${pathname}`)
    return { status: response.status, html: await response.text() }
  }

  it('runs with the production cache lifetime (2 s)', () => {
    expect(CACHE_MS).toBe(2000)
  })

  it('a draft never shows, even after a publication written later has appeared', async () => {
    await page('/tin-tuc')
    const draft = await article('draft', 'bản nháp')
    const published = await article('published', 'đã xuất bản')
    // The list shows what was published after the draft was saved: what it shows was read after the draft existed.
    const { value: list } = await eventually(async () => {
      const { html } = await page('/tin-tuc')
      return html.includes(published.title) && html
    }, {
      timeoutMs: STALE_AT_MOST_MS,
      what: 'the later publication on /tin-tuc',
    })
    expect(list).toContain(published.title)
    expect(list).not.toContain(draft.title)
    const search = `/tim-kiem?q=${encodeURIComponent('Kiểm tra bộ nhớ đệm')}`
    const { value: results } = await eventually(async () => {
      const { html } = await page(search)
      return html.includes(published.title) && html
    }, { timeoutMs: STALE_AT_MOST_MS, what: 'the later publication in search' })
    expect(results).not.toContain(draft.title)
    expect((await page(`/tin-tuc/${draft.slug}`)).status).toBe(404)
    expect((await fetch(`${portal.cmsUrl}/api/articles/${draft.id}`)).status).toBe(404)
    const tab = await browser.newPage()
    await tab.goto(`${portal.siteUrl}/tin-tuc`)
    await expect(tab.locator('main').textContent()).resolves.not.toContain(draft.title)
    await tab.close()
  })

  it('a published draft appears on the list and at its address within the caches’ lifetime', async () => {
    const draft = await article('draft', 'sắp xuất bản')
    // Both pages are read (and cached) without it just before it is published.
    expect((await page('/tin-tuc')).html).not.toContain(draft.title)
    expect((await page(`/tin-tuc/${draft.slug}`)).status).toBe(404)
    const since = Date.now()
    await api('PATCH', `articles/${draft.id}`, { _status: 'published' })
    const onList = await eventually(async () => (await page('/tin-tuc')).html.includes(draft.title), {
      since,
      timeoutMs: STALE_AT_MOST_MS,
      what: 'the published article on /tin-tuc',
    })
    const atAddress = await eventually(async () => (await page(`/tin-tuc/${draft.slug}`)).status === 200, {
      since,
      timeoutMs: STALE_AT_MOST_MS,
      what: 'the published article at its address',
    })
    console.log(`published: on the list after ${onList.elapsedMs} ms, at its address after ${atAddress.elapsedMs} ms (cache ${CACHE_MS} ms)`)
    const tab = await browser.newPage()
    await tab.goto(`${portal.siteUrl}/tin-tuc/${draft.slug}`)
    await expect(tab.locator('h1').textContent()).resolves.toBe(draft.title)
    await tab.close()
  })

  it('an unpublished article disappears from the list and its address within the caches’ lifetime', async () => {
    const published = await article('published', 'sẽ gỡ xuống')
    // Seen by readers first, so the caches hold it.
    await eventually(async () => (await page('/tin-tuc')).html.includes(published.title), { timeoutMs: STALE_AT_MOST_MS, what: 'the article on /tin-tuc' })
    await eventually(async () => (await page(`/tin-tuc/${published.slug}`)).status === 200, { timeoutMs: STALE_AT_MOST_MS, what: 'the article page' })
    const since = Date.now()
    await api('PATCH', `articles/${published.id}`, { _status: 'draft' })
    const offList = await eventually(async () => !(await page('/tin-tuc')).html.includes(published.title), {
      since,
      timeoutMs: STALE_AT_MOST_MS,
      what: 'the unpublished article to leave /tin-tuc',
    })
    const gone = await eventually(async () => (await page(`/tin-tuc/${published.slug}`)).status === 404, {
      since,
      timeoutMs: STALE_AT_MOST_MS,
      what: 'the unpublished article’s address to answer 404',
    })
    console.log(`unpublished: off the list after ${offList.elapsedMs} ms, 404 after ${gone.elapsedMs} ms (cache ${CACHE_MS} ms)`)
    expect((await fetch(`${portal.cmsUrl}/api/articles/${published.id}`)).status).toBe(404)
  })
})
