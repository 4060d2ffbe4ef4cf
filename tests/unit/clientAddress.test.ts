import { describe, expect, it } from 'vitest'

import { readerAddress } from '../../site/src/lib/http/clientAddress'

// Which address is trusted (socket, or the Nth from the right behind proxies) is decided once, by the
// servers' preload: tests/unit/serverGuard.test.ts.
describe("the reader's address", () => {
  it('is the address the server guard left for Astro', () => {
    expect(readerAddress({ clientAddress: '10.0.0.9' })).toBe('10.0.0.9')
  })

  it('survives an adapter that cannot tell it', () => {
    const context = {
      get clientAddress(): string {
        throw new Error('clientAddress is not available')
      },
    }
    expect(readerAddress(context)).toBeNull()
    expect(readerAddress({ clientAddress: '' })).toBeNull()
  })
})
