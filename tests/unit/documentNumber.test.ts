import { describe, expect, it } from 'vitest'
import {
  DocumentNumberError,
  documentNumberProblem,
  isNumbered,
  parseDocumentNumber,
  type DocumentNumber,
} from '../../shared/src/documentNumber'

type Parts = Omit<DocumentNumber, 'text'>

/** Forms taken from real sources, with the parts they must parse into. */
const VALID: Array<[string, Parts]> = [
  ['443/KH-SLĐTBXH', { style: 'state', serial: '443', year: null, typeCode: 'KH', issuerCode: 'SLĐTBXH' }],
  ['733/QĐ-TTg', { style: 'state', serial: '733', year: null, typeCode: 'QĐ', issuerCode: 'TTg' }],
  ['99/2023/NQ-HĐND', { style: 'state', serial: '99', year: 2023, typeCode: 'NQ', issuerCode: 'HĐND' }],
  ['01/NQ-CP', { style: 'state', serial: '01', year: null, typeCode: 'NQ', issuerCode: 'CP' }],
  ['07/CT-TTg', { style: 'state', serial: '07', year: null, typeCode: 'CT', issuerCode: 'TTg' }],
  ['672/QĐ-LĐTBXH', { style: 'state', serial: '672', year: null, typeCode: 'QĐ', issuerCode: 'LĐTBXH' }],
  ['61/KH-UBND', { style: 'state', serial: '61', year: null, typeCode: 'KH', issuerCode: 'UBND' }],
  ['23/KH-SVHTTDL', { style: 'state', serial: '23', year: null, typeCode: 'KH', issuerCode: 'SVHTTDL' }],
  ['50/QĐ-UBND', { style: 'state', serial: '50', year: null, typeCode: 'QĐ', issuerCode: 'UBND' }],
  ['1847/QĐ-TTg', { style: 'state', serial: '1847', year: null, typeCode: 'QĐ', issuerCode: 'TTg' }],
  ['15/2023/TT-BLĐTBXH', { style: 'state', serial: '15', year: 2023, typeCode: 'TT', issuerCode: 'BLĐTBXH' }],
  ['06/2022/QH15', { style: 'law', serial: '06', year: 2022, typeCode: null, issuerCode: 'QH15' }],
  ['34-CT/TW', { style: 'party', serial: '34', year: null, typeCode: 'CT', issuerCode: 'TW' }],
  ['497-KL/TU', { style: 'party', serial: '497', year: null, typeCode: 'KL', issuerCode: 'TU' }],
  ['06-NQ/BCSĐ', { style: 'party', serial: '06', year: null, typeCode: 'NQ', issuerCode: 'BCSĐ' }],
  ['/KH-SLĐTBXH', { style: 'state', serial: null, year: null, typeCode: 'KH', issuerCode: 'SLĐTBXH' }],
]

