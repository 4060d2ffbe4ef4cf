import { describe, expect, it } from 'vitest'

import { feedbackForm, ratingForm, ratingJson, resetPasswordForm, signInForm, voteForm, voteJson } from '../../site/src/lib/engagement/schemas'
import { formObject } from '../../site/src/lib/http/body'
import { firstMessage } from '../../site/src/lib/http/validation'
import { isVietnamese } from './helpers/vietnamese'

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
