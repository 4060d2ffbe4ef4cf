import { describe, expect, it } from 'vitest'
import { resetEnv } from '@portal/cms/env/index'

import { clientIp } from '../../site/src/lib/engagement/clientIp'
import { BadRequest, readForm, readJson, returnPath } from '../../site/src/lib/engagement/http'
import { crossSiteRefusal } from '../../site/src/lib/engagement/sameOrigin'
import { feedbackForm, firstMessage, formObject, ratingForm, ratingJson, resetPasswordForm, signInForm, voteForm, voteJson } from '../../site/src/lib/engagement/schemas'

const isVietnamese = (text: string) => /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i.test(text.normalize('NFC'))

describe('engagement schemas answer bad input in Vietnamese', () => {
  const bad: Array<[string, { safeParse: (v: unknown) => { success: boolean; error?: any } }, unknown]> = [
    ['rating: text score', ratingJson, { score: '5' }],
    ['rating: 6', ratingJson, { score: 6 }],
    ['rating: 1.5', ratingJson, { score: 1.5 }],
    ['rating: missing', ratingJson, {}],
    ['rating: extra field', ratingJson, { score: 3, user: 1 }],
    ['rating: array', ratingJson, [3]],
    ['rating: null', ratingJson, null],
    ['rating form: 0', ratingForm, { score: '0' }],
    ['rating form: missing', ratingForm, {}],
    ['rating form: a file', ratingForm, { score: null }],
    ['vote: string', voteJson, { choices: 'a' }],
    ['vote: numbers', voteJson, { choices: [1] }],
    ['vote: empty id', voteJson, { choices: [''] }],
    ['vote: too many', voteJson, { choices: Array.from({ length: 51 }, (_, i) => `o${i}`) }],
    ['vote: missing', voteJson, {}],
    ['vote: extra field', voteJson, { choices: ['a'], poll: 2 }],
    ['vote form: long id', voteForm, { choices: ['x'.repeat(65)] }],
    ['sign-in: no e-mail', signInForm, { password: 'x' }],
    ['sign-in: bad e-mail', signInForm, { email: 'abc', password: 'x' }],
    ['sign-in: a file as password', signInForm, { email: 'a@example.vn', password: null }],
    ['sign-in: long return path', signInForm, { email: 'a@example.vn', password: 'x', back: `/${'a'.repeat(600)}` }],
    ['reset: short password', resetPasswordForm, { token: 'a'.repeat(40), password: 'short', confirm: 'short' }],
    ['reset: mismatch', resetPasswordForm, { token: 'a'.repeat(40), password: 'abcdefghijk', confirm: 'abcdefghijx' }],
    ['reset: bad token', resetPasswordForm, { token: '<script>', password: 'abcdefghijk', confirm: 'abcdefghijk' }],
    ['feedback: a file as name', feedbackForm, { name: null }],
    ['feedback: huge honeypot', feedbackForm, { website: 'x'.repeat(501) }],
    ['feedback: absurdly long message', feedbackForm, { message: 'x'.repeat(20_000) }],
  ]
  it.each(bad)('%s', (_what, schema, value) => {
    const result = schema.safeParse(value)
    expect(result.success).toBe(false)
    expect(isVietnamese(firstMessage(result.error)), firstMessage(result.error)).toBe(true)
  })

  it('accept good input', () => {
    expect(ratingJson.parse({ score: 4 })).toEqual({ score: 4 })
    expect(ratingForm.parse({ score: '5' })).toEqual({ score: 5 })
    expect(voteJson.parse({ choices: ['a', 'b'] })).toEqual({ choices: ['a', 'b'] })
    expect(signInForm.parse({ email: ' A@Example.vn ', password: 'x' }).email).toBe('A@Example.vn')
  })

  it('forms: check boxes become a list, files become null', () => {
    const form = new FormData()
    form.append('choice', 'a')
    form.append('choice', 'b')
    form.append('score', '3')
    form.append('attachment', new File(['x'], 'x.pdf'))
    expect(formObject(form, { choice: 'choices' })).toEqual({ choices: ['a', 'b'], score: '3', attachment: null })
    expect(formObject(new FormData(), { choice: 'choices' })).toEqual({ choices: [] })
  })
})

