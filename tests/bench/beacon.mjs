// npm run bench:beacon: requests per second of the view beacon (POST
// /api/thong-ke/ghi) against a bare endpoint of the same server that only
// answers 204 (/bench-beacon-bare, BENCH=1), in one run, then the count
// check: the site is stopped (SIGTERM flushes its counters) and a separate
// process reads the database, which must hold exactly one view per beacon
// answered 204. Requests carry a reader's user agent and one of 1,000 visit
// cookies, as browsers on the site would send them.
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'

import { ensureBuilt, prepareDatabase, root, startServers, freePort } from '../../scripts/lib/portal.mjs'

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 40_000)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2)
const READER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-beacon-'))
const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: `file:${path.join(dataDir, 'portal.db')}`, BENCH: '1' }
ensureBuilt()
prepareDatabase(env)
const [cmsPort, sitePort] = [await freePort(), await freePort()]
const servers = await startServers({ env, cmsPort, sitePort, stdio: ['ignore', 'ignore', 'inherit'] })
const site = `http://127.0.0.1:${sitePort}`

const articleHtml = await (await fetch(`${site}/tin-tuc/ke-hoach-cong-tac-thi-dua-khen-thuong-nam-2022`)).text()
const articleId = /data-visit-article="([^"]+)"/.exec(articleHtml)?.[1]
if (!articleId) throw new Error('the article page carries no data-visit-article')

// Visit cookies of 1,000 readers in the middle of a visit (last seen now).
const lastSeen = Math.floor(Date.now() / 1000).toString(36)
const cookies = Array.from({ length: 1_000 }, () => `tk-phien=${crypto.randomBytes(16).toString('base64url')}.${lastSeen}`)
let next = 0

const request = (pathname) => ({
  url: site,
  connections: CONNECTIONS,
  requests: [
    {
      method: 'POST',
      path: pathname,
      headers: { 'content-type': 'application/json', 'user-agent': READER, origin: site, 'sec-fetch-site': 'same-origin' },
      body: JSON.stringify({ bai: /^\d+$/.test(articleId) ? Number(articleId) : articleId }),
      setupRequest: (req) => ({ ...req, headers: { ...req.headers, cookie: cookies[next++ % cookies.length] } }),
    },
  ],
})

async function measure(name, pathname, amount) {
  // Wall time of a fixed number of requests: autocannon's own duration is rounded to the second.
  const started = performance.now()
  const result = await autocannon({ ...request(pathname), amount })
  const seconds = (performance.now() - started) / 1000
  return { name, rps: amount / seconds, p99: result.latency.p99, ok2xx: result['2xx'], non2xx: result.non2xx, errors: result.errors + result.timeouts }
}

const BARE = '/bench-beacon-bare'
const BEACON = '/api/thong-ke/ghi'
let beaconAnswered = 0
const rounds = []
try {
  // Warm both up (the beacon's warm-up views are counted too).
  await measure('warm-up', BARE, 2_000)
  beaconAnswered += (await measure('warm-up', BEACON, 2_000)).ok2xx
  for (let round = 0; round < ROUNDS; round++) {
    const bare = await measure('bare 204 endpoint', BARE, REQUESTS)
    const beacon = await measure('beacon', BEACON, REQUESTS)
    beaconAnswered += beacon.ok2xx
    rounds.push({ bare, beacon })
  }
} finally {
  // SIGTERM: the site flushes what it still holds in memory, then exits.
  servers.stop()
  await Promise.all([servers.site, servers.cms].map((child) => (child.exitCode !== null || child.signalCode !== null ? null : new Promise((resolve) => child.once('exit', resolve)))))
}

// Counted by a process of its own, after the site has exited.
const counted = spawnSync(process.execPath, ['--conditions=production', '--import', 'tsx', 'tests/integration/fixtures/visitCount.ts'], {
  cwd: root,
  env: { ...env, KEYS: ['views:total', `article-views:${articleId}`].join(',') },
  encoding: 'utf8',
})
const line = counted.stdout.split('\n').find((l) => l.startsWith('RESULT '))
if (!line) throw new Error(`counting failed: ${counted.stderr}`)
const { counts } = JSON.parse(line.slice('RESULT '.length))
fs.rmSync(dataDir, { recursive: true, force: true })

const avg = (list) => list.reduce((a, b) => a + b, 0) / list.length
const bareRps = avg(rounds.map((r) => r.bare.rps))
const beaconRps = avg(rounds.map((r) => r.beacon.rps))
const failures = rounds.flatMap((r) => [r.bare, r.beacon]).filter((r) => r.non2xx || r.errors)
const lost = beaconAnswered - counts['views:total']

console.log(`\n${os.cpus().length} cores, ${CONNECTIONS} connections, ${REQUESTS} requests per target and round, ${ROUNDS} rounds, Node ${process.version}\n`)
console.log('round  target                        req/s    p99 ms')
for (const [i, r] of rounds.entries()) {
  for (const m of [r.bare, r.beacon]) console.log(`${String(i + 1).padStart(5)}  ${m.name.padEnd(28)} ${m.rps.toFixed(0).padStart(7)} ${String(m.p99).padStart(9)}`)
}
console.log(`\nbeacon / bare: ${beaconRps.toFixed(0)} / ${bareRps.toFixed(0)} req/s = ${((beaconRps / bareRps) * 100).toFixed(1)}% (aim: at least 70%)`)
console.log(`count check: ${beaconAnswered} beacons answered 204; the database holds ${counts['views:total']} views in total and ${counts[`article-views:${articleId}`]} for the article → ${lost === 0 && counts[`article-views:${articleId}`] === beaconAnswered ? 'zero lost' : `${lost} LOST`}`)
if (failures.length) console.log(`non-2xx answers or errors: ${JSON.stringify(failures)}`)
process.exit(lost === 0 && counts[`article-views:${articleId}`] === beaconAnswered && failures.length === 0 ? 0 : 1)
