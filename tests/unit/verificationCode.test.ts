import crypto from 'node:crypto'

import { newVerificationCode, normaliseReferenceCode, normaliseVerificationCode, verificationCodes } from '@portal/shared'
import { describe, expect, it } from 'vitest'

describe('verification codes of awards', () => {
  it('are 80 random bits in the XM family, each different', () => {
    const codes = new Set(Array.from({ length: 2000 }, newVerificationCode))
    expect(codes.size).toBe(2000)
    for (const code of codes) expect(code).toMatch(/^XM-[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/)
    expect(verificationCodes.fromBytes(new Uint8Array(10))).toBe('XM-0000-0000-0000-0000')
    expect(verificationCodes.fromBytes(new Uint8Array(10).fill(255))).toBe('XM-ZZZZ-ZZZZ-ZZZZ-ZZZZ')
  })

  it('are typed back in any case, with or without dashes, prefix or look-alikes', () => {
    const code = verificationCodes.fromBytes(crypto.randomBytes(10))
    const bare = code.slice(3).replace(/-/g, '')
    expect(normaliseVerificationCode(code.toLowerCase())).toBe(code)
    expect(normaliseVerificationCode(bare)).toBe(code)
    expect(normaliseVerificationCode(` ${bare.toLowerCase()} `)).toBe(code)
    expect(normaliseVerificationCode(`xm${bare}`)).toBe(code)
    expect(normaliseVerificationCode('XM-0O1I-L000-0000-0000')).toBe('XM-0011-1000-0000-0000')
  })

  it('refuse what cannot be a code, and do not take a feedback code for one', () => {
    for (const bad of ['', 'XM-', 'XM-ABCD-EFGH-JKLM', 'XM-ABCD-EFGH-JKLM-MNPQ-R', 'XM-ABCU-EFGH-JKMN-PQRS', 'x'.repeat(100), 42, null]) {
      expect(normaliseVerificationCode(bad), String(bad)).toBeNull()
    }
    const feedback = 'GY-7K3M-Q9XD-2HTR-WB4N'
    expect(normaliseReferenceCode(feedback)).toBe(feedback)
    expect(normaliseVerificationCode(feedback)).toBeNull()
  })
})
