import crypto from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { REFERENCE_CODE_BYTES, normaliseReferenceCode, referenceCodeFromBytes } from '@portal/shared'

describe('feedback reference codes', () => {
  it('carry at least 64 random bits, in 16 base32 symbols after "GY"', () => {
    expect(REFERENCE_CODE_BYTES * 8).toBeGreaterThanOrEqual(64)
    const code = referenceCodeFromBytes(crypto.randomBytes(REFERENCE_CODE_BYTES))
    expect(code).toMatch(/^GY-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/)
  })

  it('encode every bit: different bytes give different codes', () => {
    const zero = new Uint8Array(REFERENCE_CODE_BYTES)
    expect(referenceCodeFromBytes(zero)).toBe('GY-0000-0000-0000-0000')
    for (let byte = 0; byte < REFERENCE_CODE_BYTES; byte++) {
      for (let bit = 0; bit < 8; bit++) {
        const one = new Uint8Array(REFERENCE_CODE_BYTES)
        one[byte] = 1 << bit
        expect(referenceCodeFromBytes(one), `byte ${byte} bit ${bit}`).not.toBe('GY-0000-0000-0000-0000')
      }
    }
    expect(referenceCodeFromBytes(new Uint8Array(REFERENCE_CODE_BYTES).fill(255))).toBe('GY-ZZZZ-ZZZZ-ZZZZ-ZZZZ')
  })

  it('refuse the wrong number of bytes', () => {
    expect(() => referenceCodeFromBytes(new Uint8Array(8))).toThrow()
  })

  it('read back however the reader types them', () => {
    const code = referenceCodeFromBytes(crypto.randomBytes(REFERENCE_CODE_BYTES))
    expect(normaliseReferenceCode(code)).toBe(code)
    expect(normaliseReferenceCode(code.toLowerCase())).toBe(code)
    expect(normaliseReferenceCode(code.replace(/-/g, ''))).toBe(code)
    expect(normaliseReferenceCode(` ${code.slice(3).replace(/-/g, ' ')} `)).toBe(code)
    expect(normaliseReferenceCode('GY-O0I1-L000-0000-0000')).toBe('GY-0011-1000-0000-0000')
  })

  it.each(['', 'GY-1234', 'GY-UUUU-0000-0000-0000', 'GY-0000-0000-0000-0000-0000', 'x'.repeat(100), null, 42, "GY-' OR 1=1"])('refuse %s', (input) => {
    expect(normaliseReferenceCode(input)).toBeNull()
  })
})
