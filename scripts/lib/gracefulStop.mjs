// Preloaded into every site process (`node --import ./scripts/lib/gracefulStop.mjs`), next to serverGuard.mjs.
// Astro's Node server has no stop of its own: SIGTERM or SIGINT killed it at once, with beacons in flight and
// visit sums in memory. Here the first signal starts one graceful stop, and later signals (the process group's
// Ctrl+C, then the supervisor's SIGTERM, then a second Ctrl+C) only join it:
//   1. stop listening, and close keep-alive connections as soon as they are idle;
//   2. wait for the requests already received to be answered (at most STOP_DRAIN_MS);
//   3. run the shutdown hooks (the visit recorder's final flush, cms/src/visits/visitRecorder.ts);
//   4. exit 0.
// Only kill -9 (or a power cut) skips it. The Next.js CMS has its own equivalent and does not load this file.
import http from 'node:http'
import https from 'node:https'

const DRAIN_MS = 10_000
const HOOKS_MS = 15_000

/** @type {Set<import('node:http').Server>} */
const servers = new Set()
/** @type {Set<() => Promise<void>>} */
const hooks = new Set()

/** Where the visit recorder finds the hooks (the same symbol in visitRecorder.ts). */
globalThis[Symbol.for('portal.shutdownHooks')] = {
  /** @param {() => Promise<void>} hook */
  add(hook) {
    hooks.add(hook)
    return () => hooks.delete(hook)
  },
}

for (const Server of [http.Server, https.Server]) {
  const listen = Server.prototype.listen
  Server.prototype.listen = function (...args) {
    servers.add(this)
    this.once('close', () => servers.delete(this))
    return listen.apply(this, args)
  }
}

const withDeadline = (promise, ms) => Promise.race([promise, new Promise((resolve) => setTimeout(resolve, ms).unref())])

/** @param {import('node:http').Server} server */
function drain(server) {
  return new Promise((resolve) => {
    server.close(() => resolve(undefined))
    // A keep-alive connection that was busy when we stopped listening becomes idle after its answer: close it then.
    const sweep = setInterval(() => server.closeIdleConnections?.(), 50)
    sweep.unref()
    server.once('close', () => clearInterval(sweep))
  })
}

let stopping = null

/** @param {NodeJS.Signals} signal */
function stop(signal) {
  if (stopping) return stopping
  const started = Date.now()
  console.error(`[${process.pid}] ${signal}: stopping (finishing requests, then writing counters)`)
  stopping = (async () => {
    const open = [...servers]
    await withDeadline(Promise.all(open.map(drain)), DRAIN_MS)
    for (const server of open) server.closeAllConnections?.()
    await withDeadline(Promise.allSettled([...hooks].map((hook) => hook())), HOOKS_MS)
    console.error(`[${process.pid}] stopped in ${Date.now() - started} ms`)
    process.exit(0)
  })()
  return stopping
}

process.on('SIGTERM', stop)
process.on('SIGINT', stop)
process.on('SIGHUP', stop)
