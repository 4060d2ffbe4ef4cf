import { newVerificationCode } from '@portal/shared'
import { describe, expect, it } from 'vitest'

import { verificationFormAnswer, verificationRoute, verificationStatus } from '../../site/src/lib/verification'

const code = newVerificationCode()
const symbols = code.slice(3).replace(/-/g, '')

describe('/xac-minh/<code>: which code is looked up, which is redirected', () => {
  it('looks the canonical code up as it is', () => {
    expect(verificationRoute(code)).toEqual({ kind: 'lookup', code })
  })

  it.each([
    ['lowercase', code.toLowerCase()],
    ['without dashes', code.replace(/-/g, '')],
    ['without the prefix', symbols],
    ['lowercase without the prefix or dashes', symbols.toLowerCase()],
    ['with spaces for dashes', code.replace(/-/g, ' ')],
  ])('sends a code typed %s to its one address', (_, typed) => {
    expect(verificationRoute(typed)).toEqual({ kind: 'redirect', to: `/xac-minh/${code}` })
  })

  it('reads O as 0 and I or L as 1, and redirects to the canonical form', () => {
    const canonical = `XM-0000-1111-ABCD-EFGH`
    expect(verificationRoute('XM-OOOO-ILil-ABCD-EFGH')).toEqual({ kind: 'redirect', to: `/xac-minh/${canonical}` })
  })

  it.each([
    ['too short', code.slice(0, -1)],
    ['too long', `${code}Z`],
    ['a feedback code', code.replace(/^XM/, 'GY')],
    ['a letter outside the alphabet', code.slice(0, -1) + 'U'],
    ['a path trick', '..%2F..%2Fetc'],
    ['empty', ''],
  ])('refuses %s without a read', (_, typed) => {
    expect(verificationRoute(typed)).toEqual({ kind: 'malformed' })
  })
})

describe('the /xac-minh form', () => {
  it('shows the form when nothing was typed', () => {
    expect(verificationFormAnswer(null)).toEqual({ kind: 'form' })
    expect(verificationFormAnswer('')).toEqual({ kind: 'form' })
  })

  it('goes to the canonical page of a code typed any way', () => {
    expect(verificationFormAnswer(` ${symbols.toLowerCase()} `)).toEqual({ kind: 'go', to: `/xac-minh/${code}` })
  })

  it('explains the format in Vietnamese for anything else', () => {
    const answer = verificationFormAnswer('123')
    expect(answer.kind).toBe('problem')
    expect(answer.kind === 'problem' && answer.message).toMatch(/không đúng định dạng.*XM-XXXX-XXXX-XXXX-XXXX/)
  })
})

describe('the page status', () => {
  it('is 200 for a standing award, 410 for a withdrawn one, 404 for nothing public', () => {
    expect(verificationStatus('valid')).toBe(200)
    expect(verificationStatus('withdrawn')).toBe(410)
    expect(verificationStatus(null)).toBe(404)
  })
})
