/**
 * The public surface against abuse, over real HTTP against the built portal:
 * forged client addresses, sign-in used to lock accounts or to learn which
 * addresses have one, and GraphQL queries built to stall the CMS.
 */
import http from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser, startRunningPortal, type RunningPortal } from './helpers/portal'

let portal: RunningPortal

beforeAll(async () => {
  portal = await startRunningPortal({ SIGN_IN_IP_LIMIT: '4' }, { withAdmin: true })
})
afterAll(async () => portal?.stop())

interface Answer {
  status: number
  body: string
  ms: number
}

/** A JSON POST from a chosen loopback address (127.0.0.x all reach the server), with any headers. */
function post(url: string, body: unknown, { from = '127.0.0.1', headers = {} }: { from?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  const started = performance.now()
  const data = JSON.stringify(body)
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', localAddress: from, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data), ...headers } }, (response) => {
      let text = ''
      response.setEncoding('utf8')
      response.on('data', (chunk) => (text += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text, ms: performance.now() - started }))
    })
    request.on('error', reject)
    request.end(data)
  })
}

const login = (email: string, password: string, options?: Parameters<typeof post>[2]) => post(`${portal.cmsUrl}/api/users/login`, { email, password }, options)

describe('sign-in abuse', () => {
  it('counts attempts under the socket address, whatever X-Forwarded-For says', async () => {
    const answers: number[] = []
    for (let i = 0; i < 5; i++) answers.push((await login(portal.admin.email, 'sai-mat-khau', { from: '127.0.0.11', headers: { 'X-Forwarded-For': `203.0.113.${i}` } })).status)
    expect(answers.slice(0, 4).every((s) => s === 401)).toBe(true)
    expect(answers[4]).toBe(429)
    const refused = await login(portal.admin.email, portal.admin.password, { from: '127.0.0.11', headers: { 'X-Forwarded-For': '198.51.100.7' } })
    expect(refused.status).toBe(429)
    expect(refused.body).toMatch(/quá nhiều lần/)
  })

  it('never locks the account: its owner signs in from another address after a stranger failed many times', async () => {
    for (let i = 0; i < 6; i++) await login(portal.admin.email, `doan-mo-${i}`, { from: '127.0.0.12' })
    const owner = await login(portal.admin.email, portal.admin.password, { from: '127.0.0.13' })
    expect(owner.status).toBe(200)
    expect(JSON.parse(owner.body).token).toBeTruthy()
  })

  it('answers an unknown address like a known one, in similar time', async () => {
    const known = await login(portal.admin.email, 'sai-mat-khau-1', { from: '127.0.0.14' })
    const unknown = await login('khong-co-tai-khoan@example.vn', 'sai-mat-khau-1', { from: '127.0.0.15' })
    expect(unknown.status).toBe(known.status)
    expect(JSON.parse(unknown.body).errors[0].message).toBe(JSON.parse(known.body).errors[0].message)
    const [fast, slow] = [Math.min(known.ms, unknown.ms), Math.max(known.ms, unknown.ms)]
    expect(slow / fast).toBeLessThan(3)
  })

  it('limits GraphQL sign-in per address too', async () => {
    const mutation = (password: string) => ({ query: `mutation { loginUser(email: "${portal.admin.email}", password: "${password}") { token } }` })
    const bodies: string[] = []
    for (let i = 0; i < 5; i++) bodies.push((await post(`${portal.cmsUrl}/api/graphql`, mutation(`sai-${i}`), { from: '127.0.0.17', headers: { 'X-Forwarded-For': `203.0.113.${i}` } })).body)
    expect(bodies[3]).not.toMatch(/quá nhiều lần/)
    expect(bodies[4]).toMatch(/quá nhiều lần/)
  })

  it('limits password-reset requests per address too', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 5; i++) statuses.push((await post(`${portal.cmsUrl}/api/users/forgot-password`, { email: portal.admin.email }, { from: '127.0.0.16' })).status)
    expect(statuses[4]).toBe(429)
  })
})