describe('reading bodies', () => {
  const post = (body: BodyInit | null, type: string | null, extra: Record<string, string> = {}) =>
    new Request('http://127.0.0.1/x', { method: 'POST', body, headers: { ...(type ? { 'content-type': type } : {}), ...extra } })
  const refusal = async (promise: Promise<unknown>) => {
    try {
      await promise
    } catch (error) {
      expect(error).toBeInstanceOf(BadRequest)
      expect(isVietnamese((error as BadRequest).message)).toBe(true)
      return (error as BadRequest).status
    }
    throw new Error('should have been refused')
  }
  it('JSON: parsed when it is JSON and small enough', async () => {
    expect(await readJson(post('{"score":4}', 'application/json; charset=utf-8'))).toEqual({ score: 4 })
    expect(await refusal(readJson(post('{"score":', 'application/json')))).toBe(400)
    expect(await refusal(readJson(post('score=4', 'application/x-www-form-urlencoded')))).toBe(415)
    expect(await refusal(readJson(post(JSON.stringify({ x: 'y'.repeat(5000) }), 'application/json')))).toBe(413)
    // A body bigger than announced is cut off just the same.
    expect(await refusal(readJson(post(JSON.stringify({ x: 'y'.repeat(5000) }), 'application/json', { 'content-length': '10' })))).toBe(413)
  })
  it('forms: parsed when form-encoded or multipart', async () => {
    expect((await readForm(post('score=4', 'application/x-www-form-urlencoded'))).get('score')).toBe('4')
    expect(await refusal(readForm(post('{}', 'application/json')))).toBe(415)
    expect(await refusal(readForm(post('--b\r\nbroken', 'multipart/form-data; boundary=b')))).toBe(400)
    expect(await refusal(readForm(post(`x=${'y'.repeat(20_000)}`, 'application/x-www-form-urlencoded')))).toBe(413)
  })
  it.each([
    ['/tin-tuc/bai', '/tin-tuc/bai'],
    ['https://evil.example/', '/'],
    ['//evil.example/', '/'],
    ['/\\evil.example', '/'],
    ['/a\r\nSet-Cookie: x', '/'],
    [null, '/'],
  ])('return path %s → %s', (raw, expected) => {
    expect(returnPath(raw)).toBe(expected)
  })
})

describe('cross-site requests', () => {
  const url = new URL('http://127.0.0.1:4321/gop-y')
  const request = (method: string, headers: Record<string, string>) => new Request(url, { method, headers })
  it.each([
    ['a form from another site', 'POST', { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' }, 403],
    ['JSON from another site', 'POST', { origin: 'https://evil.example', 'content-type': 'application/json' }, 403],
    ['a browser saying cross-site', 'POST', { 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' }, 403],
    ['a sibling site', 'POST', { 'sec-fetch-site': 'same-site', origin: 'http://127.0.0.1:4321', 'content-type': 'application/json' }, 403],
    ['a form with neither header (as Astro refused)', 'POST', { 'content-type': 'multipart/form-data; boundary=x' }, 403],
    ['no content type and no header', 'DELETE', {}, 403],
    ['Origin "null"', 'POST', { origin: 'null', 'content-type': 'text/plain' }, 403],
  ])('refuses %s', async (_what, method, headers, status) => {
    const response = crossSiteRefusal(request(method, headers), url)
    expect(response?.status).toBe(status)
    const body = await response!.text()
    expect(isVietnamese(body)).toBe(true)
  })
  it.each([
    ['a form from this site', 'POST', { origin: 'http://127.0.0.1:4321', 'content-type': 'application/x-www-form-urlencoded' }],
    ['a same-origin fetch', 'POST', { 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' }],
    ['JSON from a script without a browser', 'POST', { 'content-type': 'application/json' }],
    ['a GET from anywhere', 'GET', { origin: 'https://evil.example' }],
  ])('lets through %s', (_what, method, headers) => {
    expect(crossSiteRefusal(request(method, headers), url)).toBeNull()
  })
})

describe('client address', () => {
  const request = (xff?: string) => new Request('http://127.0.0.1/', { headers: xff ? { 'x-forwarded-for': xff } : {} })
  it('is the socket address unless proxies are declared', () => {
    delete process.env.TRUST_PROXY_HOPS
    resetEnv()
    expect(clientIp(request('1.2.3.4'), '10.0.0.1')).toBe('10.0.0.1')
    process.env.TRUST_PROXY_HOPS = '1'
    resetEnv()
    try {
      // The proxy appends the address it saw; what the client wrote before it is ignored.
      expect(clientIp(request('6.6.6.6, 1.2.3.4'), '10.0.0.1')).toBe('1.2.3.4')
      expect(clientIp(request(), '10.0.0.1')).toBe('10.0.0.1')
    } finally {
      delete process.env.TRUST_PROXY_HOPS
      resetEnv()
    }
  })
})
