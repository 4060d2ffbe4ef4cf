// Preloaded into every site process (with serverGuard.mjs and gracefulStop.mjs): the host names the site
// answers to, read at run time, so one build serves every environment (README "Nhiều máy chủ").
//
// Astro believes a Host or X-Forwarded-Host only when it is in `security.allowedDomains`, which is fixed when
// the site is built. The build now allows any host (astro.config.mjs) and this file does the checking, per
// request, against the settings of the machine it runs on: localhost, 127.0.0.1, SITE_URL's host name and
// SITE_HOSTS (comma-separated), with the same reading as cms/src/env/index.ts. Any other Host is replaced by
// "localhost" and any other X-Forwarded-Host removed: what Astro did with hosts it did not know.
import http from 'node:http'

/** @param {Record<string, string | undefined>} source */
export function trustedHosts(source = process.env) {
  const hosts = new Set(['localhost', '127.0.0.1', '[::1]'])
  try {
    if (source.SITE_URL) hosts.add(new URL(source.SITE_URL).hostname.toLowerCase())
  } catch {
    // a malformed SITE_URL names no host
  }
  for (const host of (source.SITE_HOSTS ?? '').split(',')) if (host.trim()) hosts.add(host.trim().toLowerCase())
  return hosts
}

/** The host name of a Host header value ("example.vn:443" → "example.vn"; "[::1]:4321" → "[::1]"). */
export function hostnameOf(value) {
  const host = String(value ?? '').trim().toLowerCase()
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0]
}

/**
 * Puts the request's host headers in line with the trusted names.
 * @param {{ headers: Record<string, string | string[] | undefined> }} req @param {Set<string>} hosts
 */
export function checkHosts(req, hosts) {
  if (!hosts.has(hostnameOf(req.headers.host))) req.headers.host = 'localhost'
  const forwarded = req.headers['x-forwarded-host']
  if (forwarded !== undefined && !(typeof forwarded === 'string' && forwarded.split(',').every((h) => hosts.has(hostnameOf(h))))) delete req.headers['x-forwarded-host']
}

const hosts = trustedHosts()
const emit = http.Server.prototype.emit
http.Server.prototype.emit = function (event, req, ...rest) {
  if (event === 'request' && req?.headers) checkHosts(req, hosts)
  return emit.call(this, event, req, ...rest)
}
