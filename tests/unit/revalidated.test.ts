import { describe, expect, it } from 'vitest'

import { etagOf, REVALIDATE, revalidated } from '../../site/src/lib/http/revalidated'

const feed = () => new Response('<rss>một</rss>', { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' } })
const ask = (headers: Record<string, string> = {}, method = 'GET') => new Request('http://site.test/rss/tin-tuc.xml', { method, headers })

describe('feeds revalidated by outside caches', () => {
  it('a full answer carries the ETag of its body and must be revalidated', async () => {
    const answer = await revalidated(ask(), feed())
    expect(answer.status).toBe(200)
    expect(answer.headers.get('cache-control')).toBe(REVALIDATE)
    expect(answer.headers.get('etag')).toBe(etagOf('<rss>một</rss>'))
    expect(await answer.text()).toBe('<rss>một</rss>')
    expect(etagOf('<rss>hai</rss>')).not.toBe(etagOf('<rss>một</rss>'))
  })

  it('a matching If-None-Match (in a list, weak or "*") gets a bodiless 304; another tag the body', async () => {
    const etag = etagOf('<rss>một</rss>')
    for (const header of [etag, `"x", ${etag}`, `W/${etag}`, '*']) {
      const answer = await revalidated(ask({ 'If-None-Match': header }), feed())
      expect(answer.status, header).toBe(304)
      expect(answer.headers.get('etag')).toBe(etag)
      expect(await answer.text()).toBe('')
    }
    expect((await revalidated(ask({ 'If-None-Match': '"x"' }), feed())).status).toBe(200)
  })

  it('leaves other answers alone (a 404 for an unknown section)', async () => {
    const missing = new Response('Không có chuyên mục này.', { status: 404 })
    expect(await revalidated(ask({ 'If-None-Match': '*' }), missing)).toBe(missing)
  })
})
