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
})
