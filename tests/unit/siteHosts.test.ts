import { describe, expect, it } from 'vitest'

import { checkHosts, hostnameOf, trustedHosts } from '../../scripts/lib/siteHosts.mjs'

describe('site host names, trusted at run time (scripts/lib/siteHosts.mjs)', () => {
  const hosts = trustedHosts({ SITE_URL: 'https://ThiDuaKhenThuong.example.gov.vn/', SITE_HOSTS: 'www.example.gov.vn, tdkt.example.vn' })

  it('trusts localhost, SITE_URL host and SITE_HOSTS, case-insensitively', () => {
    expect([...hosts].sort()).toEqual(['127.0.0.1', '[::1]', 'localhost', 'tdkt.example.vn', 'thiduakhenthuong.example.gov.vn', 'www.example.gov.vn'])
    expect(trustedHosts({ SITE_URL: 'not a url' }).size).toBe(3)
  })

  it('reads host names with and without ports', () => {
    expect(hostnameOf('Example.VN:8443')).toBe('example.vn')
    expect(hostnameOf('[::1]:4321')).toBe('[::1]')
    expect(hostnameOf(undefined)).toBe('')
  })

  it('keeps a trusted Host and X-Forwarded-Host, replaces an unknown Host by localhost and drops an unknown forwarded host', () => {
    const known = { headers: { host: 'www.example.gov.vn', 'x-forwarded-host': 'thiduakhenthuong.example.gov.vn' } as Record<string, string | undefined> }
    checkHosts(known, hosts)
    expect(known.headers).toEqual({ host: 'www.example.gov.vn', 'x-forwarded-host': 'thiduakhenthuong.example.gov.vn' })
    const forged = { headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example' } as Record<string, string | undefined> }
    checkHosts(forged, hosts)
    expect(forged.headers).toEqual({ host: 'localhost' })
    const mixed = { headers: { host: '127.0.0.1:4321', 'x-forwarded-host': 'www.example.gov.vn, evil.example' } as Record<string, string | undefined> }
    checkHosts(mixed, hosts)
    expect(mixed.headers).toEqual({ host: '127.0.0.1:4321' })
  })
})
