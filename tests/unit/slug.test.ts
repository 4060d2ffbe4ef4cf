import { describe, expect, it } from 'vitest'
import { isSlug, slugify } from '../../shared/src/slug'

describe('slugify', () => {
  it.each([
    ['Kế hoạch Thi đua năm 2022', 'ke-hoach-thi-dua-nam-2022'],
    ['KẾ HOẠCH THI ĐUA NĂM 2022', 'ke-hoach-thi-dua-nam-2022'],
    ['Ủy ban nhân dân', 'uy-ban-nhan-dan'],
    ['Đại hội Thi đua yêu nước', 'dai-hoi-thi-dua-yeu-nuoc'],
    ['Huân chương Lao động hạng Nhất', 'huan-chuong-lao-dong-hang-nhat'],
    ['Quyết định số 733/QĐ-TTg', 'quyet-dinh-so-733-qd-ttg'],
    ['Thi đua, khen thưởng: tổng kết!', 'thi-dua-khen-thuong-tong-ket'],
    ['Sở Lao động – Thương binh và Xã hội', 'so-lao-dong-thuong-binh-va-xa-hoi'],
    ['Phong trào “Cả nước thi đua xây dựng nông thôn mới”', 'phong-trao-ca-nuoc-thi-dua-xay-dung-nong-thon-moi'],
    ['"Vì người nghèo" – năm 2023', 'vi-nguoi-ngheo-nam-2023'],
    ['‘Ngày vì người nghèo’', 'ngay-vi-nguoi-ngheo'],
    ['  ...Thi   đua!!!  ', 'thi-dua'],
    ['(Dự thảo) Kế hoạch', 'du-thao-ke-hoach'],
    ['a___b///c', 'a-b-c'],
    ['2022', '2022'],
  ])('%j → %j', (input, expected) => {
    expect(slugify(input)).toBe(expected)
  })

  it('gives the same slug for composed and decomposed input', () => {
    const title = 'Kế hoạch tổ chức Hội nghị điển hình tiên tiến'
    expect(title.normalize('NFD')).not.toBe(title)
    expect(slugify(title.normalize('NFD'))).toBe(slugify(title.normalize('NFC')))
    expect(slugify(title.normalize('NFD'))).toBe('ke-hoach-to-chuc-hoi-nghi-dien-hinh-tien-tien')
  })

  it.each(['', '   ', '!!!', '“”', '–—…'])('returns an empty slug for %j', (input) => {
    expect(slugify(input)).toBe('')
  })

  it('produces valid, idempotent slugs', () => {
    const titles = [
      'Kế hoạch Thi đua năm 2022',
      'Phong trào “Cả nước thi đua”',
      'Quyết định 99/2023/NQ-HĐND',
      '--Ủy ban--nhân dân--',
    ]
    for (const title of titles) {
      const slug = slugify(title)
      expect(isSlug(slug), slug).toBe(true)
      expect(slugify(slug)).toBe(slug)
    }
  })

  describe('long titles', () => {
    const longTitle =
      'Kế hoạch tổ chức phong trào thi đua “Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau” giai đoạn 2021 – 2025 của Sở Lao động – Thương binh và Xã hội'
    const full = 'ke-hoach-to-chuc-phong-trao-thi-dua-ca-nuoc-chung-tay-vi-nguoi-ngheo-khong-de-ai-bi-bo-lai-phia-sau-giai-doan-2021-2025-cua-so-lao-dong-thuong-binh-va-xa-hoi'

    it('the sample title really is longer than the limit', () => {
      expect(full.length).toBeGreaterThan(96)
    })

    it('cut at a word boundary, at most 96 characters', () => {
      const slug = slugify(longTitle)
      expect(slug.length).toBeLessThanOrEqual(96)
      expect(slug.length).toBeGreaterThan(48)
      expect(isSlug(slug)).toBe(true)
      // A prefix of the full slug that ends right before a hyphen: no word is cut in half.
      expect(full.startsWith(`${slug}-`)).toBe(true)
      expect(slug).toBe('ke-hoach-to-chuc-phong-trao-thi-dua-ca-nuoc-chung-tay-vi-nguoi-ngheo-khong-de-ai-bi-bo-lai-phia')
    })

    it('keeps the longest whole-word prefix', () => {
      const slug = slugify(longTitle)
      const nextWordEnd = full.indexOf('-', slug.length + 1)
      // Adding the next word would exceed the limit.
      expect(nextWordEnd).toBeGreaterThan(96)
    })

    it('keeps a slug of exactly 96 characters unchanged', () => {
      const words = Array.from({ length: 24 }, () => 'abc').join('-') // 24*3 + 23 = 95
      const input = `${words}d` // 96 characters
      expect(input.length).toBe(96)
      expect(slugify(input)).toBe(input)
    })

    it('drops the partial last word at 97 characters', () => {
      const input = `${Array.from({ length: 24 }, () => 'abc').join('-')}de` // 97 characters
      expect(input.length).toBe(97)
      const slug = slugify(input)
      // The last word is "abcde"; it does not fit, so the slug keeps the first 23 words.
      expect(slug).toBe(Array.from({ length: 23 }, () => 'abc').join('-'))
      expect(slug.length).toBe(91)
    })

    it('a hyphen right at the limit is not left dangling', () => {
      // Character 96 (index 95) is a hyphen, so the cut must not end with it.
      const input = `${'a'.repeat(95)}-bbb`
      const slug = slugify(input)
      expect(slug).toBe('a'.repeat(95))
      expect(slug.endsWith('-')).toBe(false)
    })

    it('hard-cuts a single very long word at 96 characters', () => {
      expect(slugify('x'.repeat(200))).toBe('x'.repeat(96))
    })

    it('hard-cuts when the only word boundary is in the first half', () => {
      const input = `ab-${'c'.repeat(200)}`
      const slug = slugify(input)
      expect(slug).toBe(`ab-${'c'.repeat(93)}`)
      expect(slug.length).toBe(96)
    })
  })
})

describe('isSlug', () => {
  it.each(['ke-hoach-thi-dua-nam-2022', 'a', '2022', 'a1-b2-c3', 'qd-ttg'])('accepts %j', (value) => {
    expect(isSlug(value)).toBe(true)
  })

  it.each([
    '',
    '-ke-hoach',
    'ke-hoach-',
    'ke--hoach',
    'Ke-hoach',
    'kế-hoạch',
    'thi-đua',
    'ke_hoach',
    'ke hoach',
    'ke/hoach',
    'ke.hoach',
    '-',
  ])('rejects %j', (value) => {
    expect(isSlug(value)).toBe(false)
  })
})
