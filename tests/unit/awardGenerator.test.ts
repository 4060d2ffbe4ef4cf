import { describe, expect, it } from 'vitest'

import { ftsMatch, rollTokens } from '../../cms/src/awards/rollSearch'
import { random, weighted } from '../bench/awardGenerator'
import { FAMILY, GIVEN_FEMALE, GIVEN_MALE } from '../bench/awardNames'

const TONED_VOWELS = 'a à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ e è é ẻ ẽ ẹ ê ề ế ể ễ ệ i ì í ỉ ĩ ị o ò ó ỏ õ ọ ô ồ ố ổ ỗ ộ ơ ờ ớ ở ỡ ợ u ù ú ủ ũ ụ ư ừ ứ ử ữ ự y ỳ ý ỷ ỹ ỵ'.split(' ')

describe('synthetic names', () => {
  it('given names hold every Vietnamese vowel with every tone, and đ', () => {
    const letters = new Set([...GIVEN_MALE, ...GIVEN_FEMALE].flatMap(([name]) => [...name.normalize('NFC').toLowerCase()]))
    expect(TONED_VOWELS.filter((v) => !letters.has(v))).toEqual([])
    expect(letters.has('đ')).toBe(true)
  })

  it('are drawn by weight, the same for the same seed', () => {
    const draw = (seed: number) => {
      const pick = weighted(FAMILY, random(seed))
      return Array.from({ length: 20_000 }, pick)
    }
    const names = draw(7)
    expect(draw(7)).toEqual(names)
    expect(draw(8)).not.toEqual(names)
    const share = names.filter((n) => n === 'Nguyễn').length / names.length
    // Nguyễn's weight is 380 of 1,000 or so: about 38 %, and far above Trần.
    expect(share).toBeGreaterThan(0.33)
    expect(share).toBeLessThan(0.43)
    expect(names.filter((n) => n === 'Trần').length).toBeLessThan(names.length * 0.15)
  })
})

describe('roll search input', () => {
  it('folds words into index tokens; FTS5 syntax stays text', () => {
    expect(rollTokens('  Lê THỊ   Hoa ')).toEqual(['le', 'thi', 'hoa'])
    expect(rollTokens('Đặng-Văn "Đức"*')).toEqual(['dang', 'van', 'duc'])
    expect(rollTokens('NEAR(le hoa)')).toEqual(['near', 'le', 'hoa'])
    expect(rollTokens('')).toBeNull()
    expect(rollTokens('%_')).toBeNull()
    expect(rollTokens('"*')).toEqual([])
    expect(ftsMatch(['le', 'hoa'])).toBe('"le"* AND "hoa"*')
  })
})
