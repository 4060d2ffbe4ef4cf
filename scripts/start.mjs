// npm start: build what is missing, migrate, seed an empty database, then serve
// the CMS on 3000 and the site on 4321 until stopped (Ctrl+C). For production,
// `npm run build` once and `npm run serve` (scripts/serve.mjs).
import { ensureBuilt, prepareDatabase, startServers, supervise } from './lib/portal.mjs'
import { checkNodeVersion, servingOptions } from './lib/serving.mjs'

checkNodeVersion()
const started = Date.now()
ensureBuilt()
prepareDatabase()
const options = servingOptions(process.argv.slice(2))
const servers = await startServers(options)
supervise(servers)

console.log(`
  Cổng thông tin (site):   ${servers.siteUrl}${options.siteProcesses > 1 ? ` (${options.siteProcesses} processes)` : ''}
  Trang quản trị (admin):  ${servers.cmsUrl}/admin
  API REST / GraphQL:      ${servers.cmsUrl}/api  ·  ${servers.cmsUrl}/api/graphql
  Ready in ${((Date.now() - started) / 1000).toFixed(1)} s. Press Ctrl+C to stop.
`)
