import { describe, expect, it } from 'vitest'

import { BEACON_BODY } from '../../site/src/lib/visitBeacon'
import { DRAIN_BYTES, readCapped, readForm, readJson } from '../../site/src/lib/http/body'
import { BadRequest } from '../../site/src/lib/http/refusal'
import { isVietnamese } from './helpers/vietnamese'

const post = (body: BodyInit | null, type: string | null, extra: Record<string, string> = {}) =>
  new Request('http://127.0.0.1/x', { method: 'POST', body, headers: { ...(type ? { 'content-type': type } : {}), ...extra }, ...(body instanceof ReadableStream ? { duplex: 'half' } : {}) } as RequestInit)

/** A body sent in pieces, without Content-Length (chunked), counting what the reader pulled. */
function chunked(pieces: number, size: number) {
  let pulled = 0
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= pieces) return controller.close()
      pulled++
      controller.enqueue(new Uint8Array(size).fill(120))
    },
  })
  return { stream, pulled: () => pulled }
}

async function refusal(promise: Promise<unknown>): Promise<BadRequest> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(BadRequest)
    expect(isVietnamese((error as BadRequest).message), (error as BadRequest).message).toBe(true)
    return error as BadRequest
  }
  throw new Error('should have been refused')
}

describe('the capped body reader', () => {
  it('reads a body within the cap, announced or not', async () => {
    expect((await readCapped(post('abc', 'text/plain', { 'content-length': '3' }), 10)).toString()).toBe('abc')
    expect((await readCapped(post('abc', 'text/plain'), 10)).toString()).toBe('abc')
    expect((await readCapped(post(chunked(3, 3).stream, 'text/plain'), 10)).byteLength).toBe(9)
    expect((await readCapped(post(null, null), 10)).byteLength).toBe(0)
  })

  it('refuses a body announced larger than the cap with 413', async () => {
    expect((await refusal(readCapped(post('x'.repeat(20), 'text/plain', { 'content-length': '20' }), 10))).status).toBe(413)
  })

  it('refuses a body larger than announced (the announcement is not trusted)', async () => {
    expect((await refusal(readCapped(post('x'.repeat(5000), 'text/plain', { 'content-length': '10' }), 4096))).status).toBe(413)
  })

  it('refuses a chunked body past the cap, reading on (draining) so the client can read the 413', async () => {
    const body = chunked(10, 1024)
    const error = await refusal(readCapped(post(body.stream, 'text/plain'), 2048))
    expect(error.status).toBe(413)
    expect(error.message).toContain('2 KB')
    expect(body.pulled()).toBe(10)
  })

  it('stops draining after DRAIN_BYTES', async () => {
    const body = chunked(10_000, 1024)
    expect((await refusal(readCapped(post(body.stream, 'text/plain'), 2048))).status).toBe(413)
    expect(body.pulled()).toBeLessThan(10_000)
    expect(body.pulled() * 1024).toBeLessThanOrEqual(2048 + DRAIN_BYTES + 2 * 1024)
  })

  it('refuses at once, without reading it, a body announced too large (the connection stays, so the client reads the 413)', async () => {
    let pulled = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++
        controller.enqueue(new Uint8Array(1024))
      },
    })
    const error = await refusal(readCapped(post(stream, 'text/plain', { 'content-length': String(DRAIN_BYTES * 2) }), 2048))
    expect(error.status).toBe(413)
    expect(error.headers.Connection).toBeUndefined()
    expect(pulled).toBeLessThanOrEqual(1)
  })

  it('says the cap in MB for large caps', async () => {
    expect((await refusal(readCapped(post(chunked(6, 1024 * 1024).stream, 'text/plain'), 5 * 1024 * 1024))).message).toContain('5 MB')
  })
})

describe('JSON bodies', () => {
  it('parses JSON when it is JSON and small enough', async () => {
    expect(await readJson(post('{"score":4}', 'application/json; charset=utf-8'))).toEqual({ score: 4 })
  })
  it.each([
    ['malformed', post('{"score":', 'application/json'), 400],
    ['empty', post('', 'application/json'), 400],
    ['a form', post('score=4', 'application/x-www-form-urlencoded'), 415],
    ['no type', post('{}', null), 415],
    ['too large', post(JSON.stringify({ x: 'y'.repeat(5000) }), 'application/json'), 413],
    ['larger than announced', post(JSON.stringify({ x: 'y'.repeat(5000) }), 'application/json', { 'content-length': '10' }), 413],
  ])('refuses %s', async (_what, request, status) => {
    expect((await refusal(readJson(request))).status).toBe(status)
  })
  it('the beacon: JSON, text or no type; empty means {}', async () => {
    expect(await readJson(post('{"bai":1}', 'text/plain;charset=UTF-8'), BEACON_BODY)).toEqual({ bai: 1 })
    expect(await readJson(post('{"bai":1}', null), BEACON_BODY)).toEqual({ bai: 1 })
    expect(await readJson(post('  ', 'application/json'), BEACON_BODY)).toEqual({})
    expect(await readJson(post(null, 'application/json'), BEACON_BODY)).toEqual({})
    expect((await refusal(readJson(post('bai=1', 'application/x-www-form-urlencoded'), BEACON_BODY))).status).toBe(415)
    expect((await refusal(readJson(post(JSON.stringify({ bai: 1, filler: 'x'.repeat(3000) }), 'application/json'), BEACON_BODY))).status).toBe(413)
  })
})

describe('form bodies', () => {
  it('parses URL-encoded and multipart forms, files included', async () => {
    expect((await readForm(post('score=4', 'application/x-www-form-urlencoded'))).get('score')).toBe('4')
    const form = new FormData()
    form.append('name', 'Nguyễn Văn A')
    form.append('attachment', new File(['%PDF-1.4'], 'gop-y.pdf', { type: 'application/pdf' }))
    const encoded = new Response(form)
    const parsed = await readForm(post(await encoded.arrayBuffer(), encoded.headers.get('content-type')))
    expect(parsed.get('name')).toBe('Nguyễn Văn A')
    expect((parsed.get('attachment') as File).name).toBe('gop-y.pdf')
  })
  it.each([
    ['JSON', post('{}', 'application/json'), 415],
    ['a broken multipart body', post('--b\r\nbroken', 'multipart/form-data; boundary=b'), 400],
    ['too large', post(`x=${'y'.repeat(20_000)}`, 'application/x-www-form-urlencoded'), 413],
  ])('refuses %s', async (_what, request, status) => {
    expect((await refusal(readForm(request))).status).toBe(status)
  })
})