/** Malformed numbers, with a fragment the Vietnamese message must contain. */
const INVALID: Array<[string, string]> = [
  ['', 'để trống'],
  ['   ', 'để trống'],
  ['443', 'không đúng thể thức'],
  ['KH-SLĐTBXH', 'không đúng thể thức'],
  ['443/kh-sldtbxh', 'không đúng thể thức'],
  ['443/Kh-SLĐTBXH', 'không đúng thể thức'],
  ['443/KH-sldtbxh', 'không đúng thể thức'],
  ['443 /KH-SLĐTBXH', 'khoảng trắng'],
  ['443/ KH-SLĐTBXH', 'khoảng trắng'],
  ['443/KH -SLĐTBXH', 'khoảng trắng'],
  ['443/KH-\u00a0SLĐTBXH', 'khoảng trắng'],
  ['0/KH-UBND', 'phải lớn hơn 0'],
  ['000/KH-UBND', 'phải lớn hơn 0'],
  ['0-CT/TW', 'phải lớn hơn 0'],
  ['0/2022/QH15', 'phải lớn hơn 0'],
  ['443/1800/NQ-HĐND', 'Năm 1800'],
  ['443/1944/NQ-HĐND', 'Năm 1944'],
  ['443/2200/NQ-HĐND', 'Năm 2200'],
  ['06/1900/QH15', 'Năm 1900'],
  ['443//KH-UBND', 'không đúng thể thức'],
  ['34-CT', 'không đúng thể thức'],
  ['34-CT/', 'không đúng thể thức'],
  ['abc/KH-UBND', 'không đúng thể thức'],
  ['443/KH-', 'không đúng thể thức'],
  ['443/KH', 'không đúng thể thức'],
  ['443/-UBND', 'không đúng thể thức'],
  ['443/KH-UBND-', 'không đúng thể thức'],
  ['443/KH--UBND', 'không đúng thể thức'],
  ['443/KH-UBND/', 'không đúng thể thức'],
  ['443/KHXYZAB-UBND', 'không đúng thể thức'],
  ['1234567/KH-UBND', 'không đúng thể thức'],
  ['443/23/NQ-HĐND', 'không đúng thể thức'],
  ['443/KH_UBND', 'không đúng thể thức'],
  ['443\\KH-UBND', 'không đúng thể thức'],
  ['-443/KH-UBND', 'không đúng thể thức'],
  ['06/2022/qh15', 'không đúng thể thức'],
  ['06/2022/QH', 'không đúng thể thức'],
  ['/2022/QH15', 'không đúng thể thức'],
  ['34-ct/TW', 'không đúng thể thức'],
  ['34-CT/tw', 'không đúng thể thức'],
  ['34/CT-', 'không đúng thể thức'],
  ['Số 443/KH-SLĐTBXH', 'khoảng trắng'],
  ['443/KH-UBND\u200b', 'không đúng thể thức'],
]

