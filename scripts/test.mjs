// npm test: type check, then every test: unit and integration (SQLite), the
// browser tests in Debian's chromium, and the integration suite on MongoDB
// when MONGODB_URL is set. Each group is its own vitest run, so what a group
// passed can never stand in for another (unit passes used to count as
// "browser tests ran").
// Where chromium is missing, says so loudly and runs the rest. With
// REQUIRE_BROWSER_TESTS=1 or CI set, a missing browser, a browser run that
// passed nothing, or any skipped / todo test fails the run.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { root } from './lib/portal.mjs'

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const haveChromium = fs.existsSync(chromium)
const strict = process.env.REQUIRE_BROWSER_TESTS === '1' || Boolean(process.env.CI)
/** One row per project and database: { passed, failed, skipped, files, failedFiles } or { notRun: reason }. */
const rows = new Map()
const problems = []

function banner(lines) {
  const width = Math.max(...lines.map((l) => l.length)) + 4
  const bar = '!'.repeat(width)
  console.log(`\n${bar}\n${lines.map((l) => `! ${l.padEnd(width - 4)} !`).join('\n')}\n${bar}\n`)
}

/** The project a test file belongs to, from its folder (tests/<project>/...). */
function projectOf(file) {
  const parts = path.relative(root, file).split(path.sep)
  return parts[0] === 'tests' ? parts[1] : 'other'
}

function rowFor(key) {
  if (!rows.has(key)) rows.set(key, { passed: 0, failed: 0, skipped: 0, files: 0, failedFiles: 0, skippedNames: [] })
  return rows.get(key)
}

/**
 * Runs vitest on the given projects and tallies every test by the folder of
 * its file, from the JSON report's per-file results.
 */
function vitest(label, projects, env = {}, extraArgs = []) {
  const report = path.join(os.tmpdir(), `portal-vitest-${process.pid}-${label}.json`)
  const args = ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), ...extraArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]
  const result = spawnSync('npx', args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.status !== 0) problems.push(`vitest (${label}) exited with ${result.status ?? result.signal}`)
  let json
  try {
    json = JSON.parse(fs.readFileSync(report, 'utf8'))
  } catch {
    problems.push(`vitest (${label}) wrote no report`)
    return
  } finally {
    fs.rmSync(report, { force: true })
  }
  for (const file of json.testResults) {
    const row = rowFor(`${projectOf(file.name)}${label === 'mongodb' ? ' (MongoDB)' : ''}`)
    row.files++
    if (file.status === 'failed') row.failedFiles++
    for (const test of file.assertionResults) {
      if (test.status === 'passed') row.passed++
      else if (test.status === 'failed') row.failed++
      else {
        row.skipped++
        row.skippedNames.push(`${path.relative(root, file.name)}: ${test.fullName} (${test.status})`)
      }
    }
  }
}

console.log('Type check (tsc --noEmit)...')
if (spawnSync('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' }).status !== 0) problems.push('type check failed')

vitest('sqlite', ['unit', 'integration'])

if (haveChromium) {
  vitest('browser', ['e2e'], { CHROMIUM_PATH: chromium })
  if ((rows.get('e2e')?.passed ?? 0) === 0) problems.push('chromium is installed but no browser test passed')
} else {
  rows.set('e2e', { notRun: `no chromium at ${chromium}` })
  banner([
    `BROWSER TESTS NOT RUN: no chromium at ${chromium}.`,
    'Install Debian chromium (apt-get install chromium) or set CHROMIUM_PATH.',
    'Running unit and integration tests only.',
  ])
  if (strict) problems.push('browser tests are required (REQUIRE_BROWSER_TESTS=1 / CI) but chromium is missing')
}

if (process.env.MONGODB_URL) {
  // Files about SQLite itself (its migrations, its foreign keys) are named *.sqlite.test.ts and left out, by name.
  const sqliteOnly = fs.readdirSync(path.join(root, 'tests', 'integration')).filter((name) => name.endsWith('.sqlite.test.ts'))
  console.log(`\nIntegration suite again on MongoDB (MONGODB_URL is set), without the SQLite-only files: ${sqliteOnly.join(', ')}`)
  vitest('mongodb', ['integration'], { TEST_DATABASE: 'mongodb' }, ['--exclude', '**/*.sqlite.test.ts'])
} else {
  rows.set('integration (MongoDB)', { notRun: 'MONGODB_URL is not set' })
  banner(['MongoDB integration suite NOT RUN: MONGODB_URL is not set.', 'Set MONGODB_URL=mongodb://host:27017 to run it against MongoDB.'])
}

console.log('\nTests by project:')
for (const [name, row] of rows) {
  if (row.notRun) {
    console.log(`  ${name.padEnd(22)} NOT RUN (${row.notRun})`)
    continue
  }
  console.log(`  ${name.padEnd(22)} ${row.passed} passed, ${row.failed} failed, ${row.skipped} skipped, in ${row.files} files${row.failedFiles ? ` (${row.failedFiles} failed)` : ''}`)
  if (row.failed || row.failedFiles) problems.push(`${name}: ${row.failed} failed tests, ${row.failedFiles} failed files`)
  if (row.skipped) {
    for (const skipped of row.skippedNames) console.log(`    skipped: ${skipped}`)
    if (strict) problems.push(`${name}: ${row.skipped} skipped or todo tests (not allowed with REQUIRE_BROWSER_TESTS=1 / CI)`)
  }
}

if (problems.length) {
  banner(['TESTS FAILED:', ...problems])
  process.exit(1)
}
console.log('\nAll tests passed.')
