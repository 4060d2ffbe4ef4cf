import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

type PageCache = typeof import('../../site/src/lib/pageCache')
let cache: PageCache

beforeAll(async () => {
  process.env.CONTENT_CACHE_MS = '2000'
  cache = await import('../../site/src/lib/pageCache')
})
afterEach(() => vi.useRealTimers())

const request = (path: string, init: RequestInit = {}) => new Request(`http://localhost${path}`, init)
const html = (body: string, headers: Record<string, string> = {}, status = 200) =>
  new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8', ...headers } })

describe('page micro-cache', () => {
  it('keys anonymous GETs by URL and display preferences only', () => {
    const url = new URL('http://localhost/tin-tuc?trang=2')
    expect(cache.pageCacheKey(request('/tin-tuc?trang=2'), url)).toBe('/tin-tuc?trang=2|')
    expect(cache.pageCacheKey(request('/tin-tuc?trang=2', { headers: { cookie: 'hien-thi=1.hc' } }), url)).toBe('/tin-tuc?trang=2|hien-thi=1.hc')
    expect(cache.pageCacheKey(request('/tin-tuc?trang=2', { method: 'POST' }), url)).toBeNull()
    // A session or reader-id cookie means the page may be personal.
    expect(cache.pageCacheKey(request('/tin-tuc?trang=2', { headers: { cookie: 'hien-thi=0.n; payload-token=abc' } }), url)).toBeNull()
  })

  it('serves a stored page within the time to live, and renders again after it', async () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2026-11-27T10:00:00Z'))
    const sent = await cache.storePage('k1', html('<p>một</p>'))
    expect(await sent.text()).toBe('<p>một</p>')
    vi.setSystemTime(new Date('2026-11-27T10:00:01.900Z'))
    expect(await cache.cachedPage('k1')?.text()).toBe('<p>một</p>')
    vi.setSystemTime(new Date('2026-11-27T10:00:02.000Z'))
    expect(cache.cachedPage('k1')).toBeNull()
  })

  it('never keeps errors, non-HTML or pages that set a cookie', async () => {
    await cache.storePage('k404', html('<p>không có</p>', {}, 404))
    await cache.storePage('kjson', new Response('{}', { headers: { 'content-type': 'application/json' } }))
    await cache.storePage('kcookie', html('<p>x</p>', { 'set-cookie': 'a=b' }))
    expect(cache.cachedPage('k404')).toBeNull()
    expect(cache.cachedPage('kjson')).toBeNull()
    expect(cache.cachedPage('kcookie')).toBeNull()
  })

  it('keys a page by the query parameters it reads, in any order', () => {
    const key = (path: string) => cache.pageCacheKey(request(path), new URL(`http://localhost${path}`))
    expect(key('/tin-tuc/bai-viet?utm_source=zalo')).toBe('lookup-only /tin-tuc/bai-viet|')
    expect(key('/van-ban?q=khen&nam=2024')).toBe('lookup-only /van-ban?nam=2024&q=khen|')
    expect(key('/van-ban?nam=2024&q=khen')).toBe('/van-ban?nam=2024&q=khen|')
    expect(key('/tin-tuc?trang=2&fbclid=x')).toBe('lookup-only /tin-tuc?trang=2|')
  })

  it('serves the clean page to URLs with stray parameters, but never stores what they render', async () => {
    const clean = cache.pageCacheKey(request('/tin-tuc?trang=3'), new URL('http://localhost/tin-tuc?trang=3'))!
    const noisy = cache.pageCacheKey(request('/tin-tuc?utm_source=x&trang=3'), new URL('http://localhost/tin-tuc?utm_source=x&trang=3'))!
    // Rendered for the noisy URL (its links carry utm_source): sent, not kept.
    expect(await (await cache.storePage(noisy, html('<a href="?utm_source=x&trang=4">'))).text()).toContain('utm_source')
    expect(cache.cachedPage(noisy)).toBeNull()
    expect(cache.cachedPage(clean)).toBeNull()
    await cache.storePage(clean, html('<a href="?trang=4">'))
    expect(await cache.cachedPage(noisy)?.text()).toBe('<a href="?trang=4">')
    // Each hit gets its own copy of the body.
    expect(await cache.cachedPage(clean)?.text()).toBe('<a href="?trang=4">')
  })

  it('random query strings do not flush the pages already kept', async () => {
    const url = (path: string) => new URL(`http://localhost${path}`)
    const hot = cache.pageCacheKey(request('/'), url('/'))!
    await cache.storePage(hot, html('<p>trang chủ</p>'))
    for (let i = 0; i < 600; i++) {
      const path = `/tim-kiem?q=${i}`
      await cache.storePage(cache.pageCacheKey(request(path), url(path))!, html(`<p>${i}</p>`))
      if (i % 100 === 0) cache.cachedPage(hot) // the home page stays in use
    }
    expect(await cache.cachedPage(hot)?.text()).toBe('<p>trang chủ</p>')
  })
})
