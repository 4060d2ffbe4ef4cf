// Preloaded into both servers (`node --import ./scripts/lib/serverGuard.mjs`), before Next or Astro load.
// It sees every request first, at the level of Node's HTTP server, for two things the frameworks get wrong,
// and writes the access log.
//
// 1. Methods the web's Request type refuses (TRACE, TRACK, CONNECT) made Next and Astro throw and answer
//    500; they are answered 405 here. A path starting with "//" (read as another host) keeps one slash.
//
// 2. Next and Astro's Node adapter take the client's address from X-Forwarded-For whenever it is present,
// and anyone can write that header: per-address limits (sign-in, feedback, ratings, polls) were void.
// Here every incoming request's X-Forwarded-For is replaced by the one address we trust: the socket's
// when no proxy is declared, or, with TRUST_PROXY_HOPS=N proxies in front (each appends the address it
// saw), the Nth address from the right. Code further in can then read the header as the client.
//
// This file runs before any TypeScript is loaded, so it reads its one setting itself, with the same rule
// as env().trustProxyHops in cms/src/env/index.ts (a whole number >= 0, 0 when unset or invalid).
//
// 3. One access log line per request (accessLog.mjs, LOG_FORMAT).
import http from 'node:http'
import https from 'node:https'

import { logRequest } from './accessLog.mjs'

const raw = Number(process.env.TRUST_PROXY_HOPS)
const hops = Number.isFinite(raw) && raw >= 0 ? Math.floor(raw) : 0

/**
 * The trusted client address of a request.
 * @param {{ socket?: { remoteAddress?: string }, headers: Record<string, string | string[] | undefined> }} req
 * @param {number} [proxies]
 */
export function trustedClientAddress(req, proxies = hops) {
  const socket = req.socket?.remoteAddress ?? ''
  if (proxies <= 0) return socket
  const header = req.headers['x-forwarded-for']
  const chain = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  return chain[chain.length - proxies] ?? socket
}

/** Methods the servers answer; anything else gets a 405 before a framework sees it. */
export const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])

const REFUSED = JSON.stringify({ error: 'Phương thức không được hỗ trợ.' })

for (const Server of [http.Server, https.Server]) {
  const emit = Server.prototype.emit
  Server.prototype.emit = function (event, req, ...rest) {
    if (event === 'request' && req?.headers) {
      if (!METHODS.has(req.method)) {
        const res = rest[0]
        res.writeHead(405, { Allow: [...METHODS].join(', '), 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(REFUSED), 'X-Content-Type-Options': 'nosniff' })
        res.end(REFUSED)
        return true
      }
      // "//host/..." is read as another host by URL parsers: a path has one leading slash.
      if (req.url?.startsWith('//')) req.url = req.url.replace(/^\/+/, '/')
      const address = trustedClientAddress(req)
      if (address) req.headers['x-forwarded-for'] = address
      else delete req.headers['x-forwarded-for']
      logRequest(req, rest[0])
    }
    return emit.call(this, event, req, ...rest)
  }
}
