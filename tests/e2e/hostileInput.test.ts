/**
 * Hostile input against every public route and API of both servers, table-driven: each route of the site
 * (the page cache's route table, which a unit test keeps complete) with each hostile value in each query
 * parameter it reads and in its path, each write endpoint with each hostile body, and the CMS's collections,
 * globals, sign-in and GraphQL. Nothing may answer 5xx, nothing may be stored, and in the browser no
 * injected script may run.
 */
import http from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ROUTE_PARAMS } from '../../site/src/lib/cache/pageParams'
import { launchBrowser, startRunningPortal, type RunningPortal } from './helpers/portal'

let portal: RunningPortal
let adminToken = ''

/** Values an attacker types into a query parameter. */
const QUERY_CASES: Record<string, string> = {
  script: '<script>window.__pwned=1</script>',
  attribute: '"><img src=x onerror="window.__pwned=1">',
  traversal: '../../../../etc/passwd',
  wildcards: '%%',
  underscore: '_',
  backslash: '\\',
  huge: 'a'.repeat(6000),
  'header-breaking': 'a\r\nSet-Cookie: bi-chiem=1',
  nul: 'a\u0000b',
  'non-ASCII': 'ă/ư/đ',
  operator: '{"$gt":""}',
  number: '99999999999999999999999',
  negative: '-1',
}

/** Extra query strings that try to pollute objects or inject operators. */
const EXTRA_QUERIES = ['__proto__[polluted]=1', 'constructor[prototype][polluted]=1', 'where[or][0][_status][equals]=draft', 'draft=true', 'trang=1&trang=2', 'q[]=a&q[]=b']

/** Bodies an attacker posts. */
const BODY_CASES: Array<[string, string, string]> = [
  ['truncated JSON', 'application/json', '{"score": '],
  ['JSON null', 'application/json', 'null'],
  ['JSON array', 'application/json', '[1,2,3]'],
  ['wrong types', 'application/json', '{"score":"5","choices":"x","bai":{"$gt":0}}'],
  ['prototype keys', 'application/json', '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}'],
  ['script text', 'application/json', '{"message":"<script>window.__pwned=1</script>","name":"<img src=x onerror=alert(1)>"}'],
  ['huge JSON', 'application/json', `{"message":"${'x'.repeat(3 * 1024 * 1024)}"}`],
  ['form with a script', 'application/x-www-form-urlencoded', 'name=%3Cscript%3Ealert(1)%3C%2Fscript%3E&email=a%40b.vn&message=x&score=9&choice=1'],
  ['broken multipart', 'multipart/form-data; boundary=xyz', '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a\u0000.png"\r\n\r\n'],
  ['wrong type', 'text/xml', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>'],
]

interface Answer {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
}

function send(method: string, url: string, { body, headers = {} }: { body?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers: body === undefined ? headers : { 'Content-Length': Buffer.byteLength(body), ...headers } }, (response) => {
      let text = ''
      response.setEncoding('utf8')
      response.on('data', (chunk) => (text.length < 200_000 ? (text += chunk) : undefined))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }))
    })
    request.on('error', reject)
    request.end(body)
  })
}

/** Same-site browser headers, so the requests reach the endpoints' own checks rather than the cross-site refusal. */
const sameSite = () => ({ Origin: portal.siteUrl, 'Sec-Fetch-Site': 'same-origin' })

const COUNTED = ['articles', 'documents', 'movements', 'exemplary-models', 'galleries', 'pages', 'media', 'users', 'feedback', 'article-ratings', 'poll-votes', 'redirects', 'awards', 'award-decisions', 'units', 'consultations', 'nominees', 'consultation-comments']

async function storedCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const collection of COUNTED) {
    const answer = await send('GET', `${portal.cmsUrl}/api/${collection}?limit=1&depth=0&draft=true`, { headers: { Authorization: `JWT ${adminToken}` } })
    counts[collection] = JSON.parse(answer.body).totalDocs
  }
  return counts
}

