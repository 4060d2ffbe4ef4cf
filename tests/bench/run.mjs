// npm run bench: throughput and p99 latency of the site's article and home pages,
// measured in one run against two references on this machine: a bare Astro SSR
// page of the same server (no content read) and nginx serving the same article
// HTML from a file. Results are ratios; absolute numbers depend on the machine.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'

import { NGINX, NGINX_HOST, startPortalNginx, throwAwayCertificate } from '../../scripts/lib/nginx.mjs'
import { ensureBuilt, prepareDatabase, startServers, freePort } from '../../scripts/lib/portal.mjs'

const DURATION = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10)

/** Throughput of one URL; `vary` gives each request its own path (a crawler's distinct query strings). */
async function measure(name, url, vary, headers) {
  const requests = vary ? [{ setupRequest: (req) => ({ ...req, path: vary() }) }] : undefined
  // Warm up, then measure.
  await autocannon({ url, connections: CONNECTIONS, duration: 2, requests, headers })
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, requests, headers })
  const ok = result.non2xx === 0 && result.errors === 0
  return { name, url, rps: result.requests.average, p99: result.latency.p99, bytes: result.throughput.average, ok, non2xx: result.non2xx, errors: result.errors }
}

/** The reference: nginx serving the article's HTML from a file, over HTTP and, like the portal's config, HTTPS. */
function startNginx(dir, port, tlsPort) {
  if (!NGINX) return null
  const { cert, key } = throwAwayCertificate(dir)
  const conf = path.join(dir, 'nginx.conf')
  fs.writeFileSync(
    conf,
    `worker_processes 1; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 1024; }
http { access_log off; types { text/html html; } default_type text/html;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  server { listen 127.0.0.1:${port}; listen 127.0.0.1:${tlsPort} ssl http2; ssl_certificate ${cert}; ssl_certificate_key ${key};
    root ${dir}/www; location / { try_files $uri $uri.html =404; } } }`,
  )
  const child = spawn(NGINX, ['-c', conf, '-p', dir], { stdio: 'ignore' })
  return child
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-'))
const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: `file:${path.join(dataDir, 'portal.db')}`, BENCH: '1' }
ensureBuilt()
prepareDatabase(env)
const articlePath = '/tin-tuc/ke-hoach-cong-tac-thi-dua-khen-thuong-nam-2022'
let tag = 0
const unusedQuery = () => `${articlePath}?utm_source=bench${++tag}`

/**
 * The server is started once per cache setting: the default (pages kept
 * CONTENT_CACHE_MS), pages rendered on each request with the read cache on
 * (what a crawler or any uncached URL costs), and every cache off.
 */
const MODES = [
  { label: 'page cache', env: {} },
  { label: 'rendered each request', env: { PAGE_CACHE_MS: '0' } },
  { label: 'caches off', env: { CONTENT_CACHE_MS: '0', PAGE_CACHE_MS: '0' } },
]

/** Stops both servers and waits until they are gone, so the next mode has the CPU to itself. */
async function stop(servers) {
  // A child killed by a signal keeps exitCode null: waiting for its exit would never end.
  const exits = [servers.cms, servers.site].filter((c) => c.exitCode === null && c.signalCode === null).map((c) => new Promise((r) => c.once('exit', r)))
  servers.stop()
  await Promise.all(exits)
}

const results = []
let articleHtml = null
for (const mode of MODES) {
  const [cmsPort, sitePort] = [await freePort(), await freePort()]
  const servers = await startServers({ env: { ...env, ...mode.env }, cmsPort, sitePort, stdio: ['ignore', 'ignore', 'inherit'] })
  const site = `http://127.0.0.1:${sitePort}`
  try {
    articleHtml ??= await (await fetch(site + articlePath)).text()
    results.push(await measure(`article, ${mode.label}`, site + articlePath))
    results.push(await measure(`home, ${mode.label}`, `${site}/`))
    if (mode === MODES[0]) {
      results.push(await measure('article, unused query string each time', site + articlePath, unusedQuery))
      results.push(await measure('bare Astro SSR page (same server)', `${site}/bench-bare`))
      // The same article through the repository's nginx config (deploy/nginx/portal.conf: HTTPS, micro-cache).
      if (NGINX) {
        const dir = path.join(dataDir, 'nginx-portal')
        fs.mkdirSync(dir, { recursive: true })
        const proxy = await startPortalNginx({ dir, dataDir, sitePorts: [sitePort], cmsPort })
        try {
          results.push(await measure('article, through the repo nginx config (HTTPS)', `https://127.0.0.1:${proxy.httpsPort}${articlePath}`, undefined, { host: NGINX_HOST }))
        } finally {
          await proxy.stop()
        }
      }
    }
  } finally {
    await stop(servers)
  }
}

const [nginxPort, nginxTlsPort] = [await freePort(), await freePort()]
fs.mkdirSync(path.join(dataDir, 'www'), { recursive: true })
// nginx workers drop root: let them read the folder.
fs.chmodSync(dataDir, 0o755)
fs.writeFileSync(path.join(dataDir, 'www', 'article.html'), articleHtml)
const nginx = startNginx(dataDir, nginxPort, nginxTlsPort)
await new Promise((r) => setTimeout(r, 500))
try {
  if (nginx) {
    results.push(await measure('nginx, same article HTML as a file', `http://127.0.0.1:${nginxPort}/article.html`))
    results.push(await measure('nginx, same HTML as a file (HTTPS)', `https://127.0.0.1:${nginxTlsPort}/article.html`))
  }
  else console.log('nginx not found (apt-get install nginx-light): that reference is skipped.')
} finally {
  nginx?.kill()
}

const bare = results.find((r) => r.name.startsWith('bare'))
const file = results.find((r) => r.name === 'nginx, same article HTML as a file')
const tlsFile = results.find((r) => r.name.endsWith('as a file (HTTPS)'))
const proxied = results.find((r) => r.name.includes('repo nginx config'))
console.log(`\n${os.cpus().length} cores, ${CONNECTIONS} connections, ${DURATION} s per target, Node ${process.version}\n`)
console.log('target                                        req/s     p99 ms   vs bare   vs nginx   ok')
for (const r of results) {
  console.log(
    `${r.name.padEnd(44)} ${r.rps.toFixed(0).padStart(7)} ${String(r.p99).padStart(9)} ${(r.rps / bare.rps).toFixed(2).padStart(9)} ${file ? (r.rps / file.rps).toFixed(3).padStart(10) : '        –'}   ${r.ok ? 'yes' : `no (${r.non2xx} non-2xx, ${r.errors} errors)`}`,
  )
}
if (proxied && tlsFile) console.log(`\narticle through the repo nginx config / nginx serving the same HTML as a file, both HTTPS: ${(proxied.rps / tlsFile.rps).toFixed(3)} (aim ≥ 0.8)`)
fs.rmSync(dataDir, { recursive: true, force: true })
process.exit(results.every((r) => r.ok) ? 0 : 1)
