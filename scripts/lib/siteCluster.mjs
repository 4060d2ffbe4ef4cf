// SITE_PROCESSES=N site processes on one port: a Node cluster whose workers each run the built Astro server
// (site/dist/server/entry.mjs, with the preloads of SITE_NODE_ARGS in portal.mjs). Counters, rate limits and
// votes are exact across processes (atomic writes to the one database); caches are per process by design.
//
// A worker that dies by itself is restarted, at most MAX_RESTARTS times a minute; past that the cluster stops
// every worker and exits 1, saying so, and the supervisor (scripts/serve.mjs, or systemd) stops or restarts it.
// SIGTERM, SIGINT or SIGHUP, however many, stop every worker gracefully; a worker still running after
// STOP_DEADLINE_MS is killed, loudly.
import cluster from 'node:cluster'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { SITE_NODE_ARGS } from './portal.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '..', '..')
const count = Math.max(1, Math.floor(Number(process.env.SITE_PROCESSES) || 1))
const MAX_RESTARTS = 5
const STOP_DEADLINE_MS = 30_000

cluster.setupPrimary({
  exec: path.join(root, 'site/dist/server/entry.mjs'),
  execArgv: SITE_NODE_ARGS,
  cwd: path.join(root, 'site'),
})

let stopping = false
const restarts = []
/** Our own list: cluster.workers may still hold a worker whose exit is being reported. */
const live = new Set()
cluster.on('fork', (worker) => live.add(worker))

for (let i = 0; i < count; i++) cluster.fork()

cluster.on('exit', (worker, code, signal) => {
  live.delete(worker)
  if (stopping) {
    if (live.size === 0) process.exit(process.exitCode ?? 0)
    return
  }
  const now = Date.now()
  while (restarts.length && now - restarts[0] > 60_000) restarts.shift()
  const how = signal ? `signal ${signal}` : `exit code ${code}`
  if (restarts.length >= MAX_RESTARTS) {
    console.error(`Site process ${worker.process.pid} stopped (${how}), the ${MAX_RESTARTS + 1}th time within a minute: stopping the site.`)
    stop(1)
    return
  }
  restarts.push(now)
  console.error(`Site process ${worker.process.pid} stopped by itself (${how}): starting another.`)
  cluster.fork()
})

function stop(code = 0) {
  if (stopping) return
  stopping = true
  if (code !== 0) process.exitCode = code
  if (live.size === 0) process.exit(code)
  for (const worker of live) worker.process.kill('SIGTERM')
  setTimeout(() => {
    console.error(`Site processes still running after ${STOP_DEADLINE_MS / 1000} s: killing them (SIGKILL).`)
    for (const worker of live) worker.process.kill('SIGKILL')
    process.exit(1)
  }, STOP_DEADLINE_MS).unref()
}

for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, () => stop(0))
