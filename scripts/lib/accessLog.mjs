// One access log line per request, written by both servers (serverGuard.mjs calls it for every request).
// LOG_FORMAT=json: one JSON object per line (time, level, requestId, method, path, status, durationMs), for a
// log collector; unset or text: a readable line; off: nothing. Never a reader's personal data: no address, no
// user agent, no cookie, and the path without its query string (search words, reference codes, reset tokens).
// The request id is the proxy's X-Request-Id when it sent a sane one (nginx's $request_id), else a new one; it
// is passed on to the application and answered in X-Request-Id, so a reader's report can be found in the log.
import crypto from 'node:crypto'

const format = ['json', 'off'].includes(process.env.LOG_FORMAT ?? '') ? process.env.LOG_FORMAT : 'text'
const SANE_ID = /^[A-Za-z0-9._-]{8,64}$/

/** @param {number} status */
const levelOf = (status) => (status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info')

/**
 * Starts the log line of a request; written when the answer is finished (or the client went away).
 * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
 */
export function logRequest(req, res) {
  const given = req.headers['x-request-id']
  const requestId = typeof given === 'string' && SANE_ID.test(given) ? given : crypto.randomUUID()
  req.headers['x-request-id'] = requestId
  res.setHeader('X-Request-Id', requestId)
  if (format === 'off') return
  const started = process.hrtime.bigint()
  const path = (req.url ?? '/').split('?')[0]
  res.once('close', () => {
    const durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100
    const status = res.writableFinished ? res.statusCode : 499
    process.stdout.write(formatLine({ time: new Date().toISOString(), level: levelOf(status), requestId, method: req.method, path, status, durationMs }))
  })
}

/** @param {{ time: string, level: string, requestId: string, method?: string, path: string, status: number, durationMs: number }} line */
export function formatLine(line) {
  if (format === 'json') return JSON.stringify(line) + '\n'
  return `${line.time} ${line.level.padEnd(5)} ${line.method} ${line.path} ${line.status} ${line.durationMs} ms ${line.requestId}\n`
}
