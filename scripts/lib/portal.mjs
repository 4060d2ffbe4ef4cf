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

/**
 * Applies migrations, then seeds an empty database, in one process (each
 * Payload start costs seconds). Runs before any server opens the database.
 */
export function prepareDatabase(env = process.env) {
  run(process.execPath, [...TSX, 'seed/src/cli.ts', '--if-empty'], { env })
}

/**
 * Starts the CMS (Next) and the site (Astro node server). Resolves with the children once both answer HTTP.
 * @param {{ env?: NodeJS.ProcessEnv, cmsPort?: number, sitePort?: number, host?: string, stdio?: import('node:child_process').StdioOptions }} [options]
 */
export async function startServers({ env = process.env, cmsPort = 3000, sitePort = 4321, host = '127.0.0.1', stdio = 'inherit' } = {}) {
  // Both servers learn each other's ports: the CMS trusts the site's origin and its own.
  const serverEnv = { ...env, NODE_ENV: 'production', CMS_PORT: String(cmsPort), SITE_PORT: String(sitePort) }
  const cms = spawn(process.execPath, [...SERVER_NODE_ARGS, path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(cmsPort), '-H', host], {
    cwd: path.join(root, 'cms'),
    env: serverEnv,
    stdio,
  })
  const site = spawn(process.execPath, [...SERVER_NODE_ARGS, 'dist/server/entry.mjs'], {
    cwd: path.join(root, 'site'),
    env: { ...serverEnv, HOST: host, PORT: String(sitePort) },
    stdio,
  })
  const children = [cms, site]
  const stop = () => children.forEach((child) => child.exitCode === null && child.kill('SIGTERM'))
  try {
    await Promise.all([waitForHttp(`http://${host}:${cmsPort}/api/globals/site-settings`, cms), waitForHttp(`http://${host}:${sitePort}/`, site)])
  } catch (error) {
    stop()
    throw error
  }
  return { cms, site, stop, cmsUrl: `http://${host === '127.0.0.1' ? 'localhost' : host}:${cmsPort}`, siteUrl: `http://${host === '127.0.0.1' ? 'localhost' : host}:${sitePort}` }
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
