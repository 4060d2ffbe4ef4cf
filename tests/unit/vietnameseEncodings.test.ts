import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'

import { EncodingError, decodeVietnameseText, isVietnameseSyllable, repairLegacyText } from '../../shared/src/vietnameseEncodings'
import { asCellText, encodeTcvn3, encodeVni, encodeWindows1258 } from '../helpers/legacyEncodings'

const LIST = 'STT,Họ và tên,Chức vụ,Danh hiệu\n1,Nguyễn Văn Đặng,Trưởng phòng,Lao động tiên tiến\n2,Đỗ Thị Hương,Chuyên viên,Chiến sĩ thi đua cơ sở\n3,Phạm Ngọc Ẩn,Kế toán,Bằng khen của Chủ tịch UBND tỉnh'
// The ABC font has no marked capitals of its own: those letters come back lower case, as the font stores them.
const LIST_ABC = LIST.replace('Ẩn', 'ẩn')

describe('decodeVietnameseText', () => {
  const cases: Array<[string, Buffer, string, string]> = [
    ['UTF-8 without BOM', Buffer.from(LIST), 'utf-8', LIST],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(LIST)]), 'utf-8', LIST],
    ['UTF-8 decomposed (NFD)', Buffer.from(LIST.normalize('NFD')), 'utf-8', LIST],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(LIST, 'utf16le')]), 'utf-16le', LIST],
    ['UTF-16 LE without BOM', iconv.encode(LIST, 'utf16le'), 'utf-16le', LIST],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(LIST, 'utf16be')]), 'utf-16be', LIST],
    ['Windows-1258', encodeWindows1258(LIST), 'windows-1258', LIST],
    ['TCVN3 (ABC)', encodeTcvn3(LIST), 'tcvn3', LIST_ABC],
    ['VNI Windows', encodeVni(LIST), 'vni', LIST],
  ]
  it.each(cases)('%s reads as Unicode NFC', (_label, bytes, encoding, expected) => {
    const decoded = decodeVietnameseText(bytes)
    expect(decoded.encoding).toBe(encoding)
    expect(decoded.text).toBe(expected.normalize('NFC'))
    expect(decoded.text.normalize('NFC')).toBe(decoded.text)
  })

  it('the legacy inputs really differ from UTF-8 (so the cases test something)', () => {
    for (const bytes of [encodeWindows1258(LIST), encodeTcvn3(LIST), encodeVni(LIST)]) {
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow()
      expect(bytes.toString('latin1')).not.toContain('Nguyễn')
    }
  })

  it('refuses bytes that read as no Vietnamese, saying which encoding to save in', () => {
    const noise = Buffer.from(Array.from({ length: 400 }, (_, i) => 0x80 + ((i * 37) % 0x7f)))
    expect(() => decodeVietnameseText(noise)).toThrow(EncodingError)
    expect(() => decodeVietnameseText(noise)).toThrow(/UTF-8/)
  })
})

describe('repairLegacyText (cells of an .xlsx typed in an old font)', () => {
  it('turns ABC and VNI letters stored as Latin-1 into Unicode', () => {
    expect(repairLegacyText(asCellText(encodeTcvn3('Đỗ Thị Hương, Lao động tiên tiến'), 'tcvn3'))).toEqual({ text: 'Đỗ Thị Hương, Lao động tiên tiến', encoding: 'tcvn3' })
    expect(repairLegacyText(asCellText(encodeVni('Nguyễn Văn Đặng, Trưởng phòng'), 'vni'))).toEqual({ text: 'Nguyễn Văn Đặng, Trưởng phòng', encoding: 'vni' })
  })

  it('leaves Unicode text alone, composing decomposed letters', () => {
    expect(repairLegacyText('Lê Hà An')).toEqual({ text: 'Lê Hà An', encoding: null })
    expect(repairLegacyText('Nguyễn Thị Ánh'.normalize('NFD'))).toEqual({ text: 'Nguyễn Thị Ánh', encoding: null })
    expect(repairLegacyText('Café José Müller')).toMatchObject({ encoding: null })
  })
})

describe('isVietnameseSyllable', () => {
  it.each(['nguyễn', 'Trường', 'khuyến', 'giữa', 'quốc', 'nghiêng', 'Đặng'])('%s is a syllable', (w) => expect(isVietnameseSyllable(w)).toBe(true))
  it.each(['Tieỏng', 'nguyêễn', 'xyzá', 'Müller'])('%s is not', (w) => expect(isVietnameseSyllable(w)).toBe(false))
})