/** A real value for each dynamic segment, read from the seeded portal. */
async function concretePaths(): Promise<Map<string, string>> {
  const first = async (collection: string, field = 'slug') => {
    const answer = await send('GET', `${portal.cmsUrl}/api/${collection}?limit=1&depth=0&where[_status][equals]=published`)
    const doc = JSON.parse(answer.body).docs?.[0]
    return doc ? String(doc[field]) : 'khong-co'
  }
  const firstAny = async (collection: string, field = 'slug') => String(JSON.parse((await send('GET', `${portal.cmsUrl}/api/${collection}?limit=1&depth=0`)).body).docs?.[0]?.[field] ?? 'khong-co')
  const media = JSON.parse((await send('GET', `${portal.cmsUrl}/api/media?limit=1&depth=0&where[mimeType][contains]=image`)).body).docs?.[0]
  const values: Record<string, string> = {
    '/[slug]': `/${await first('pages')}`,
    '/bang-vang/quyet-dinh/[slug]': `/bang-vang/quyet-dinh/${await firstAny('award-decisions')}`,
    '/bang-vang/quyet-dinh/[slug]/in': `/bang-vang/quyet-dinh/${await firstAny('award-decisions')}/in`,
    '/bang-vang/tai-ve.[format]': '/bang-vang/tai-ve.csv',
    '/chuyen-muc/[slug]': `/chuyen-muc/${await firstAny('categories')}`,
    '/danh-gia/[article]': `/danh-gia/${await first('articles', 'id')}`,
    '/danh-gia/[article].json': `/danh-gia/${await first('articles', 'id')}.json`,
    '/du-lieu-mo/[dataset].[format]': '/du-lieu-mo/bang-vang.json',
    '/dien-hinh-tien-tien/[slug]': `/dien-hinh-tien-tien/${await first('exemplary-models')}`,
    '/khoi-thi-dua/[slug]': `/khoi-thi-dua/${await firstAny('blocs')}`,
    '/lay-y-kien/[slug]': `/lay-y-kien/${await first('consultations')}`,
    '/media/[...file]': `/media/${media?.filename ?? 'khong-co.png'}`,
    '/phong-trao-thi-dua/[slug]': `/phong-trao-thi-dua/${await first('movements')}`,
    '/rss/[section].xml': '/rss/tin-tuc.xml',
    '/tham-do/[poll]': `/tham-do/${await firstAny('polls', 'id')}`,
    '/tham-do/[poll].json': `/tham-do/${await firstAny('polls', 'id')}.json`,
    '/thu-vien/[slug]': `/thu-vien/${await first('galleries')}`,
    '/tin-tuc/[slug]': `/tin-tuc/${await first('articles')}`,
    '/van-ban/[slug]': `/van-ban/${await first('documents')}`,
  }
  const paths = new Map<string, string>()
  for (const route of Object.keys(ROUTE_PARAMS)) paths.set(route, values[route] ?? route)
  return paths
}

let paths: Map<string, string>
let before: Record<string, number>
let requests = 0

/** Sends each case, collects the 5xx answers; the caller asserts there were none and nothing was stored. */
function campaign() {
  const fiveHundreds: string[] = []
  let sent = 0
  return {
    async send(label: string, answer: Promise<Answer>) {
      sent++
      requests++
      const { status } = await answer
      if (status >= 500) fiveHundreds.push(`${status} ${label}`)
    },
    async expectHeld(atLeast: number) {
      if (fiveHundreds.length) console.log(`5xx answers (${fiveHundreds.length}):\n${[...new Set(fiveHundreds)].slice(0, 80).join('\n')}`)
      expect(fiveHundreds).toEqual([])
      expect(sent).toBeGreaterThanOrEqual(atLeast)
      expect(await storedCounts()).toEqual(before)
    },
  }
}

