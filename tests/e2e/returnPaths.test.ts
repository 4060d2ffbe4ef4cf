import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startRunningPortal, type RunningPortal } from './helpers/portal'

/**
 * The three routes that send the reader back somewhere (/tuy-chinh?ve=,
 * /dang-nhap's back, /dang-xuat's back), over real HTTP: whatever the value,
 * the answer is a 3xx or 4xx (never a 500 for an invalid header) and its
 * Location stays on this site, as a browser would resolve it.
 */
const HOSTILE = [
  '//evil.example/',
  'https://evil.example/',
  '/\\evil.example',
  '/\\host',
  '/%5Cevil.example',
  '/%09/evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '/a%0aSet-Cookie:x=1',
  '/a%0d%0aSet-Cookie:x=1',
  '/a\r\nSet-Cookie: x=1',
  '/a%00b',
  '/a\u0000b',
  '/a b',
  '/ă',
  '/tim-kiem?q=thi đua',
  ' //evil.example',
]

describe('return paths over HTTP', () => {
  let portal: RunningPortal
  let staff: { email: string; password: string }
  const site = (path: string) => portal.siteUrl + path

  beforeAll(async () => {
    portal = await startRunningPortal({ SIGN_IN_IP_LIMIT: '1000' }, { withAdmin: true })
    const login = await fetch(`${portal.cmsUrl}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(portal.admin) })
    const { token } = (await login.json()) as { token: string }
    staff = { email: `quay-lai-${Date.now()}@example.vn`, password: 'mat-khau-can-bo-123' }
    const created = await fetch(`${portal.cmsUrl}/api/users`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ ...staff, name: 'Cán Bộ Quay Lại', role: 'staff' }),
    })
    expect(created.status).toBe(201)
  })
  afterAll(async () => portal?.stop())

  /** The answer must be 3xx/4xx and its Location (if any) on this site. */
  function expectSafe(response: Response, what: string) {
    expect(response.status, what).toBeGreaterThanOrEqual(300)
    expect(response.status, what).toBeLessThan(500)
    const location = response.headers.get('location')
    if (location !== null) {
      const target = new URL(location, site('/'))
      expect(target.origin, `${what} → ${location}`).toBe(portal.siteUrl)
      expect(location, what).not.toMatch(/[\u0000-\u0020\u007f-\uffff\\]/)
    }
  }

  const form = (fields: Record<string, string>) => ({
    method: 'POST',
    redirect: 'manual' as const,
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: portal.siteUrl },
    body: new URLSearchParams(fields).toString(),
  })

  it.each(HOSTILE)('/tuy-chinh?ve=%j', async (value) => {
    const response = await fetch(site(`/tuy-chinh?chon=lon&ve=${encodeURIComponent(value)}`), { redirect: 'manual' })
    expectSafe(response, value)
    expect(response.status).toBe(303)
  })

  it.each(HOSTILE)('/dang-nhap back=%j', async (value) => {
    const response = await fetch(site('/dang-nhap'), form({ email: staff.email, password: staff.password, back: value }))
    expectSafe(response, value)
    expect(response.status).toBe(303)
  })

  it.each(HOSTILE)('/dang-nhap?ve=%j (the form page)', async (value) => {
    const response = await fetch(site(`/dang-nhap?ve=${encodeURIComponent(value)}`), { redirect: 'manual' })
    expect(response.status).toBe(200)
    const back = /name="back" value="([^"]*)"/.exec(await response.text())?.[1]
    expect(new URL(back!.replaceAll('&amp;', '&'), site('/')).origin).toBe(portal.siteUrl)
  })

  it.each(HOSTILE)('/dang-xuat back=%j', async (value) => {
    const response = await fetch(site('/dang-xuat'), form({ back: value }))
    expectSafe(response, value)
    expect(response.status).toBe(303)
  })

  it('a good path goes through as it is, a non-ASCII one percent-encoded', async () => {
    const plain = await fetch(site(`/tuy-chinh?chon=lon&ve=${encodeURIComponent('/tin-tuc?trang=2')}`), { redirect: 'manual' })
    expect(plain.headers.get('location')).toBe('/tin-tuc?trang=2')
    const vietnamese = await fetch(site(`/tuy-chinh?chon=lon&ve=${encodeURIComponent('/tim-kiem?q=thi đua')}`), { redirect: 'manual' })
    expect(vietnamese.headers.get('location')).toBe('/tim-kiem?q=thi%20%C4%91ua')
  })
})