describe('parseDocumentNumber: accepts real-world forms', () => {
  it.each(VALID)('%s', (input, parts) => {
    const parsed = parseDocumentNumber(input)
    expect(parsed).toEqual({ ...parts, text: input })
  })

  it.each(VALID)('%s also parses when written decomposed (NFD)', (input, parts) => {
    const decomposed = input.normalize('NFD')
    const parsed = parseDocumentNumber(decomposed)
    expect(parsed).toEqual({ ...parts, text: input.normalize('NFC') })
    expect(parsed.text.normalize('NFC')).toBe(parsed.text)
  })

  it('Đ has no decomposition, so numbers keep it under NFD and still parse to the NFC text', () => {
    const input = '06-NQ/BCSĐ'
    expect(input.normalize('NFD')).toContain('Đ')
    expect(parseDocumentNumber(input.normalize('NFD')).text).toBe(input)
  })

  it('composes decomposed letters (NFC) before matching; accented letters other than Đ are not code letters', () => {
    // "SẢ" written as S + A + combining hook above.
    const decomposed = '443/KH-SA\u0309'
    expect(decomposed).not.toBe(decomposed.normalize('NFC'))
    let caught: unknown
    try {
      parseDocumentNumber(decomposed)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(DocumentNumberError)
    // The message quotes the normalised (composed) text, and keeps the raw input aside.
    expect((caught as DocumentNumberError).messageVi).toContain('"443/KH-SẢ"')
    expect((caught as DocumentNumberError).input).toBe(decomposed)
  })

  it('trims surrounding whitespace and reports the trimmed text', () => {
    const parsed = parseDocumentNumber('  443/KH-SLĐTBXH\n')
    expect(parsed.text).toBe('443/KH-SLĐTBXH')
    expect(parsed.serial).toBe('443')
  })

  it('keeps leading zeros in the serial as written', () => {
    expect(parseDocumentNumber('0007/QĐ-UBND').serial).toBe('0007')
  })

  it('accepts multi-part issuer codes', () => {
    expect(parseDocumentNumber('12/KH-UBND-VX')).toMatchObject({ typeCode: 'KH', issuerCode: 'UBND-VX' })
    expect(parseDocumentNumber('5-NQ/ĐU-BTV')).toMatchObject({ style: 'party', typeCode: 'NQ', issuerCode: 'ĐU-BTV' })
  })

  it('accepts years at both ends of the allowed range', () => {
    expect(parseDocumentNumber('1/1945/SL-CTN').year).toBe(1945)
    expect(parseDocumentNumber('1/2199/NQ-CP').year).toBe(2199)
    expect(parseDocumentNumber('1/1945/QH1').year).toBe(1945)
  })

  it('accepts six-digit serials', () => {
    expect(parseDocumentNumber('123456/QĐ-UBND').serial).toBe('123456')
  })
})

describe('parseDocumentNumber: rejects malformed numbers with a Vietnamese message', () => {
  it.each(INVALID)('%j', (input, fragment) => {
    let caught: unknown
    try {
      parseDocumentNumber(input)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(DocumentNumberError)
    const error = caught as DocumentNumberError
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('DocumentNumberError')
    expect(error.input).toBe(input)
    expect(error.messageVi).toContain(fragment)
    // The English message names the input and the expected forms.
    expect(error.message).toContain(`"${input}"`)
    expect(error.message).toContain('443/KH-SLĐTBXH')
  })

  it('the format message shows correct examples to the editor', () => {
    expect(() => parseDocumentNumber('abc')).toThrow(DocumentNumberError)
    try {
      parseDocumentNumber('abc')
    } catch (error) {
      const messageVi = (error as DocumentNumberError).messageVi
      expect(messageVi).toContain('"abc"')
      expect(messageVi).toContain('Ví dụ đúng')
      expect(messageVi).toContain('/KH-SLĐTBXH nếu chưa có số')
    }
  })

  it('the year message gives the allowed range', () => {
    expect(documentNumberProblem('443/1800/NQ-HĐND')).toBe('Năm 1800 trong "443/1800/NQ-HĐND" không hợp lệ (từ 1945 đến 2199).')
  })

  it('the zero-serial message names the number', () => {
    expect(documentNumberProblem('0/KH-UBND')).toBe('Số văn bản trong "0/KH-UBND" phải lớn hơn 0.')
  })
})

describe('documentNumberProblem', () => {
  it.each(VALID.map(([input]) => input))('null for valid %s', (input) => {
    expect(documentNumberProblem(input)).toBeNull()
  })

  it.each([null, undefined, '', '   ', '\n\t'])('null for blank %j (not yet numbered)', (input) => {
    expect(documentNumberProblem(input)).toBeNull()
  })

  it.each(INVALID.filter(([input]) => input.trim() !== ''))('a message for invalid %j', (input, fragment) => {
    const problem = documentNumberProblem(input)
    expect(typeof problem).toBe('string')
    expect(problem).toContain(fragment)
  })

  it('returns the same message parseDocumentNumber throws', () => {
    const input = '443 /KH-SLĐTBXH'
    let messageVi = ''
    try {
      parseDocumentNumber(input)
    } catch (error) {
      messageVi = (error as DocumentNumberError).messageVi
    }
    expect(messageVi).not.toBe('')
    expect(documentNumberProblem(input)).toBe(messageVi)
  })
})

describe('isNumbered', () => {
  it.each(VALID.filter(([, parts]) => parts.serial !== null).map(([input]) => input))('true for %s', (input) => {
    expect(isNumbered(input)).toBe(true)
  })

  it('true for a decomposed numbered input', () => {
    expect(isNumbered('99/2023/NQ-HĐND'.normalize('NFD'))).toBe(true)
  })

  it.each<[string | null | undefined, string]>([
    ['/KH-SLĐTBXH', 'not yet numbered'],
    ['/QĐ-UBND', 'not yet numbered'],
    ['', 'blank'],
    ['  ', 'blank'],
    ['\n\t', 'blank'],
    [null, 'null'],
    [undefined, 'undefined'],
    ['443', 'invalid'],
    ['0/KH-UBND', 'zero serial'],
    ['443/kh-sldtbxh', 'invalid'],
    ['443/1800/NQ-HĐND', 'year out of range'],
  ])('false for %j (%s)', (input) => {
    expect(isNumbered(input)).toBe(false)
  })
})

describe('Tờ trình, the one type code with a lower-case letter', () => {
  it('accepts 123/TTr-UBND and keeps the code as written', () => {
    const parsed = parseDocumentNumber('123/TTr-UBND')
    expect(parsed.typeCode).toBe('TTr')
    expect(parsed.issuerCode).toBe('UBND')
  })
  it('still refuses other lower-case type codes', () => {
    expect(documentNumberProblem('123/Kh-UBND')).toMatch(/không đúng thể thức/)
  })
})