beforeAll(async () => {
  portal = await startRunningPortal({ FEEDBACK_IP_HOURLY_LIMIT: '100000', SIGN_IN_IP_LIMIT: '100000' }, { withAdmin: true })
  adminToken = JSON.parse((await send('POST', `${portal.cmsUrl}/api/users/login`, { body: JSON.stringify(portal.admin), headers: { 'Content-Type': 'application/json' } })).body).token
  paths = await concretePaths()
  before = await storedCounts()
}, 600_000)
afterAll(async () => {
  console.log(`hostile-input suite: ${requests} requests: ${Object.keys(ROUTE_PARAMS).length} site routes × ${Object.keys(QUERY_CASES).length} query values (+${EXTRA_QUERIES.length} crafted queries), ${BODY_CASES.length} bodies per write endpoint, every CMS collection and global`)
  await portal?.stop()
})

describe('hostile input: no 5xx, nothing stored, no script runs', () => {
  it('every site route, with each hostile value in each parameter it reads and in its path', { timeout: 900_000 }, async () => {
    const { send: expectNo5xx, expectHeld } = campaign()
    for (const [route, names] of Object.entries(ROUTE_PARAMS)) {
      const path = paths.get(route)!
      for (const [name, value] of Object.entries(QUERY_CASES)) {
        for (const param of [...names, 'khac']) await expectNo5xx(`GET ${route} ?${param}=${name}`, send('GET', `${portal.siteUrl}${path}?${encodeURIComponent(param)}=${encodeURIComponent(value)}`))
        if (!path.includes('[')) await expectNo5xx(`GET ${route}/${name}`, send('GET', `${portal.siteUrl}${path}/${encodeURIComponent(value)}`))
      }
      for (const extra of EXTRA_QUERIES) await expectNo5xx(`GET ${route} ?${extra}`, send('GET', `${portal.siteUrl}${path}?${extra}`))
    }
    for (const raw of ['/media/..%2f..%2fpackage.json', '/media/%2e%2e/%2e%2e/package.json', '/tin-tuc/%2e%2e%2f%2e%2e%2f', `/${'a'.repeat(5000)}`, '/%ff%fe', '/tin-tuc/%E0%A4%A']) {
      const answer = send('GET', `${portal.siteUrl}${raw}`)
      await expectNo5xx(`GET ${raw}`, answer)
      expect((await answer).body).not.toContain('"workspaces"')
    }
    await expectHeld(1500)
  })

  it('every site endpoint that takes a body, with each hostile body', async () => {
    const { send: expectNo5xx, expectHeld } = campaign()
    const posts = ['/danh-gia/[article]', '/danh-gia/[article].json', '/tham-do/[poll]', '/tham-do/[poll].json', '/gop-y', '/lay-y-kien/[slug]', '/dang-nhap', '/dang-xuat', '/quen-mat-khau', '/dat-lai-mat-khau', '/api/thong-ke/ghi', '/tuy-chinh', '/tin-tuc', '/tim-kiem']
    for (const route of posts) {
      const path = paths.get(route) ?? route
      for (const [name, type, body] of BODY_CASES) await expectNo5xx(`POST ${route} ${name}`, send('POST', `${portal.siteUrl}${path}`, { body, headers: { 'Content-Type': type, ...sameSite() } }))
      await expectNo5xx(`PUT ${route}`, send('PUT', `${portal.siteUrl}${path}`, { body: '{}', headers: { 'Content-Type': 'application/json', ...sameSite() } }))
      await expectNo5xx(`TRACE ${route}`, send('TRACE', `${portal.siteUrl}${path}`))
    }
    await expectHeld(150)
  })

  it('every CMS collection and global, sign-in and GraphQL, anonymously', { timeout: 900_000 }, async () => {
    const { send: expectNo5xx, expectHeld } = campaign()
    const slugs = JSON.parse((await send('GET', `${portal.cmsUrl}/api/access`, { headers: { Authorization: `JWT ${adminToken}` } })).body)
    const collections = Object.keys(slugs.collections ?? {})
    const globals = Object.keys(slugs.globals ?? {})
    expect(collections.length).toBeGreaterThan(10)
    for (const collection of collections) {
      for (const [name, value] of Object.entries(QUERY_CASES)) {
        for (const param of ['where[title][like]', 'where[id][equals]', 'sort', 'limit', 'page', 'depth', 'select[title]', 'where[or][0][slug][in]']) {
          await expectNo5xx(`GET /api/${collection} ${param}=${name}`, send('GET', `${portal.cmsUrl}/api/${collection}?${param}=${encodeURIComponent(value)}`))
        }
        await expectNo5xx(`GET /api/${collection}/${name}`, send('GET', `${portal.cmsUrl}/api/${collection}/${encodeURIComponent(value)}`))
      }
      for (const extra of EXTRA_QUERIES) await expectNo5xx(`GET /api/${collection} ?${extra}`, send('GET', `${portal.cmsUrl}/api/${collection}?${extra}`))
      for (const [name, type, body] of BODY_CASES) {
        await expectNo5xx(`POST /api/${collection} ${name}`, send('POST', `${portal.cmsUrl}/api/${collection}`, { body, headers: { 'Content-Type': type } }))
        await expectNo5xx(`PATCH /api/${collection}/1 ${name}`, send('PATCH', `${portal.cmsUrl}/api/${collection}/1`, { body, headers: { 'Content-Type': type } }))
      }
      await expectNo5xx(`DELETE /api/${collection}?where`, send('DELETE', `${portal.cmsUrl}/api/${collection}?where[id][exists]=true`))
    }
    for (const global of globals) {
      for (const [name, type, body] of BODY_CASES) await expectNo5xx(`POST /api/globals/${global} ${name}`, send('POST', `${portal.cmsUrl}/api/globals/${global}`, { body, headers: { 'Content-Type': type } }))
    }
    for (const [name, type, body] of BODY_CASES) {
      for (const path of ['/api/users/login', '/api/users/forgot-password', '/api/users/reset-password', '/api/graphql']) await expectNo5xx(`POST ${path} ${name}`, send('POST', `${portal.cmsUrl}${path}`, { body, headers: { 'Content-Type': type } }))
    }
    for (const query of ['{ Articles(where: { _status: { equals: draft } }) { docs { title } } }', 'query { __schema { types { name } } }', '{ Users { docs { email hash salt resetPasswordToken } } }', 'mutation { createArticle(data: { title: "x" }) { id } }']) {
      await expectNo5xx(`GraphQL ${query.slice(0, 40)}`, send('POST', `${portal.cmsUrl}/api/graphql`, { body: JSON.stringify({ query }), headers: { 'Content-Type': 'application/json' } }))
    }
    await expectHeld(2000)
  })

  it('runs no injected script in the browser', async () => {
    const browser = await launchBrowser()
    try {
      const page = await browser.newPage()
      let dialogs = 0
      page.on('dialog', async (dialog) => {
        dialogs++
        await dialog.dismiss()
      })
      for (const [route, names] of Object.entries(ROUTE_PARAMS)) {
        // Files (JSON, the roll's .csv/.xlsx downloads) are not pages a browser runs: their answers are swept for 5xx above.
        if (names.length === 0 || route.split('/').pop()!.includes('.') || route.startsWith('/api') || route.startsWith('/bench')) continue
        const path = paths.get(route)!
        for (const value of [QUERY_CASES.script!, QUERY_CASES.attribute!]) {
          await page.goto(`${portal.siteUrl}${path}?${names.map((n) => `${n}=${encodeURIComponent(value)}`).join('&')}`)
          expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), `${route}`).toBeUndefined()
        }
      }
      expect(dialogs).toBe(0)
    } finally {
      await browser.close()
    }
  })

})
