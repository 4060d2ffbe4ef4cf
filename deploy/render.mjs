// Fills a deploy/ template's double-brace placeholders and prints the result:
//   node deploy/render.mjs deploy/nginx/portal.conf > /etc/nginx/conf.d/portal.conf
// Values come from the environment (set -a; . /etc/portal/portal.env; set +a), with defaults derived from the
// portal's own settings (SITE_URL, CMS_URL, PORTAL_ROOT, DATA_DIR, MEDIA_DIR, SITE_PORT, CMS_PORT). A
// placeholder left without a value stops it, so a half-filled config never reaches nginx.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const hostOf = (url, fallback) => {
  try {
    return url ? new URL(url).hostname : fallback
  } catch {
    return fallback
  }
}

/** The values of the nginx template, from settings. @param {Record<string, string | undefined>} source */
export function nginxValues(source = process.env) {
  const root = source.PORTAL_ROOT ?? repository
  const dataDir = path.resolve(root, source.DATA_DIR ?? 'data')
  const sitePorts = (source.SITE_PORTS ?? source.SITE_PORT ?? '4321').split(',').map((p) => p.trim()).filter(Boolean)
  const httpsPort = source.HTTPS_PORT ?? '443'
  return {
    SITE_SERVERS: sitePorts.map((port) => `    server 127.0.0.1:${port};`).join('\n'),
    CMS_ADDRESS: `127.0.0.1:${source.CMS_PORT ?? '3000'}`,
    CACHE_DIR: source.NGINX_CACHE_DIR ?? '/var/cache/nginx/portal',
    SIGNIN_RATE: source.NGINX_SIGNIN_RATE ?? '10r/m',
    WRITE_RATE: source.NGINX_WRITE_RATE ?? '2r/s',
    MICRO_CACHE: source.NGINX_MICRO_CACHE ?? '2s',
    HTTP_LISTEN: source.HTTP_PORT ?? '80',
    HTTPS_LISTEN: httpsPort,
    HTTPS_PORT_SUFFIX: httpsPort === '443' ? '' : `:${httpsPort}`,
    SITE_HOST: hostOf(source.SITE_URL, 'thiduakhenthuong.example.gov.vn'),
    ADMIN_HOST: hostOf(source.CMS_URL, 'quantri.example.gov.vn'),
    ACME_ROOT: source.ACME_ROOT ?? '/var/www/letsencrypt',
    TLS_CERTIFICATE: source.TLS_CERTIFICATE ?? '/etc/ssl/portal/fullchain.pem',
    TLS_CERTIFICATE_KEY: source.TLS_CERTIFICATE_KEY ?? '/etc/ssl/portal/privkey.pem',
    SITE_CLIENT_DIR: path.join(root, 'site/dist/client'),
    MEDIA_DIR: path.resolve(root, source.MEDIA_DIR ?? path.join(dataDir, 'media')),
    ADMIN_ALLOW: (source.ADMIN_ALLOW ?? '').split(',').map((a) => a.trim()).filter(Boolean).map((a) => `    allow ${a};`).concat(source.ADMIN_ALLOW ? ['    deny all;'] : []).join('\n'),
    ADMIN_MAX_BODY: source.ADMIN_MAX_BODY ?? '512m',
  }
}

/** @param {string} template @param {Record<string, string>} values */
export function render(template, values) {
  const missing = new Set()
  const text = template.replace(/\{\{([A-Z_]+)\}\}/g, (_, name) => {
    if (values[name] === undefined) missing.add(name)
    return values[name] ?? ''
  })
  if (missing.size) throw new Error(`No value for ${[...missing].join(', ')}`)
  return text
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv[2]
  if (!file) {
    console.error('Usage: node deploy/render.mjs <template>')
    process.exit(2)
  }
  process.stdout.write(render(fs.readFileSync(file, 'utf8'), nginxValues()))
}
