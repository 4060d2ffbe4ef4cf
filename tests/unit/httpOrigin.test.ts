import { describe, expect, it } from 'vitest'

import { crossSiteRefusal } from '../../site/src/lib/http/sameOrigin'
import { BEACON_ORIGIN } from '../../site/src/lib/visitBeacon'
import { isVietnamese } from './helpers/vietnamese'

const url = new URL('http://127.0.0.1:4321/gop-y')
const request = (method: string, headers: Record<string, string>) => new Request(url, { method, headers })

describe('cross-site changes (the middleware rules)', () => {
  it.each([
    ['a form from another site', 'POST', { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' }],
    ['JSON from another site', 'POST', { origin: 'https://evil.example', 'content-type': 'application/json' }],
    ['a browser saying cross-site', 'POST', { 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' }],
    ['a sibling site', 'POST', { 'sec-fetch-site': 'same-site', origin: 'http://127.0.0.1:4321', 'content-type': 'application/json' }],
    ['a form with neither header (as Astro refused)', 'POST', { 'content-type': 'multipart/form-data; boundary=x' }],
    ['no content type and no header', 'DELETE', {}],
    ['Origin "null"', 'POST', { origin: 'null', 'content-type': 'text/plain' }],
  ])('refuses %s with 403 in Vietnamese', async (_what, method, headers) => {
    const response = crossSiteRefusal(request(method, headers), url)
    expect(response?.status).toBe(403)
    expect(response?.headers.get('cache-control')).toBe('no-store')
    expect(isVietnamese(await response!.text())).toBe(true)
  })
  it.each([
    ['a form from this site', 'POST', { origin: 'http://127.0.0.1:4321', 'content-type': 'application/x-www-form-urlencoded' }],
    ['a same-origin fetch', 'POST', { 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' }],
    ['JSON from a script without a browser', 'POST', { 'content-type': 'application/json' }],
    ['a GET from anywhere', 'GET', { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }],
    ['a form with only a foreign Referer (Referer is not the middleware\'s rule)', 'POST', { origin: 'http://127.0.0.1:4321', referer: 'https://evil.example/', 'content-type': 'application/x-www-form-urlencoded' }],
  ])('lets through %s', (_what, method, headers) => {
    expect(crossSiteRefusal(request(method, headers), url)).toBeNull()
  })
  it('answers JSON to JSON clients and text to forms', async () => {
    const json = crossSiteRefusal(request('POST', { origin: 'https://evil.example', 'content-type': 'application/json' }), url)!
    expect(json.headers.get('content-type')).toContain('application/json')
    expect(isVietnamese((await json.json()).error)).toBe(true)
    const form = crossSiteRefusal(request('POST', { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' }), url)!
    expect(form.headers.get('content-type')).toContain('text/plain')
  })
})

describe('cross-site views (the beacon rules)', () => {
  it.each([
    ['a pixel embedded by another site', 'GET', { 'sec-fetch-site': 'cross-site' }],
    ['a pixel with another site as Referer', 'GET', { referer: 'https://trang-khac.example/bai' }],
    ['a pixel with an unreadable Referer', 'GET', { referer: 'not an address' }],
    ['a beacon from another site', 'POST', { origin: 'https://trang-khac.example', 'content-type': 'text/plain' }],
    ['a sibling subdomain', 'POST', { 'sec-fetch-site': 'same-site', 'content-type': 'application/json' }],
  ])('refuses %s, always in JSON', async (_what, method, headers) => {
    const response = crossSiteRefusal(request(method, headers), url, BEACON_ORIGIN)
    expect(response?.status).toBe(403)
    const body = await response!.json()
    expect(isVietnamese(body.error)).toBe(true)
  })
  it.each([
    ['a pixel on this site\'s page', 'GET', { referer: 'http://127.0.0.1:4321/tin-tuc/bai' }],
    ['a pixel without any header (a bot: its rules decide)', 'GET', {}],
    ['a beacon from this site', 'POST', { 'sec-fetch-site': 'same-origin', 'content-type': 'text/plain' }],
    ['a beacon from a script without a browser', 'POST', { 'content-type': 'text/plain' }],
  ])('lets through %s', (_what, method, headers) => {
    expect(crossSiteRefusal(request(method, headers), url, BEACON_ORIGIN)).toBeNull()
  })
})
