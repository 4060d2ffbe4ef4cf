import { describe, expect, it } from 'vitest'
import { foldAll, foldVietnamese, searchTerms } from '../../shared/src/fold'

const nfc = (s: string) => s.normalize('NFC')
const nfd = (s: string) => s.normalize('NFD')

describe('foldVietnamese', () => {
  describe('"Thi đua", "THI ĐUA" and "thi dua" fold to the same key in either normal form', () => {
    const variants = ['Thi đua', 'THI ĐUA', 'thi dua', 'Thi Đua', 'tHI đUA']
    const cases = variants.flatMap((v) => [
      { label: `${v} (NFC)`, input: nfc(v) },
      { label: `${v} (NFD)`, input: nfd(v) },
    ])
    it.each(cases)('$label → "thi dua"', ({ input }) => {
      expect(foldVietnamese(input)).toBe('thi dua')
    })
  })

  it('the decomposed inputs really are decomposed (so the NFD cases test something)', () => {
    // "Thi đua" has no tone mark outside đ, which has no decomposition; use a word with marks.
    const word = 'Ủy ban nhân dân'
    expect(nfd(word)).not.toBe(nfc(word))
    expect(nfd(word).length).toBeGreaterThan(nfc(word).length)
  })

  it.each([
    ['Ủy ban nhân dân', 'uy ban nhan dan'],
    ['ỦY BAN NHÂN DÂN', 'uy ban nhan dan'],
    ['Khen thưởng', 'khen thuong'],
    ['Sở Lao động – Thương binh và Xã hội', 'so lao dong – thuong binh va xa hoi'],
    ['Hội đồng nhân dân', 'hoi dong nhan dan'],
    ['Chiến sĩ thi đua toàn quốc', 'chien si thi dua toan quoc'],
    ['Huân chương Độc lập hạng Nhất', 'huan chuong doc lap hang nhat'],
    ['Nguyễn Thị Ánh Tuyết', 'nguyen thi anh tuyet'],
    ['Gia đình văn hóa', 'gia dinh van hoa'],
    ['Gia đình văn hoá', 'gia dinh van hoa'],
  ])('%s → %s (composed and decomposed)', (input, expected) => {
    expect(foldVietnamese(nfc(input))).toBe(expected)
    expect(foldVietnamese(nfd(input))).toBe(expected)
  })

  it('maps đ and Đ to d', () => {
    expect(foldVietnamese('đ')).toBe('d')
    expect(foldVietnamese('Đ')).toBe('d')
    expect(foldVietnamese('ĐĐđđ')).toBe('dddd')
    expect(foldVietnamese('SLĐTBXH')).toBe('sldtbxh')
  })

  describe('strips every Vietnamese vowel mark', () => {
    it.each([
      ['aàáảãạăằắẳẵặâầấẩẫậ', 'a'],
      ['AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ', 'a'],
      ['eèéẻẽẹêềếểễệ', 'e'],
      ['EÈÉẺẼẸÊỀẾỂỄỆ', 'e'],
      ['iìíỉĩị', 'i'],
      ['IÌÍỈĨỊ', 'i'],
      ['oòóỏõọôồốổỗộơờớởỡợ', 'o'],
      ['OÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ', 'o'],
      ['uùúủũụưừứửữự', 'u'],
      ['UÙÚỦŨỤƯỪỨỬỮỰ', 'u'],
      ['yỳýỷỹỵ', 'y'],
      ['YỲÝỶỸỴ', 'y'],
    ])('%s', (letters, base) => {
      const expected = base.repeat([...letters].length)
      expect(foldVietnamese(nfc(letters))).toBe(expected)
      expect(foldVietnamese(nfd(letters))).toBe(expected)
    })
  })

  it('handles a mix of composed and decomposed characters in one string', () => {
    // "thưởng" with ư composed and ở decomposed (o + horn + hook above).
    const mixed = 'th\u01B0o\u031B\u0309ng'
    expect(mixed.normalize('NFC')).toBe('thưởng')
    expect(foldVietnamese(mixed)).toBe('thuong')
  })

  it.each([
    ['  Thi   đua  ', 'thi dua'],
    ['Thi\tđua', 'thi dua'],
    ['Thi\nđua\r\nkhen\u00a0thưởng', 'thi dua khen thuong'],
    ['\n\t  \n', ''],
    ['', ''],
  ])('collapses and trims whitespace: %j → %j', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected)
  })

  it('keeps digits and punctuation', () => {
    expect(foldVietnamese('Số 443/KH-SLĐTBXH, năm 2022.')).toBe('so 443/kh-sldtbxh, nam 2022.')
  })

  it('is idempotent', () => {
    const once = foldVietnamese(nfd('  Kế HOẠCH   Thi đua  năm 2022 '))
    expect(once).toBe('ke hoach thi dua nam 2022')
    expect(foldVietnamese(once)).toBe(once)
  })

  it('leaves only ASCII for Vietnamese input', () => {
    const folded = foldVietnamese(nfd('Bằng khen của Thủ tướng Chính phủ Đợt Ưu tú Ý kiến'))
    expect(folded).toMatch(/^[\x20-\x7e]*$/)
    expect(folded).toBe('bang khen cua thu tuong chinh phu dot uu tu y kien')
  })
})

describe('foldAll', () => {
  it('folds and joins values with a single space', () => {
    expect(foldAll(['Thi đua', 'KHEN THƯỞNG'])).toBe('thi dua khen thuong')
  })

  it('skips null, undefined, empty and blank values', () => {
    expect(foldAll([null, 'Ủy ban', undefined, '', '   ', 'nhân dân', null])).toBe('uy ban nhan dan')
  })

  it('returns an empty string when there is nothing to fold', () => {
    expect(foldAll([])).toBe('')
    expect(foldAll([null, undefined, '', ' \t '])).toBe('')
  })

  it('collapses whitespace inside and between values', () => {
    expect(foldAll(['  Kế   hoạch ', '\n443/KH-SLĐTBXH  '])).toBe('ke hoach 443/kh-sldtbxh')
  })

  it('folds decomposed values too', () => {
    expect(foldAll([nfd('THI ĐUA'), nfd('Khen thưởng')])).toBe('thi dua khen thuong')
  })
})

describe('searchTerms', () => {
  it('folds and splits what a reader typed', () => expect(searchTerms('  Thi ĐUA  khen thưởng ')).toEqual(['thi', 'dua', 'khen', 'thuong']))
  it.each(['%%', '_', '\\', '%_\\%'])('leaves no LIKE wildcard in %j', (query) => expect(searchTerms(query)).toEqual([]))
  it('keeps the words around a wildcard', () => expect(searchTerms('thi%dua_2024')).toEqual(['thi', 'dua', '2024']))
  it('keeps at most eight words', () => expect(searchTerms('a b c d e f g h i j')).toHaveLength(8))
})
