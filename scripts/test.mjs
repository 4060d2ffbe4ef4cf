// npm test: type check, then every test: unit, integration (SQLite; MongoDB too
// when MONGODB_URL is set), and browser tests in Debian's chromium.
// Where chromium is missing, says so loudly and runs the rest; with
// REQUIRE_BROWSER_TESTS=1 (CI) a missing browser is a failure.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { root } from './lib/portal.mjs'

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const haveChromium = fs.existsSync(chromium)
const requireBrowser = process.env.REQUIRE_BROWSER_TESTS === '1'
const totals = { passed: 0, failed: 0, skipped: 0 }
let failed = false

function banner(lines) {
  const width = Math.max(...lines.map((l) => l.length)) + 4
  const bar = '!'.repeat(width)
  console.log(`\n${bar}\n${lines.map((l) => `! ${l.padEnd(width - 4)} !`).join('\n')}\n${bar}\n`)
}

function vitest(label, projects, env = {}) {
  const report = path.join(os.tmpdir(), `portal-vitest-${process.pid}-${label}.json`)
  const args = ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]
  const result = spawnSync('npx', args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.status !== 0) failed = true
  try {
    const json = JSON.parse(fs.readFileSync(report, 'utf8'))
    totals.passed += json.numPassedTests
    totals.failed += json.numFailedTests
    totals.skipped += json.numPendingTests + json.numTodoTests
    return json.numPassedTests
  } catch {
    failed = true
    return 0
  } finally {
    fs.rmSync(report, { force: true })
  }
}

console.log('Type check (tsc --noEmit)...')
if (spawnSync('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' }).status !== 0) {
  console.log('Type check failed.')
  failed = true
}

const projects = ['unit', 'integration']
if (haveChromium) projects.push('e2e')
else {
  banner([
    `BROWSER TESTS NOT RUN: no chromium at ${chromium}.`,
    'Install Debian chromium (apt-get install chromium) or set CHROMIUM_PATH.',
    'Running unit and integration tests only.',
  ])
}
const ranBrowser = vitest('sqlite', projects, { CHROMIUM_PATH: chromium })

if (process.env.MONGODB_URL) {
  console.log('\nIntegration suite again on MongoDB (MONGODB_URL is set)...')
  vitest('mongodb', ['integration'], { TEST_DATABASE: 'mongodb' })
} else {
  banner(['MongoDB integration suite SKIPPED: MONGODB_URL is not set.', 'Set MONGODB_URL=mongodb://host:27017 to run it against MongoDB.'])
}

if (!haveChromium && requireBrowser) {
  banner(['REQUIRE_BROWSER_TESTS=1 but chromium is missing: failing.'])
  failed = true
}
if (haveChromium && ranBrowser === 0) failed = true

console.log(`\nTests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
process.exit(failed || totals.failed > 0 ? 1 : 0)
