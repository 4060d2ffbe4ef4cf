/**
 * Running it for real: `npm run serve` (CMS and site) answers /healthz and /readyz on both servers, writes
 * JSON access log lines with LOG_FORMAT=json (no address, no query string), says "not ready" when a
 * migration is missing, and hands out no reader cookie with an error answer.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ensureBuilt, freePort, prepareDatabase, root, waitForHttp } from '../../scripts/lib/portal.mjs'

const READER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'

let dataDir = ''
let site = ''
let cms = ''
let stdout = ''
let serve: ReturnType<typeof spawn> | null = null

const sqlite = (query: string) => spawnSync('/usr/bin/sqlite3', [path.join(dataDir, 'portal.db'), query], { encoding: 'utf8' })

beforeAll(async () => {
  ensureBuilt()
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-ops-'))
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: `file:${path.join(dataDir, 'portal.db')}`, SEED_SAMPLE: 'false' }
  delete env.PAYLOAD_SECRET
  prepareDatabase(env)
  const [cmsPort, sitePort] = [await freePort(), await freePort()]
  serve = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: root,
    env: { ...env, CMS_PORT: String(cmsPort), SITE_PORT: String(sitePort), LOG_FORMAT: 'json' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  serve.stdout!.on('data', (chunk) => (stdout += chunk))
  site = `http://127.0.0.1:${sitePort}`
  cms = `http://127.0.0.1:${cmsPort}`
  await Promise.all([waitForHttp(`${site}/healthz`, serve), waitForHttp(`${cms}/healthz`, serve)])
}, 600_000)

afterAll(async () => {
  if (serve && serve.exitCode === null) {
    const exited = new Promise((resolve) => serve!.once('exit', resolve))
    serve.kill('SIGTERM')
    await exited
  }
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
})

describe('health, readiness and logs', () => {
  it('/healthz and /readyz answer on both servers, uncached JSON', async () => {
    for (const base of [site, cms]) {
      const health = await fetch(`${base}/healthz`)
      expect(health.status, base).toBe(200)
      expect(await health.json()).toEqual({ status: 'ok' })
      const ready = await fetch(`${base}/readyz`)
      expect(ready.status, base).toBe(200)
      expect(await ready.json()).toEqual({ status: 'ready' })
      expect(ready.headers.get('cache-control')).toBe('no-store')
    }
  })

  it('a missing migration makes /readyz answer 503 with the migration named, on both servers', async () => {
    const last = sqlite("SELECT name FROM payload_migrations ORDER BY id DESC LIMIT 1").stdout.trim()
    expect(last).toMatch(/^\d{8}_/)
    sqlite(`UPDATE payload_migrations SET name = 'renamed-for-test' WHERE name = '${last}'`)
    try {
      for (const base of [site, cms]) {
        const ready = await fetch(`${base}/readyz`)
        expect(ready.status, base).toBe(503)
        expect((await ready.json()).reason).toContain(last)
      }
    } finally {
      sqlite(`UPDATE payload_migrations SET name = '${last}' WHERE name = 'renamed-for-test'`)
    }
    expect((await fetch(`${site}/readyz`)).status).toBe(200)
  })

  it('LOG_FORMAT=json: one JSON line per request with time, level, request id, method, path, status, duration; no address, no query', async () => {
    const response = await fetch(`${site}/tim-kiem?q=ho-ten-ca-nhan`, { headers: { 'user-agent': READER, 'x-request-id': 'kiem-thu-12345678' } })
    expect(response.headers.get('x-request-id')).toBe('kiem-thu-12345678')
    await fetch(`${cms}/api/globals/site-settings`)
    await new Promise((resolve) => setTimeout(resolve, 300))
    const lines = stdout.split('\n').filter((line) => line.startsWith('{'))
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>)
    const search = entries.find((e) => e.requestId === 'kiem-thu-12345678')
    expect(search).toMatchObject({ level: 'info', method: 'GET', path: '/tim-kiem', status: 200 })
    expect(Object.keys(search!).sort()).toEqual(['durationMs', 'level', 'method', 'path', 'requestId', 'status', 'time'])
    expect(typeof search!.durationMs).toBe('number')
    expect(entries.some((e) => e.path === '/api/globals/site-settings' && e.status === 200)).toBe(true)
    expect(stdout).not.toContain('ho-ten-ca-nhan')
    // Startup lines name the listening address; access lines never name the client's.
    expect(lines.join('\n')).not.toContain('127.0.0.1')
  })
})

describe('error answers hand out no reader cookies', () => {
  it('a 404 page and a rating or ballot refused for an unknown id set no cookie; a real rating does', async () => {
    const headers = { 'content-type': 'application/json', 'user-agent': READER, 'sec-fetch-site': 'same-origin' }
    const page = await fetch(`${site}/tin-tuc/khong-co-bai-nay`, { headers: { 'user-agent': READER } })
    expect(page.status).toBe(404)
    expect(page.headers.getSetCookie()).toEqual([])
    const rating = await fetch(`${site}/danh-gia/987654.json`, { method: 'POST', headers, body: '{"score": 4}' })
    expect(rating.status).toBe(404)
    expect(rating.headers.getSetCookie()).toEqual([])
    const ballot = await fetch(`${site}/tham-do/987654.json`, { method: 'POST', headers, body: '{"choices": ["x"]}' })
    expect(ballot.status).toBe(404)
    expect(ballot.headers.getSetCookie()).toEqual([])
    const article = sqlite("SELECT id FROM articles WHERE _status = 'published' ORDER BY id LIMIT 1").stdout.trim()
    const rated = await fetch(`${site}/danh-gia/${article}.json`, { method: 'POST', headers, body: '{"score": 4}' })
    expect(rated.status).toBe(200)
    expect(rated.headers.getSetCookie().join(';')).toContain('doc-gia-danh-gia=')
  })
})
