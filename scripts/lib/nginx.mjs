// Runs the repository's nginx config (deploy/nginx/portal.conf) as an unprivileged-style instance with its own
// folder, ports and a throw-away certificate, in front of running site processes. For the nginx test
// (tests/e2e/nginx.test.ts) and the benchmark (tests/bench/run.mjs); production uses the system's nginx.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import https from 'node:https'
import path from 'node:path'

import { nginxValues, render } from '../../deploy/render.mjs'
import { freePort, root } from './portal.mjs'

export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p)) ?? null
export const NGINX_HOST = 'localhost'

/** A self-signed certificate for NGINX_HOST in dir: { cert, key }. */
export function throwAwayCertificate(dir) {
  const cert = path.join(dir, 'cert.pem')
  const key = path.join(dir, 'key.pem')
  if (!fs.existsSync(cert)) {
    const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${NGINX_HOST}`, '-keyout', key, '-out', cert], { encoding: 'utf8' })
    if (made.status !== 0) throw new Error(`openssl: ${made.stderr}`)
  }
  return { cert, key }
}

/** nginx's own main file: pid, logs and temporary folders in dir, then the given http-level includes. */
export function mainConfig(dir, includes) {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${dir}/${t};`).join(' ')
  const file = path.join(dir, 'nginx.conf')
  fs.writeFileSync(
    file,
    `${process.getuid?.() === 0 ? 'user root;' : ''} worker_processes 1; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http { include /etc/nginx/mime.types; default_type application/octet-stream; access_log off; ${temp}
${includes.map((f) => `  include ${f};`).join('\n')} }`,
  )
  return file
}

/** Waits until nginx answers on the HTTPS port. */
async function waitForTls(port, child) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with code ${child.exitCode}`)
    const up = await new Promise((resolve) => {
      const req = https.request({ host: '127.0.0.1', port, path: '/healthz', rejectUnauthorized: false, servername: NGINX_HOST, headers: { host: NGINX_HOST }, agent: false }, (res) => {
        res.resume()
        resolve(true)
      })
      req.on('error', () => resolve(false))
      req.end()
    })
    if (up) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('nginx did not answer')
}

/**
 * Starts nginx with the repository config in front of the site on sitePorts.
 * @param {{ dir: string, dataDir: string, sitePorts: number[], cmsPort?: number }} options
 */
export async function startPortalNginx({ dir, dataDir, sitePorts, cmsPort }) {
  if (!NGINX) throw new Error('nginx is not installed (apt-get install nginx-light)')
  const [httpsPort, httpPort] = [await freePort(), await freePort()]
  const { cert, key } = throwAwayCertificate(dir)
  const values = nginxValues({
    PORTAL_ROOT: root,
    DATA_DIR: dataDir,
    SITE_PORTS: sitePorts.join(','),
    CMS_PORT: String(cmsPort ?? (await freePort())),
    SITE_URL: `https://${NGINX_HOST}`,
    CMS_URL: 'https://admin.localhost',
    HTTP_PORT: `127.0.0.1:${httpPort}`,
    HTTPS_PORT: `127.0.0.1:${httpsPort}`,
    NGINX_CACHE_DIR: path.join(dir, 'cache'),
    ACME_ROOT: path.join(dir, 'acme'),
    TLS_CERTIFICATE: cert,
    TLS_CERTIFICATE_KEY: key,
  })
  // The redirect to HTTPS names the public port; here it is this instance's.
  values.HTTPS_PORT_SUFFIX = `:${httpsPort}`
  const portalConf = path.join(dir, 'portal.conf')
  fs.writeFileSync(portalConf, render(fs.readFileSync(path.join(root, 'deploy/nginx/portal.conf'), 'utf8'), values))
  const conf = mainConfig(dir, [portalConf])
  const check = spawnSync(NGINX, ['-t', '-c', conf, '-p', dir], { encoding: 'utf8' })
  if (check.status !== 0) throw new Error(`nginx -t: ${check.stderr}`)
  const child = spawn(NGINX, ['-c', conf, '-p', dir], { stdio: ['ignore', 'ignore', 'inherit'] })
  await waitForTls(httpsPort, child)
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve(undefined)
      child.once('exit', resolve)
      child.kill('SIGQUIT')
    })
  return { child, httpsPort, httpPort, stop }
}
