// What `npm start` and `npm run serve` run, from their arguments and settings. These scripts run before any
// TypeScript is loaded, so they read their settings themselves, with the rules of cms/src/env/index.ts
// (SITE_PROCESSES and JOBS_AUTORUN are listed there too).
import { parseArgs } from 'node:util'

export function checkNodeVersion() {
  const [major, minor] = process.versions.node.split('.').map(Number)
  if (major < 20 || (major === 20 && minor < 9) || major > 24) {
    console.error(`Node.js ${process.versions.node} is not supported: use Node.js 20.9 to 24.`)
    process.exit(1)
  }
}

const PARTS = ['cms', 'site', 'jobs']

/** @param {string[]} argv @param {NodeJS.ProcessEnv} [source] */
export function servingOptions(argv, source = process.env) {
  const { values } = parseArgs({ args: argv, options: { only: { type: 'string' }, seed: { type: 'boolean' }, 'no-migrate': { type: 'boolean' } } })
  const raw = Number(source.SITE_PROCESSES)
  const siteProcesses = Number.isFinite(raw) && raw >= 1 ? Math.floor(raw) : 1
  // The job runner is its own process only when the CMS is told not to run jobs itself.
  const defaults = source.JOBS_AUTORUN === 'false' ? PARTS : ['cms', 'site']
  const only = values.only ? values.only.split(',').map((p) => p.trim()) : defaults
  const unknown = only.filter((p) => !PARTS.includes(p))
  if (unknown.length) {
    console.error(`Unknown part "${unknown.join(', ')}": --only takes ${PARTS.join(', ')} (comma-separated).`)
    process.exit(2)
  }
  return {
    only,
    siteProcesses,
    seed: values.seed ?? false,
    noMigrate: values['no-migrate'] ?? false,
    cmsPort: Number(source.CMS_PORT ?? 3000),
    sitePort: Number(source.SITE_PORT ?? 4321),
    host: source.HOST ?? '127.0.0.1',
  }
}
