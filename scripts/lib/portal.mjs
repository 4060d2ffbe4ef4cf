// Building, preparing and running the portal's two servers. Used by `npm start`
// and by the browser tests, so both run the portal the same way.
import { spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

const SOURCES = ['cms/src', 'cms/next.config.mjs', 'cms/package.json', 'shared/src', 'site/src', 'site/astro.config.mjs', 'site/package.json', 'package-lock.json']
const FINGERPRINT = path.join(root, 'data', '.build-fingerprint')

function walk(entry, out) {
  const full = path.join(root, entry)
  if (!fs.existsSync(full)) return
  const stat = fs.statSync(full)
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(full).sort()) walk(path.join(entry, name), out)
  } else {
    out.push(`${entry}:${stat.size}:${stat.mtimeMs}`)
  }
}

/** A digest of the sources both builds depend on: a pull or an edit makes the next start rebuild. */
export function sourceFingerprint() {
  const files = []
  for (const entry of SOURCES) walk(entry, files)
  return crypto.createHash('sha256').update(files.join('\n')).digest('hex')
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status}`)
}

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)

/**
 * Runs fn while holding a lock folder (mkdir is atomic), so that two test
 * runs or a test and `npm start` never build into the same folders at once.
 * A lock older than 20 minutes is taken to be left by a killed build.
 */
function withLock(lockDir, fn) {
  fs.mkdirSync(path.dirname(lockDir), { recursive: true })
  for (;;) {
    try {
      fs.mkdirSync(lockDir)
      break
    } catch {
      const age = Date.now() - (fs.statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now())
      if (age > 20 * 60_000) fs.rmSync(lockDir, { recursive: true, force: true })
      else sleep(500)
    }
  }
  try {
    return fn()
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true })
  }
}

/** Builds the admin (Next) and the site (Astro) when missing or out of date. Returns true if it built. */
export function ensureBuilt(options = {}) {
  return withLock(path.join(root, 'data', '.build-lock'), () => buildIfStale(options))
}

function buildIfStale({ log = console.log } = {}) {
  const fingerprint = sourceFingerprint()
  const built =
    fs.existsSync(path.join(root, 'cms/.next/BUILD_ID')) &&
    fs.existsSync(path.join(root, 'site/dist/server/entry.mjs')) &&
    fs.existsSync(FINGERPRINT) &&
    fs.readFileSync(FINGERPRINT, 'utf8') === fingerprint
  if (built) return false
  log('Building the admin (Next.js) and the site (Astro): a few minutes on first start...')
  run('npm', ['run', 'build', '-w', 'cms'])
  run('npm', ['run', 'build', '-w', 'site'])
  fs.mkdirSync(path.dirname(FINGERPRINT), { recursive: true })
  fs.writeFileSync(FINGERPRINT, fingerprint)
  return true
}

const TSX = ['--conditions=production', '--import', 'tsx']
/** Both servers: production conditions, and the one client address they may trust (see serverGuard.mjs). */
const SERVER_NODE_ARGS = ['--conditions=production', '--import', pathToFileURL(path.join(root, 'scripts/lib/serverGuard.mjs')).href]
/** Site processes also check host names at run time (siteHosts.mjs) and stop gracefully (gracefulStop.mjs; Next.js has its own). */
export const SITE_NODE_ARGS = [...SERVER_NODE_ARGS, ...['siteHosts.mjs', 'gracefulStop.mjs'].flatMap((file) => ['--import', pathToFileURL(path.join(root, 'scripts/lib', file)).href])]
/** How long a stopping process may take before it is killed (the site's drain and flush take at most 25 s). */
const STOP_DEADLINE_MS = 30_000

/**
 * Applies migrations, then seeds an empty database, in one process (each
 * Payload start costs seconds). Runs before any server opens the database.
 */
export function prepareDatabase(env = process.env) {
  run(process.execPath, [...TSX, 'seed/src/cli.ts', '--if-empty'], { env })
}

/** Applies migrations only (`npm run serve`: never seeds unless asked). */
export function migrateDatabase(env = process.env) {
  run(process.execPath, [...TSX, 'seed/src/cli.ts', '--migrate-only'], { env })
}

/** Are the parts `npm run serve` runs already built? (A site machine needs no admin build, and the reverse.) */
export function isBuilt(parts = ['cms', 'site']) {
  return (!parts.includes('cms') || fs.existsSync(path.join(root, 'cms/.next/BUILD_ID'))) && (!parts.includes('site') || fs.existsSync(path.join(root, 'site/dist/server/entry.mjs')))
}

/**
 * Starts the CMS (Next), the site (Astro node server; with siteProcesses > 1 a cluster of that many on the same
 * port, scripts/lib/siteCluster.mjs) and, when asked, the job runner. Resolves once every server answers HTTP.
 * @param {{ env?: NodeJS.ProcessEnv, cmsPort?: number, sitePort?: number, host?: string, stdio?: import('node:child_process').StdioOptions,
 *   siteProcesses?: number, only?: Array<'cms' | 'site' | 'jobs'> }} [options]
 */
export async function startServers({ env = process.env, cmsPort = 3000, sitePort = 4321, host = '127.0.0.1', stdio = 'inherit', siteProcesses = 1, only = ['cms', 'site'] } = {}) {
  // Both servers learn each other's ports: the CMS trusts the site's origin and its own.
  const serverEnv = { ...env, NODE_ENV: 'production', CMS_PORT: String(cmsPort), SITE_PORT: String(sitePort) }
  /** @type {Map<string, import('node:child_process').ChildProcess>} */
  const children = new Map()
  const waits = []
  if (only.includes('cms')) {
    const cms = spawn(process.execPath, [...SERVER_NODE_ARGS, path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(cmsPort), '-H', host], {
      cwd: path.join(root, 'cms'),
      env: serverEnv,
      stdio,
    })
    children.set('CMS', cms)
    waits.push(waitForHttp(`http://${host}:${cmsPort}/api/globals/site-settings`, cms))
  }
  if (only.includes('site')) {
    const siteEnv = { ...serverEnv, HOST: host, PORT: String(sitePort), SITE_PROCESSES: String(siteProcesses) }
    const args = siteProcesses > 1 ? [path.join(root, 'scripts/lib/siteCluster.mjs')] : [...SITE_NODE_ARGS, 'dist/server/entry.mjs']
    const site = spawn(process.execPath, args, { cwd: path.join(root, 'site'), env: siteEnv, stdio })
    children.set('site', site)
    waits.push(waitForHttp(`http://${host}:${sitePort}/`, site))
  }
  if (only.includes('jobs')) {
    children.set('job runner', spawn(process.execPath, [...TSX, 'cms/src/scripts/jobRunner.ts'], { cwd: root, env: serverEnv, stdio }))
  }
  let stopped = null
  /** Asks every process to stop (one SIGTERM each) and resolves when all have exited; a process still there after the deadline is killed, loudly. */
  const stop = () => {
    stopped ??= Promise.all(
      [...children].map(([name, child]) => {
        if (child.exitCode !== null || child.signalCode !== null) return undefined
        return new Promise((resolve) => {
          const kill = setTimeout(() => {
            console.error(`The ${name} process did not stop within ${STOP_DEADLINE_MS / 1000} s: killing it (SIGKILL).`)
            child.kill('SIGKILL')
          }, STOP_DEADLINE_MS)
          child.once('exit', () => {
            clearTimeout(kill)
            resolve(undefined)
          })
          child.kill('SIGTERM')
        })
      }),
    ).then(() => undefined)
    return stopped
  }
  try {
    await Promise.all(waits)
  } catch (error) {
    await stop()
    throw error
  }
  const shown = host === '127.0.0.1' ? 'localhost' : host
  return { children, cms: children.get('CMS'), site: children.get('site'), stop, cmsUrl: `http://${shown}:${cmsPort}`, siteUrl: `http://${shown}:${sitePort}` }
}

