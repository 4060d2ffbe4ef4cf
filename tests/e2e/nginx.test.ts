/**
 * The repository's nginx config (deploy/nginx/portal.conf, rendered by deploy/render.mjs with this test's
 * ports and folders, TLS with a throw-away certificate) in front of the site, as deployed: HTTP to HTTPS,
 * HSTS, gzip, the micro-cache for anonymous pages only, previews never cached, engagement passed through and
 * counted exactly, long-lived static files, and limit_req answering 429 with the site's Vietnamese page.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hashIp } from '../../cms/src/engagement/secrets'
import { NGINX, NGINX_HOST as HOST, startPortalNginx } from '../../scripts/lib/nginx.mjs'
import { ensureBuilt, freePort, prepareDatabase, root, waitForHttp } from '../../scripts/lib/portal.mjs'

const READER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'

let dir = ''
let httpsPort = 0
let httpPort = 0
let site: ChildProcess | null = null
let nginx: ChildProcess | null = null

interface Answer {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
  text: string
}

function request(pathname: string, { method = 'GET', headers = {}, body, plain = false }: { method?: string; headers?: Record<string, string>; body?: string; plain?: boolean } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const options = { host: '127.0.0.1', port: plain ? httpPort : httpsPort, path: pathname, method, headers: { host: HOST, 'user-agent': READER, ...headers }, agent: false as const }
    const req = plain ? http.request(options) : https.request({ ...options, servername: HOST, rejectUnauthorized: false })
    req.on('response', (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        const raw = Buffer.concat(chunks)
        const decoded = res.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw) : raw
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: raw, text: decoded.toString('utf8') })
      })
    })
    req.on('error', reject)
    if (body) req.write(body)
    req.end()
  })
}

const sqlite = (query: string) => {
  const result = spawnSync('/usr/bin/sqlite3', [path.join(dir, 'data', 'portal.db'), query], { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(result.stderr)
  return result.stdout.trim()
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const write = { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' }

beforeAll(async () => {
  if (!NGINX) return
  ensureBuilt()
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-nginx-'))
  const dataDir = path.join(dir, 'data')
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: `file:${path.join(dataDir, 'portal.db')}`, FEEDBACK_MIN_FILL_SECONDS: '0' }
  delete env.PAYLOAD_SECRET
  prepareDatabase(env)
  const sitePort = await freePort()
  site = spawn(process.execPath, ['scripts/serve.mjs', '--only=site', '--no-migrate'], {
    cwd: root,
    env: { ...env, SITE_PORT: String(sitePort), TRUST_PROXY_HOPS: '1', LOG_FORMAT: 'off', VISIT_FLUSH_MS: '200' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  await waitForHttp(`http://127.0.0.1:${sitePort}/healthz`, site)

  const started = await startPortalNginx({ dir, dataDir, sitePorts: [sitePort] })
  nginx = started.child
  ;[httpsPort, httpPort] = [started.httpsPort, started.httpPort]
}, 600_000)

afterAll(async () => {
  nginx?.kill('SIGQUIT')
  if (site && site.exitCode === null) {
    const exited = new Promise((resolve) => site!.once('exit', resolve))
    site.kill('SIGTERM')
    await exited
  }
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

describe.skipIf(!NGINX)('the site behind the repository nginx config', () => {
  it('HTTP answers 301 to HTTPS; HTTPS pages carry one HSTS header and are gzipped', async () => {
    const plain = await request('/tin-tuc?trang=1', { plain: true })
    expect(plain.status).toBe(301)
    expect(plain.headers.location).toBe(`https://${HOST}:${httpsPort}/tin-tuc?trang=1`)
    const page = await request('/', { headers: { 'accept-encoding': 'gzip' } })
    expect(page.status).toBe(200)
    expect(page.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains')
    expect(page.headers['content-encoding']).toBe('gzip')
    expect(page.text).toContain('<html')
  })

  it('an anonymous page is served from the micro-cache; the display preference keeps its own copy', async () => {
    const first = await request('/tin-tuc')
    const second = await request('/tin-tuc')
    expect(first.headers['x-cache-status']).toMatch(/MISS|EXPIRED|HIT/)
    expect(second.headers['x-cache-status']).toBe('HIT')
    // The cached answer is the one the site gave the first request (its request id came back with it).
    const display = await request('/tin-tuc', { headers: { cookie: 'hien-thi=c1' } })
    const displayAgain = await request('/tin-tuc', { headers: { cookie: 'hien-thi=c1' } })
    expect(display.headers['x-cache-status']).toMatch(/MISS|EXPIRED/)
    expect(displayAgain.headers['x-cache-status']).toBe('HIT')
  })

  it('any other cookie (a staff session, a reader cookie) bypasses the cache', async () => {
    await request('/tin-tuc')
    for (const cookie of ['phien-can-bo=abc', 'hien-thi=c1; phien-can-bo=abc', 'doc-gia-danh-gia=x']) {
      const answer = await request('/tin-tuc', { headers: { cookie } })
      expect(answer.headers['x-cache-status'], cookie).toBe('BYPASS')
    }
  })

  it('previews, forms and engagement endpoints never come from the cache', async () => {
    for (const pathname of ['/xem-truoc/tin-tuc/bat-ky', '/gop-y', '/dang-nhap', '/api/thong-ke']) {
      const a = await request(pathname)
      const b = await request(pathname)
      expect(a.headers['x-cache-status'], pathname).toBeUndefined()
      // Two answers rendered by the site: each carries its own request id.
      expect(a.headers['x-request-id'], pathname).toBeTruthy()
      expect(a.headers['x-request-id'], pathname).not.toBe(b.headers['x-request-id'])
    }
  })

  it('feeds and the sitemap: micro-cached by nginx, revalidated by outside caches, 304 to a matching If-None-Match', async () => {
    for (const pathname of ['/rss/tin-tuc.xml', '/sitemap.xml']) {
      await request(pathname)
      const cached = await request(pathname)
      expect(cached.status, pathname).toBe(200)
      expect(cached.headers['x-cache-status'], pathname).toBe('HIT')
      expect(cached.headers['cache-control'], pathname).toBe('public, max-age=0, must-revalidate')
      const etag = String(cached.headers.etag)
      const again = await request(pathname, { headers: { 'if-none-match': etag } })
      expect(again.status, pathname).toBe(304)
      expect(again.body.length, pathname).toBe(0)
    }
  })

  it('static assets and media carry long cache lifetimes', async () => {
    const home = await request('/')
    const asset = /\/_astro\/[^"']+\.(?:css|js)/.exec(home.text)?.[0]
    expect(asset).toBeTruthy()
    const file = await request(asset!)
    expect(file.status).toBe(200)
    expect(file.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    const media = fs.readdirSync(path.join(dir, 'data', 'media')).find((name) => name.endsWith('.webp') || name.endsWith('.jpg'))
    expect(media).toBeTruthy()
    const picture = await request(`/media/${media}`)
    expect(picture.status).toBe(200)
    expect(picture.headers['cache-control']).toBe('public, max-age=2592000')
    expect(picture.headers['content-type']).toMatch(/^image\//)
    expect((await request('/media/..%2Fportal.db')).status).not.toBe(200)
  })

  it('beacons, ratings, ballots and feedback pass through and count exactly', async () => {
    const article = sqlite("SELECT id FROM articles WHERE _status = 'published' ORDER BY id LIMIT 1")
    const viewsOf = () => Number(sqlite(`SELECT count FROM visit_counters WHERE key = 'article-views:${article}'`) || 0)
    const before = viewsOf()
    let acknowledged = 0
    for (let i = 0; i < 60; i++) {
      const answer = await request('/api/thong-ke/ghi', { method: 'POST', headers: write, body: JSON.stringify({ bai: Number(article) }) })
      if (answer.status === 204) acknowledged++
    }
    expect(acknowledged).toBe(60)
    await sleep(1500)
    expect(viewsOf() - before).toBe(60)

    // A forged X-Forwarded-For buys nothing: nginx appends the real address, and with TRUST_PROXY_HOPS=1 the
    // site takes that one (its keyed hash is what a rating stores).
    const rated = await request(`/danh-gia/${article}.json`, { method: 'POST', headers: { ...write, 'x-forwarded-for': '198.51.100.9' }, body: '{"score": 5}' })
    expect(rated.status, rated.text).toBe(200)
    expect(Number(sqlite(`SELECT count(*) FROM article_ratings WHERE article_id = ${article}`))).toBe(1)
    // Payload keeps the first 32 hex digits of the secret's SHA-256 as payload.secret.
    const secret = crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, 'data', '.payload-secret'), 'utf8').trim()).digest('hex').slice(0, 32)
    const stored = sqlite(`SELECT ip_hash FROM article_ratings WHERE article_id = ${article}`)
    expect(stored).toBe(hashIp(secret, '127.0.0.1'))
    expect(stored).not.toBe(hashIp(secret, '198.51.100.9'))

    const poll = sqlite('SELECT id FROM polls ORDER BY id LIMIT 1')
    const state = JSON.parse((await request(`/tham-do/${poll}.json`)).text) as { poll: { options: { id: string }[] } }
    const voted = await request(`/tham-do/${poll}.json`, { method: 'POST', headers: write, body: JSON.stringify({ choices: [state.poll.options[0]!.id] }) })
    expect(voted.status, voted.text).toBe(200)
    expect(Number(sqlite(`SELECT count(*) FROM poll_votes WHERE poll_id = ${poll}`))).toBe(1)

    const form = await request('/gop-y')
    const stamp = /name="startedAt" value="([^"]+)"/.exec(form.text)?.[1]
    expect(stamp).toBeTruthy()
    const fields = new URLSearchParams({ startedAt: stamp!.replaceAll('&amp;', '&'), website: '', name: 'Nguyễn Văn A', email: 'a@example.vn', phone: '', subject: 'Hỏi qua nginx', message: 'Nội dung góp ý gửi qua nginx để kiểm thử.', consent: 'yes' })
    const sent = await request('/gop-y', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' }, body: fields.toString() })
    expect(sent.status, sent.text.slice(0, 500)).toBe(303)
    expect(Number(sqlite("SELECT count(*) FROM feedback WHERE subject = 'Hỏi qua nginx'"))).toBe(1)
  })

  it('too many sign-ins from one address: 429 with the site\'s Vietnamese page', async () => {
    const answers: Answer[] = []
    for (let i = 0; i < 12; i++) {
      answers.push(await request('/dang-nhap', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' }, body: 'email=a%40example.vn&password=sai' }))
    }
    const refused = answers.filter((a) => a.status === 429)
    expect(refused.length).toBeGreaterThanOrEqual(5)
    expect(refused[0]!.headers['content-type']).toMatch(/^text\/html/)
    expect(refused[0]!.text).toContain('Quá nhiều yêu cầu')
    expect(refused[0]!.text).toContain('lang="vi"')
    // Reading pages is not limited.
    expect((await request('/tin-tuc')).status).toBe(200)
  })
})
