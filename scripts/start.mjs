// npm start: build what is missing, migrate, seed an empty database, then serve
// the CMS on 3000 and the site on 4321 until stopped (Ctrl+C).
import { ensureBuilt, prepareDatabase, startServers } from './lib/portal.mjs'

const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 20 || (major === 20 && minor < 9) || major > 24) {
  console.error(`Node.js ${process.versions.node} is not supported: use Node.js 20.9 to 24.`)
  process.exit(1)
}

const started = Date.now()
ensureBuilt()
prepareDatabase()
const cmsPort = Number(process.env.CMS_PORT ?? 3000)
const sitePort = Number(process.env.SITE_PORT ?? 4321)
const host = process.env.HOST ?? '127.0.0.1'
const servers = await startServers({ cmsPort, sitePort, host })

console.log(`
  Cổng thông tin (site):   ${servers.siteUrl}
  Trang quản trị (admin):  ${servers.cmsUrl}/admin
  API REST / GraphQL:      ${servers.cmsUrl}/api  ·  ${servers.cmsUrl}/api/graphql
  Ready in ${((Date.now() - started) / 1000).toFixed(1)} s. Press Ctrl+C to stop.
`)

let stopping = false
const shutdown = (code) => {
  if (stopping) return
  stopping = true
  servers.stop()
  setTimeout(() => process.exit(code), 500)
}
process.on('SIGINT', () => shutdown(0))
process.on('SIGTERM', () => shutdown(0))
for (const [name, child] of [['CMS', servers.cms], ['site', servers.site]]) {
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`The ${name} server stopped (exit code ${code}); stopping the portal.`)
      shutdown(code || 1)
    }
  })
}