describe('GraphQL cost', () => {
  const graphql = (query: string | unknown) => post(`${portal.cmsUrl}/api/graphql`, typeof query === 'string' ? { query } : query, { from: '127.0.0.20' })

  it('refuses 400 aliases at once, and the CMS keeps answering', async () => {
    const flood = `{ ${Array.from({ length: 400 }, (_, i) => `a${i}: Articles(limit: 1) { totalDocs }`).join(' ')} }`
    const answer = await graphql(flood)
    console.log(`GraphQL flood of 400 aliases answered ${answer.status} in ${answer.ms.toFixed(1)} ms`)
    expect(answer.status).toBe(400)
    expect(answer.ms).toBeLessThan(1000)
    expect(JSON.parse(answer.body).errors[0].message).toMatch(/bí danh/)
    const ordinary = await graphql('{ Articles(limit: 2) { totalDocs docs { title } } }')
    expect(ordinary.status).toBe(200)
    expect(JSON.parse(ordinary.body).data.Articles.totalDocs).toBeGreaterThan(0)
  })

  it.each([
    ['a cyclic fragment', { query: 'query { Articles { ...A } } fragment A on Articles { ...A }' }],
    ['a JSON null body', null],
    ['a batch', [{ query: '{ Articles { totalDocs } }' }]],
  ])('answers %s with a 4xx', async (_what, body) => {
    const answer = await post(`${portal.cmsUrl}/api/graphql`, body, { from: '127.0.0.20' })
    expect(answer.status).toBeGreaterThanOrEqual(400)
    expect(answer.status).toBeLessThan(500)
  })

  it('does not suggest schema names', async () => {
    const answer = await graphql('{ Artcles { totalDocs } }')
    expect(JSON.parse(answer.body).errors[0].message).toMatch(/Cannot query field "Artcles"/)
    expect(answer.body).not.toMatch(/Did you mean|Articles/)
  })
})

/** Any request, raw, from a chosen loopback address. */
function raw(method: string, url: string, { body, headers = {}, from = '127.0.0.40' }: { body?: Buffer | string; headers?: Record<string, string>; from?: string } = {}): Promise<Answer & { headers: http.IncomingHttpHeaders }> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, localAddress: from, headers: body === undefined ? headers : { 'Content-Length': Buffer.byteLength(body), ...headers } }, (response) => {
      let text = ''
      response.setEncoding('utf8')
      response.on('data', (chunk) => (text += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text, ms: performance.now() - started, headers: response.headers }))
    })
    request.on('error', reject)
    request.end(body)
  })
}

