/**
 * Stopping loses nothing: two site processes (`npm run serve -- --only=site`, SITE_PROCESSES=2) take beacons from
 * several connections; mid-traffic the whole process group gets SIGTERM, then SIGINT, then SIGTERM again (what a
 * service manager and a double Ctrl+C do). Once every process has exited, a separate process (Debian's sqlite3)
 * counts: every beacon answered 204 is in the day, total and per-article counters, and they agree.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ensureBuilt, freePort, prepareDatabase, root, waitForHttp } from '../../scripts/lib/portal.mjs'

const READER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'
const SQLITE3 = '/usr/bin/sqlite3'
const haveSqlite3 = fs.existsSync(SQLITE3)

let dataDir = ''
let env: NodeJS.ProcessEnv = process.env

function sql(query: string): string {
  const result = spawnSync(SQLITE3, [path.join(dataDir, 'portal.db'), query], { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`sqlite3: ${result.stderr}`)
  return result.stdout.trim()
}

const groupAlive = (pid: number) => {
  try {
    process.kill(-pid, 0)
    return true
  } catch {
    return false
  }
}

beforeAll(() => {
  ensureBuilt()
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-stop-'))
  env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: `file:${path.join(dataDir, 'portal.db')}`, SEED_SAMPLE: 'false' }
  delete env.PAYLOAD_SECRET
  prepareDatabase(env)
}, 600_000)

afterAll(() => {
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
})

describe.skipIf(!haveSqlite3)('stopping the site loses no view', () => {
  it('SIGTERM, SIGINT and SIGTERM to the process group mid-traffic: every acknowledged beacon is counted, counters agree', async () => {
    const article = sql("SELECT id FROM articles WHERE _status = 'published' ORDER BY id LIMIT 1")
    expect(article).toMatch(/^\d+$/)
    const port = await freePort()
    // A long flush interval: nearly every view is still in memory when the signals arrive.
    const serve = spawn(process.execPath, ['scripts/serve.mjs', '--only=site', '--no-migrate'], {
      cwd: root,
      env: { ...env, SITE_PORT: String(port), SITE_PROCESSES: '2', VISIT_FLUSH_MS: '60000', LOG_FORMAT: 'off' },
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    })
    let stderr = ''
    serve.stderr!.on('data', (chunk) => (stderr += chunk))
    const exited = new Promise<number | null>((resolve) => serve.once('exit', (code) => resolve(code)))
    const site = `http://127.0.0.1:${port}`
    await waitForHttp(`${site}/`, serve)

    let acknowledged = 0
    let refused = 0
    let stopSent = false
    const beacon = () =>
      fetch(`${site}/api/thong-ke/ghi`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': READER, 'sec-fetch-site': 'same-origin' },
        body: JSON.stringify({ bai: Number(article) }),
      })
    // Eight readers send beacons back to back until the site stops answering.
    const readers = Array.from({ length: 8 }, async () => {
      for (;;) {
        try {
          const response = await beacon()
          await response.arrayBuffer()
          if (response.status === 204) acknowledged++
          else throw new Error(`beacon answered ${response.status}`)
        } catch (error) {
          if (!stopSent) throw error
          refused++
          if (refused > 50) return
          await new Promise((resolve) => setTimeout(resolve, 20))
        }
      }
    })
    await new Promise((resolve) => setTimeout(resolve, 1500))
    const before = acknowledged
    stopSent = true
    process.kill(-serve.pid!, 'SIGTERM')
    await new Promise((resolve) => setTimeout(resolve, 30))
    process.kill(-serve.pid!, 'SIGINT')
    await new Promise((resolve) => setTimeout(resolve, 30))
    if (groupAlive(serve.pid!)) process.kill(-serve.pid!, 'SIGTERM')
    await Promise.all(readers)
    expect(await exited, stderr).toBe(0)
    // Every process of the group is gone before we count.
    for (let i = 0; i < 100 && groupAlive(serve.pid!); i++) await new Promise((resolve) => setTimeout(resolve, 100))
    expect(groupAlive(serve.pid!)).toBe(false)

    expect(before).toBeGreaterThan(100)
    const counters = Object.fromEntries(
      sql(`SELECT key || '=' || count FROM visit_counters WHERE key = 'views:total' OR key LIKE 'views:day:%' OR key = 'article-views:${article}'`)
        .split('\n')
        .map((line) => line.split('=') as [string, string])
        .map(([key, value]) => [key.startsWith('views:day:') ? 'day' : key.startsWith('article') ? 'article' : 'total', Number(value)]),
    )
    expect(counters).toEqual({ total: acknowledged, day: acknowledged, article: acknowledged })
    console.log(`stopping: ${acknowledged} beacons acknowledged (${before} before the first signal), ${counters.total} counted; stop log:\n${stderr.trim()}`)
  }, 180_000)
})
