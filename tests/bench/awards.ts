/**
 * npm run bench:awards — how the honour roll's pages cost as the roll grows.
 * In one run: generates 10,000 and 1,000,000 awards (tests/bench/awardGenerator.ts)
 * into two temporary databases, starts the production site on each with every
 * cache off (CONTENT_CACHE_MS=0, PAGE_CACHE_MS=0), and measures, one request
 * at a time, median and p95 of: a name search, a filtered list, an award's
 * page and a decision's page, each request a different one. Prints a table
 * with the 1M/10k ratio (aim: under 3×) and the generator's rows per second.
 * BENCH_SIZES=10000,1000000 and BENCH_REQUESTS=60 change the run;
 * BENCH_SKIP_BUILD=1 uses the site already built.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'

import { freePort, root, startServers } from '../../scripts/lib/portal.mjs'

const SIZES = (process.env.BENCH_SIZES ?? '10000,1000000').split(',').map(Number)
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 60)
// The award's own page (/xac-minh/<code>) where this branch has it; else its decision's page stands in (one-line switch).
const AWARD_PAGE = fs.existsSync(path.join(root, 'site/src/pages/xac-minh')) ? (a: Sample) => `/xac-minh/${a.code}` : (a: Sample) => `/bang-vang/quyet-dinh/${a.slug}`

interface Sample { code: string; slug: string; name: string; year: number }

const NAME_QUERIES = ['nguyen van hung', 'tran thi lan', 'le minh tuan', 'pham thi thu trang', 'hoang duc', 'vu thi huong', 'dang van dat', 'bui ngoc anh', 'do thi hang', 'ho quoc']

function generate(count: number, dir: string) {
  const started = performance.now()
  const run = spawnSync(process.execPath, ['--conditions=production', '--import', 'tsx', 'tests/bench/awardGenerator.ts', '--count', String(count), '--db', path.join(dir, 'portal.db')], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dir, LOG_LEVEL: 'warn' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (run.status !== 0) throw new Error(`generator failed: ${run.stderr.slice(-2000)}`)
  const line = run.stdout.split('\n').find((l) => l.includes('dòng/s')) ?? ''
  const rowsPerSecond = Number((line.match(/([\d.]+) dòng\/s/)?.[1] ?? '0').replace(/\./g, ''))
  console.log(`${count.toLocaleString('vi-VN')}: ${line.trim()} (whole run ${((performance.now() - started) / 1000).toFixed(0)} s)`)
  return rowsPerSecond
}

async function samples(dir: string): Promise<Sample[]> {
  const db = createClient({ url: `file:${path.join(dir, 'portal.db')}` })
  const { rows } = await db.execute(
    'SELECT a.verification_code AS code, d.slug AS slug, a.recipient_name AS name, a.year AS year FROM awards a JOIN award_decisions d ON d.id = a.decision_id WHERE a.id % 997 = 0 LIMIT 200',
  )
  db.close()
  return rows.map((r) => ({ code: String(r.code), slug: String(r.slug), name: String(r.name), year: Number(r.year) }))
}

async function time(url: string): Promise<number> {
  const started = performance.now()
  const res = await fetch(url)
  await res.arrayBuffer()
  if (res.status !== 200) throw new Error(`${res.status} for ${url}`)
  return performance.now() - started
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!

async function measure(site: string, paths: (i: number) => string) {
  for (let i = 0; i < 5; i++) await time(site + paths(i)) // warm up the process (JIT, first reads)
  const times: number[] = []
  for (let i = 0; i < REQUESTS; i++) times.push(await time(site + paths(i + 5)))
  times.sort((a, b) => a - b)
  return { median: quantile(times, 0.5), p95: quantile(times, 0.95) }
}

if (!process.env.BENCH_SKIP_BUILD) {
  const build = spawnSync('npm', ['run', 'build', '-w', 'site'], { cwd: root, stdio: 'inherit' })
  if (build.status !== 0) process.exit(1)
}

type Row = Record<string, { median: number; p95: number }>
const results: Array<{ size: number; rowsPerSecond: number; rows: Row }> = []
for (const size of SIZES) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-awards-'))
  try {
    const rowsPerSecond = generate(size, dir)
    const picks = await samples(dir)
    const env = { ...process.env, DATA_DIR: dir, DATABASE_URL: `file:${path.join(dir, 'portal.db')}`, CONTENT_CACHE_MS: '0', PAGE_CACHE_MS: '0' }
    const sitePort = await freePort()
    const servers = await startServers({ env, sitePort, only: ['site'], stdio: ['ignore', 'ignore', 'inherit'] })
    const site = `http://127.0.0.1:${sitePort}`
    try {
      const pick = (i: number) => picks[i % picks.length]!
      const rows: Row = {
        'name search /bang-vang?q=': await measure(site, (i) => `/bang-vang?q=${encodeURIComponent(NAME_QUERIES[i % NAME_QUERIES.length]!)}`),
        'name search, a stored full name': await measure(site, (i) => `/bang-vang?q=${encodeURIComponent(pick(i).name)}`),
        'filtered list ?nam=&cap=': await measure(site, (i) => `/bang-vang?nam=${2015 + (i % 10)}&cap=${i % 2 ? 'grassroots' : 'ministry-province'}`),
        'roll, page 1 to 400': await measure(site, (i) => `/bang-vang?trang=${1 + ((i * 37) % 400)}`),
        [`award page ${AWARD_PAGE({ code: 'X', slug: 'X' } as Sample).split('/X')[0]}`]: await measure(site, (i) => AWARD_PAGE(pick(i))),
        'decision page (2,000 lines, 100 a page)': await measure(site, (i) => `/bang-vang/quyet-dinh/${pick(i).slug}?trang=${1 + (i % 20)}`),
        'site search /tim-kiem?q=': await measure(site, (i) => `/tim-kiem?q=${encodeURIComponent(NAME_QUERIES[i % NAME_QUERIES.length]!)}`),
      }
      results.push({ size, rowsPerSecond, rows })
    } finally {
      await servers.stop()
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

console.log(`\n${os.cpus().length} cores, Node ${process.version}, ${REQUESTS} requests per target, one at a time, caches off (ms)\n`)
const [small, large] = results
const head = ['target'.padEnd(44), ...results.flatMap((r) => [`${r.size / 1000}k median`.padStart(13), `${r.size / 1000}k p95`.padStart(10)]), large ? 'ratio'.padStart(7) : ''].join(' ')
console.log(head)
for (const name of Object.keys(small!.rows)) {
  const cells = results.flatMap((r) => [r.rows[name]!.median.toFixed(1).padStart(13), r.rows[name]!.p95.toFixed(1).padStart(10)])
  const ratio = large ? (large.rows[name]!.median / small!.rows[name]!.median).toFixed(2).padStart(6) + '×' : ''
  console.log([name.padEnd(44), ...cells, ratio].join(' '))
}
console.log(`\ngenerator: ${results.map((r) => `${r.size.toLocaleString('vi-VN')} rows at ${r.rowsPerSecond.toLocaleString('vi-VN')} rows/s`).join(', ')}`)
console.log(`RESULT ${JSON.stringify(results)}`)
process.exit(0)