/**
 * Runs until stopped: on SIGTERM, SIGINT or SIGHUP (once or many times) every process is stopped gracefully and
 * this one exits 0; a process that ends by itself stops the rest and exits non-zero, saying which and why.
 * (A crashed site process inside a cluster is restarted there, siteCluster.mjs.)
 * @param {{ children: Map<string, import('node:child_process').ChildProcess>, stop: () => Promise<void> }} servers
 */
export function supervise(servers) {
  let stopping = false
  const shutdown = async (code) => {
    if (stopping) return
    stopping = true
    await servers.stop()
    process.exit(code)
  }
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void shutdown(0))
  for (const [name, child] of servers.children) {
    child.on('exit', (code, signal) => {
      if (stopping) return
      console.error(`The ${name} process stopped by itself (${signal ? `signal ${signal}` : `exit code ${code}`}): stopping the portal.`)
      void shutdown(code || 1)
    })
  }
}

/** Polls a URL until it answers 2xx/3xx, the child dies, or the timeout passes. */
export async function waitForHttp(url, child, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`Server for ${url} exited with code ${child.exitCode}`)
    try {
      const response = await fetch(url, { redirect: 'manual' })
      if (response.status < 400) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}

/** A TCP port free on the loopback interface right now. @returns {Promise<number>} */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
    server.on('error', reject)
  })
}
