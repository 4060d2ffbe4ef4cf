// npm run serve: production start of what `npm run build` built. No source check, no rebuild, no seeding
// (`--seed` seeds an empty database); migrations are applied. Runs until SIGTERM / Ctrl+C, then stops every
// process gracefully (requests finished, visit counters written, job runner stopped between jobs).
//
//   npm run serve                          CMS + site (+ the job runner when JOBS_AUTORUN=false)
//   SITE_PROCESSES=4 npm run serve         four site processes on SITE_PORT
//   npm run serve -- --only=site           a site machine (see README "Nhiều máy chủ"); also cms, jobs
import { isBuilt, migrateDatabase, prepareDatabase, startServers, supervise } from './lib/portal.mjs'
import { checkNodeVersion, servingOptions } from './lib/serving.mjs'

checkNodeVersion()
const started = Date.now()
const options = servingOptions(process.argv.slice(2))
if (!isBuilt(options.only)) {
  console.error('Nothing is built: run `npm run build` first (npm start builds by itself).')
  process.exit(1)
}
if (options.seed) prepareDatabase()
else if (!options.noMigrate) migrateDatabase()
const servers = await startServers(options)
supervise(servers)
console.log(`Serving ${options.only.join(', ')}${options.only.includes('site') ? ` (site ${servers.siteUrl}, ${options.siteProcesses} process${options.siteProcesses > 1 ? 'es' : ''})` : ''}${options.only.includes('cms') ? ` (admin ${servers.cmsUrl}/admin)` : ''}: ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