describe('the REST API refuses bad input with a 4xx', () => {
  let token = ''
  beforeAll(async () => {
    token = JSON.parse((await login(portal.admin.email, portal.admin.password, { from: '127.0.0.41' })).body).token
  })

  it.each([
    ['a page number past 2^64', '/api/articles?page=99999999999999999999'],
    ['a geo operator on a text field', '/api/articles?where[title][near]=1,2'],
    ['"within"', '/api/articles?where[title][within]=x'],
    ['"intersects"', '/api/articles?where[title][intersects]=x'],
    ['"all"', '/api/articles?where[title][all]=x'],
    ['a list where one value belongs', '/api/articles?where[title][equals][0]=a&where[title][equals][1]=b'],
    ['a huge limit', '/api/articles?limit=100000000'],
  ])('%s', async (_what, path) => {
    const answer = await raw('GET', `${portal.cmsUrl}${path}`)
    expect(answer.status).toBe(400)
    expect(JSON.parse(answer.body).errors[0].message).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵđêếềệểễôốồộổỗơớờợởỡưứừựửữ]/i)
  })

  it.each([['null'], ['1'], ['"x"'], ['[]'], ['{']])('a JSON body of %s from an editor', async (body) => {
    const before = await raw('GET', `${portal.cmsUrl}/api/articles?limit=0`, { headers: { Authorization: `JWT ${token}` } })
    const answer = await raw('POST', `${portal.cmsUrl}/api/articles`, { body, headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` } })
    expect(answer.status).toBe(400)
    const after = await raw('GET', `${portal.cmsUrl}/api/articles?limit=0`, { headers: { Authorization: `JWT ${token}` } })
    expect(JSON.parse(after.body).totalDocs).toBe(JSON.parse(before.body).totalDocs)
  })

  it('a NUL in an upload file name', async () => {
    const boundary = 'ranh-gioi-123'
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="anh\u0000.png"\r\nContent-Type: image/png\r\n\r\n`, 'latin1'),
      Buffer.from('not really a png'),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ])
    const answer = await raw('POST', `${portal.cmsUrl}/api/media`, { body, headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}`, Authorization: `JWT ${token}` } })
    expect(answer.status).toBe(400)
  })

  it('a 20 MB password, refused without reading it', async () => {
    const answer = await raw('POST', `${portal.cmsUrl}/api/users/login`, { body: JSON.stringify({ email: 'a@example.vn', password: 'x'.repeat(20 * 1024 * 1024) }), headers: { 'Content-Type': 'application/json' }, from: '127.0.0.42' })
    expect(answer.status).toBe(413)
  })

  it('TRACE', async () => {
    const answer = await raw('TRACE', `${portal.cmsUrl}/api/articles`)
    expect(answer.status).toBe(405)
  })
})

describe('site headers', () => {
  it('send a CSP built from script hashes that the pages satisfy, and frame-ancestors', async () => {
    const { headers, body } = await raw('GET', `${portal.siteUrl}/`)
    const csp = String(headers['content-security-policy'])
    expect(csp).toMatch(/script-src 'self'( 'sha256-[^']+')+/)
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/)
    expect(csp).toMatch(/frame-ancestors 'self'/)
    expect(csp).toMatch(/object-src 'none'/)
    // No inline event handler anywhere in the page.
    expect(body).not.toMatch(/\son[a-z]+=["']/i)
    const json = await raw('GET', `${portal.siteUrl}/api/thong-ke`)
    expect(String(json.headers['content-security-policy'])).toMatch(/default-src 'none'/)
  })
})

describe('the site under its CSP', () => {
  it('breaks nothing: a blocked script or style would be reported on one of the page types', async () => {
    const browser = await launchBrowser()
    try {
      const page = await browser.newPage()
      const violations: string[] = []
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text().slice(0, 160)}`)
      })
      for (const path of ['/', '/tin-tuc', '/van-ban', '/phong-trao-thi-dua', '/dien-hinh-tien-tien', '/bang-vang', '/thu-vien', '/tim-kiem?q=thi+dua', '/gop-y', '/tham-do', '/lich-van-nien', '/thong-ke-truy-cap']) {
        await page.goto(`${portal.siteUrl}${path}`)
      }
      for (const list of ['/tin-tuc', '/van-ban', '/phong-trao-thi-dua', '/dien-hinh-tien-tien', '/thu-vien', '/khoi-thi-dua']) {
        await page.goto(`${portal.siteUrl}${list}`)
        const href = await page.$eval(`main a[href^="${list}/"]`, (a) => a.getAttribute('href')).catch(() => null)
        if (href) await page.goto(`${portal.siteUrl}${href}`)
      }
      expect(violations).toEqual([])
    } finally {
      await browser.close()
    }
  })
})

describe('CMS headers', () => {
  it('sends CSP, framing, sniffing and referrer rules, and no X-Powered-By', async () => {
    for (const path of ['/admin/login', '/api/articles?limit=1']) {
      const { headers } = await raw('GET', `${portal.cmsUrl}${path}`)
      expect(headers['content-security-policy']).toMatch(/frame-ancestors 'self'/)
      expect(headers['content-security-policy']).toMatch(/object-src 'none'/)
      expect(headers['x-frame-options']).toBe('SAMEORIGIN')
      expect(headers['x-content-type-options']).toBe('nosniff')
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
      expect(headers['x-powered-by']).toBeUndefined()
    }
  })
})
