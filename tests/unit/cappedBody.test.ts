import { describe, expect, it } from 'vitest'

import { readBodyCapped } from '@portal/shared/cappedBody'

const streamOf = (chunks: number, size: number) => {
  let sent = 0
  return {
    get sent() {
      return sent
    },
    stream: new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= chunks) return controller.close()
        sent++
        controller.enqueue(new Uint8Array(size).fill(97))
      },
    }),
  }
}
const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request('http://test/', { method: 'POST', body, headers, ...(body instanceof ReadableStream ? { duplex: 'half' } : {}) } as RequestInit)

describe('readBodyCapped', () => {
  it('returns a body within the cap, announced, streamed or absent', async () => {
    expect(new TextDecoder().decode((await readBodyCapped(post('abc', { 'content-length': '3' }), 3))!)).toBe('abc')
    expect((await readBodyCapped(post(streamOf(3, 4).stream), 12))!.byteLength).toBe(12)
    expect((await readBodyCapped(post(null), 10))!.byteLength).toBe(0)
  })

  it('refuses an announced oversize body without reading it', async () => {
    const body = streamOf(100, 1024)
    expect(await readBodyCapped(post(body.stream, { 'content-length': String(100 * 1024) }), 2048)).toBeNull()
    expect(body.sent).toBeLessThanOrEqual(1)
  })

  it('stops at the cap when the length was not announced, draining only as far as asked', async () => {
    const stopped = streamOf(100, 1024)
    expect(await readBodyCapped(post(stopped.stream), 2048)).toBeNull()
    expect(stopped.sent).toBeLessThan(10)
    const drained = streamOf(100, 1024)
    expect(await readBodyCapped(post(drained.stream), 2048, { drainBytes: 20 * 1024 })).toBeNull()
    expect(drained.sent).toBeGreaterThanOrEqual(20)
    expect(drained.sent).toBeLessThan(30)
  })
})
