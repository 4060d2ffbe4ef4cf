// npm run bench:freshness: how long after "publish" each kind of page shows the
// item, on the portal as `npm start` runs it with its caches on (CONTENT_CACHE_MS
// unset: reads and pages kept 2 s). Every page is read just before publishing,
// so the caches hold the old version (the worst case), then polled every 50 ms
// until the new article is on it. Median and maximum of FRESHNESS_RUNS (20) runs.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { ensureBuilt, freePort, prepareDatabase, startServers } from '../../scripts/lib/portal.mjs'

const RUNS = Number(process.env.FRESHNESS_RUNS ?? 20)
const POLL_MS = 50
const GIVE_UP_MS = 15_000
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const ADMIN = { email: 'do-thoi-gian@example.vn', password: 'kiem-tra-xuat-ban-4821' }

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-freshness-'))
const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: `file:${path.join(dataDir, 'portal.db')}`, SEED_SAMPLE: 'true' }
delete env.CONTENT_CACHE_MS
delete env.PAGE_CACHE_MS
ensureBuilt()
prepareDatabase(env)
const made = spawnSync(process.execPath, ['--conditions=production', '--import', 'tsx', 'cms/src/scripts/createAdmin.ts'], {
  cwd: root,
  env: { ...env, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, ADMIN_NAME: 'Đo thời gian' },
  encoding: 'utf8',
})
if (made.status !== 0) throw new Error(`create-admin failed: ${made.stderr}`)
const [cmsPort, sitePort] = [await freePort(), await freePort()]
const servers = await startServers({ env, cmsPort, sitePort, stdio: ['ignore', 'ignore', 'inherit'] })
const cms = `http://127.0.0.1:${cmsPort}`
const site = `http://127.0.0.1:${sitePort}`

const token = (await (await fetch(`${cms}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(ADMIN) })).json()).token
const api = async (method, pathname, body) => {
  const response = await fetch(`${cms}/api/${pathname}`, { method, headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` }, body: JSON.stringify(body) })
  if (response.status >= 300) throw new Error(`${method} ${pathname}: ${response.status} ${await response.text()}`)
  return (await response.json()).doc
}

/** Each kind of page that shows a new article, and how to tell it does. */
const KINDS = [
  { kind: 'home', url: () => '/', shows: (html, a) => html.includes(a.title) },
  { kind: 'list /tin-tuc', url: () => '/tin-tuc', shows: (html, a) => html.includes(a.title) },
  { kind: 'item', url: (a) => `/tin-tuc/${a.slug}`, shows: (html, a, status) => status === 200 && html.includes(a.title) },
  { kind: 'search', url: (a) => `/tim-kiem?q=${a.word}`, shows: (html, a) => html.includes(a.title) },
  { kind: 'RSS', url: () => '/rss/tin-tuc.xml', shows: (html, a) => html.includes(a.slug) },
  { kind: 'sitemap', url: () => '/sitemap.xml', shows: (html, a) => html.includes(a.slug) },
]

const read = async (url) => {
  const response = await fetch(site + url)
  return { status: response.status, html: await response.text() }
}

async function oneRun(n) {
  const word = `dothoigian${n}x${Date.now().toString(36)}`
  const draft = await api('POST', 'articles?draft=true', { title: `Bài đo thời gian ${word}`, summary: 'Đo thời gian từ lúc xuất bản đến lúc hiện trên trang.', _status: 'draft' })
  const article = { ...draft, word }
  // The caches now hold every page without the article.
  await Promise.all(KINDS.map((k) => read(k.url(article))))
  const start = Date.now()
  await api('PATCH', `articles/${draft.id}`, { _status: 'published' })
  const published = Date.now()
  const times = await Promise.all(
    KINDS.map(async (k) => {
      for (;;) {
        const { status, html } = await read(k.url(article))
        if (k.shows(html, article, status)) return Date.now() - published
        if (Date.now() - published > GIVE_UP_MS) return Infinity
        await new Promise((r) => setTimeout(r, POLL_MS))
      }
    }),
  )
  return { request: published - start, times }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

try {
  const runs = []
  for (let n = 1; n <= RUNS; n++) runs.push(await oneRun(n))
  console.log(`\nTime from "publish" answered to visible, ${RUNS} runs, caches on (reads and pages kept 2 s), polled every ${POLL_MS} ms:\n`)
  console.log('page kind          median     max')
  KINDS.forEach((k, i) => {
    const values = runs.map((r) => r.times[i])
    console.log(`${k.kind.padEnd(18)} ${String(Math.round(median(values))).padStart(6)} ms ${String(Math.max(...values)).padStart(6)} ms`)
  })
  console.log(`\n(the publish request itself: median ${Math.round(median(runs.map((r) => r.request)))} ms)`)
  const worst = Math.max(...runs.flatMap((r) => r.times))
  if (worst > 5000) {
    console.error(`Slower than 5 s: ${worst} ms`)
    process.exitCode = 1
  }
} finally {
  servers.stop()
  await new Promise((r) => setTimeout(r, 500))
  fs.rmSync(dataDir, { recursive: true, force: true })
}
