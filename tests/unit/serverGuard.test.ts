import http from 'node:http'

import { describe, expect, it } from 'vitest'

import { trustedClientAddress } from '../../scripts/lib/serverGuard.mjs'

const request = (socket: string, xff?: string) => ({ socket: { remoteAddress: socket }, headers: xff === undefined ? {} : { 'x-forwarded-for': xff } })

describe('the trusted client address', () => {
  it('is the socket address when no proxy is declared, whatever the client wrote', () => {
    expect(trustedClientAddress(request('10.0.0.5', '203.0.113.9'), 0)).toBe('10.0.0.5')
    expect(trustedClientAddress(request('10.0.0.5'), 0)).toBe('10.0.0.5')
  })

  it('is the Nth address from the right behind N proxies', () => {
    // nginx appended the address it saw; what the client wrote before it is ignored.
    expect(trustedClientAddress(request('127.0.0.1', '6.6.6.6, 198.51.100.4'), 1)).toBe('198.51.100.4')
    expect(trustedClientAddress(request('127.0.0.1', '6.6.6.6, 198.51.100.4, 10.0.0.2'), 2)).toBe('198.51.100.4')
    expect(trustedClientAddress(request('127.0.0.1'), 1)).toBe('127.0.0.1')
  })

  it('replaces X-Forwarded-For on every request a server of this process receives', async () => {
    const server = http.createServer((req, res) => res.end(String(req.headers['x-forwarded-for'])))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as { port: number }
    try {
      const seen = await (await fetch(`http://127.0.0.1:${port}/`, { headers: { 'X-Forwarded-For': '203.0.113.77' } })).text()
      expect(seen).toBe('127.0.0.1')
    } finally {
      server.close()
    }
  })
})

describe('methods the frameworks cannot take', () => {
  it('answers TRACE with 405 before any handler runs', async () => {
    let reached = false
    const server = http.createServer((_req, res) => {
      reached = true
      res.end('ok')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as { port: number }
    try {
      const status = await new Promise<number>((resolve, reject) => {
        const request = http.request({ host: '127.0.0.1', port, method: 'TRACE', path: '/' }, (response) => {
          response.resume()
          resolve(response.statusCode ?? 0)
        })
        request.on('error', reject)
        request.end()
      })
      expect(status).toBe(405)
      expect(reached).toBe(false)
    } finally {
      server.close()
    }
  })
})

describe('paths', () => {
  it('keep one leading slash, so "//x" is never read as a host', async () => {
    const server = http.createServer((req, res) => res.end(req.url))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as { port: number }
    try {
      const seen = await new Promise<string>((resolve, reject) => {
        const request = http.request({ host: '127.0.0.1', port, path: '//%3Cscript%3E/x?y=1' }, (response) => {
          let body = ''
          response.on('data', (c) => (body += c))
          response.on('end', () => resolve(body))
        })
        request.on('error', reject)
        request.end()
      })
      expect(seen).toBe('/%3Cscript%3E/x?y=1')
    } finally {
      server.close()
    }
  })
})
