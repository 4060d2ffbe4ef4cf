import { describe, expect, it } from 'vitest'
import { resetEnv } from '@portal/cms/env/index'

import { clientIp, readerAddress, socketAddress } from '../../site/src/lib/http/clientAddress'

const request = (xff?: string) => new Request('http://127.0.0.1/', { headers: xff ? { 'x-forwarded-for': xff } : {} })

function withHops<T>(hops: string | undefined, run: () => T): T {
  if (hops === undefined) delete process.env.TRUST_PROXY_HOPS
  else process.env.TRUST_PROXY_HOPS = hops
  resetEnv()
  try {
    return run()
  } finally {
    delete process.env.TRUST_PROXY_HOPS
    resetEnv()
  }
}

describe('the client address', () => {
  it('is the socket address unless proxies are declared (X-Forwarded-For is anyone\'s to write)', () => {
    withHops(undefined, () => {
      expect(clientIp(request('1.2.3.4'), '10.0.0.1')).toBe('10.0.0.1')
      expect(clientIp(request(), undefined)).toBeNull()
    })
  })

  it('is the Nth address from the right behind N proxies', () => {
    withHops('1', () => {
      // The proxy appends the address it saw; what the client wrote before it is ignored.
      expect(clientIp(request('6.6.6.6, 1.2.3.4'), '10.0.0.1')).toBe('1.2.3.4')
      expect(clientIp(request(), '10.0.0.1')).toBe('10.0.0.1')
    })
    withHops('2', () => {
      expect(clientIp(request('6.6.6.6, 1.2.3.4, 10.0.0.2'), '10.0.0.1')).toBe('1.2.3.4')
      // Fewer addresses than proxies: the chain is not what we were told; fall back to the socket.
      expect(clientIp(request('1.2.3.4'), '10.0.0.1')).toBe('10.0.0.1')
    })
  })

  it('survives an adapter that cannot tell the socket address', () => {
    expect(socketAddress(() => { throw new Error('clientAddress is not available') })).toBeNull()
    withHops(undefined, () => {
      const context = { request: request(), get clientAddress(): string { throw new Error('not available') } }
      expect(readerAddress(context)).toBeNull()
      expect(readerAddress({ request: request(), clientAddress: '10.0.0.9' })).toBe('10.0.0.9')
    })
  })
})
