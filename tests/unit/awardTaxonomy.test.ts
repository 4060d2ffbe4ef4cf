import { describe, expect, it } from 'vitest'
import {
  AWARD_KIND_LABELS,
  AWARD_LEVEL_LABELS,
  AWARD_TYPES,
  COMMENDATION_TYPES,
  RECIPIENT_KIND_LABELS,
  type AwardTypeSeed,
} from '../../shared/src/awardTaxonomy'
import { foldVietnamese } from '../../shared/src/fold'
import { slugify } from '../../shared/src/slug'

const byName = new Map(AWARD_TYPES.map((t) => [t.name, t]))
const get = (name: string): AwardTypeSeed => {
  const award = byName.get(name)
  expect(award, name).toBeDefined()
  return award!
}

describe('AWARD_TYPES', () => {
  it('is a substantial list', () => {
    expect(AWARD_TYPES.length).toBeGreaterThanOrEqual(30)
  })

  it('names are unique, also once folded and slugified', () => {
    const names = AWARD_TYPES.map((t) => t.name)
    expect(new Set(names).size).toBe(names.length)
    expect(new Set(names.map(foldVietnamese)).size).toBe(names.length)
    expect(new Set(names.map(slugify)).size).toBe(names.length)
  })

  it('names are trimmed, non-empty and NFC', () => {
    for (const { name } of AWARD_TYPES) {
      expect(name.trim(), name).toBe(name)
      expect(name.length, name).toBeGreaterThan(0)
      expect(name.normalize('NFC'), name).toBe(name)
      expect(name, name).not.toMatch(/\s{2,}/)
    }
  })

  it.each([
    ['Chiến sĩ thi đua toàn quốc', 'emulation-title', 'state', ['individual']],
    ['Chiến sĩ thi đua cơ sở', 'emulation-title', 'grassroots', ['individual']],
    ['Lao động tiên tiến', 'emulation-title', 'grassroots', ['individual']],
    ['Cờ thi đua của Chính phủ', 'emulation-title', 'state', ['collective']],
    ['Tập thể lao động xuất sắc', 'emulation-title', 'grassroots', ['collective']],
    ['Gia đình văn hóa', 'emulation-title', 'grassroots', ['household']],
    ['Huân chương Sao vàng', 'commendation-form', 'state', ['individual', 'collective']],
    ['Huân chương Hồ Chí Minh', 'commendation-form', 'state', ['individual', 'collective']],
    ['Anh hùng Lao động', 'commendation-form', 'state', ['individual', 'collective']],
    ['Anh hùng Lực lượng vũ trang nhân dân', 'commendation-form', 'state', ['individual', 'collective']],
    ['Bà mẹ Việt Nam anh hùng', 'commendation-form', 'state', ['individual']],
    ['Bằng khen của Thủ tướng Chính phủ', 'commendation-form', 'state', ['individual', 'collective', 'household']],
    ['Giấy khen của Giám đốc Sở', 'commendation-form', 'grassroots', ['individual', 'collective', 'household']],
  ])('includes %s (%s, %s)', (name, kind, level, recipients) => {
    const award = get(name)
    expect(award.kind).toBe(kind)
    expect(award.level).toBe(level)
    expect([...award.recipientKinds].sort()).toEqual([...recipients].sort())
  })

  it.each(['Nhất', 'Nhì', 'Ba'] as const)('includes Huân chương Lao động hạng %s as a graded order', (grade) => {
    const award = get(`Huân chương Lao động hạng ${grade}`)
    expect(award).toMatchObject({ kind: 'commendation-form', family: 'Huân chương', grade, level: 'state' })
  })

  it('Gia đình văn hóa is for households', () => {
    expect(get('Gia đình văn hóa').recipientKinds).toContain('household')
  })

  it('has at least one Giấy khen and one Bằng khen', () => {
    expect(AWARD_TYPES.some((t) => t.family === 'Giấy khen' && t.name.startsWith('Giấy khen'))).toBe(true)
    expect(AWARD_TYPES.some((t) => t.family === 'Bằng khen' && t.name.startsWith('Bằng khen'))).toBe(true)
  })

  it('every entry has a known kind and level and a non-empty family', () => {
    for (const award of AWARD_TYPES) {
      expect(Object.keys(AWARD_KIND_LABELS), award.name).toContain(award.kind)
      expect(Object.keys(AWARD_LEVEL_LABELS), award.name).toContain(award.level)
      expect(award.family.trim().length, award.name).toBeGreaterThan(0)
    }
  })

  it('every entry has at least one recipient kind, all known and none repeated', () => {
    for (const award of AWARD_TYPES) {
      expect(award.recipientKinds.length, award.name).toBeGreaterThan(0)
      expect(new Set(award.recipientKinds).size, award.name).toBe(award.recipientKinds.length)
      for (const kind of award.recipientKinds) expect(Object.keys(RECIPIENT_KIND_LABELS), award.name).toContain(kind)
    }
  })

  it('uses every kind and every level', () => {
    expect(new Set(AWARD_TYPES.map((t) => t.kind))).toEqual(new Set(Object.keys(AWARD_KIND_LABELS)))
    expect(new Set(AWARD_TYPES.map((t) => t.level))).toEqual(new Set(Object.keys(AWARD_LEVEL_LABELS)))
    expect(new Set(AWARD_TYPES.flatMap((t) => t.recipientKinds))).toEqual(new Set(Object.keys(RECIPIENT_KIND_LABELS)))
  })

  describe('graded orders', () => {
    const graded = AWARD_TYPES.filter((t) => t.grade !== undefined)

    it('there are graded orders', () => {
      expect(graded.length).toBeGreaterThanOrEqual(15)
    })

    it('carry a grade in their name and belong to the Huân chương family', () => {
      for (const award of graded) {
        expect(award.name, award.name).toMatch(/^Huân chương .+ hạng (Nhất|Nhì|Ba)$/)
        expect(award.name.endsWith(`hạng ${award.grade}`), award.name).toBe(true)
        expect(award.family, award.name).toBe('Huân chương')
        expect(award.kind, award.name).toBe('commendation-form')
      }
    })

    it('every name with "hạng" has a grade', () => {
      for (const award of AWARD_TYPES.filter((t) => / hạng /.test(t.name))) {
        expect(award.grade, award.name).toBeDefined()
      }
    })

    it('come in complete Nhất/Nhì/Ba sets ranked in that order', () => {
      const orders = new Map<string, AwardTypeSeed[]>()
      for (const award of graded) {
        const order = award.name.replace(/ hạng (Nhất|Nhì|Ba)$/, '')
        orders.set(order, [...(orders.get(order) ?? []), award])
      }
      expect([...orders.keys()]).toEqual(
        expect.arrayContaining(['Huân chương Độc lập', 'Huân chương Lao động', 'Huân chương Quân công']),
      )
      for (const [order, grades] of orders) {
        const sorted = [...grades].sort((a, b) => a.rank - b.rank)
        expect(sorted.map((g) => g.grade), order).toEqual(['Nhất', 'Nhì', 'Ba'])
        expect(new Set(grades.map((g) => g.level)).size, order).toBe(1)
      }
    })
  })

  it('orders without grades in the Huân chương family are not graded', () => {
    expect(get('Huân chương Sao vàng').grade).toBeUndefined()
    expect(get('Huân chương Hồ Chí Minh').grade).toBeUndefined()
  })

  it('ranks are unique integers and the list is in rank order (highest honour first)', () => {
    const ranks = AWARD_TYPES.map((t) => t.rank)
    for (const rank of ranks) expect(Number.isInteger(rank)).toBe(true)
    expect(new Set(ranks).size).toBe(ranks.length)
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
  })

  it('within a family a higher level ranks before a lower one', () => {
    const levelOrder = { state: 0, 'ministry-province': 1, grassroots: 2 } as const
    for (const family of ['Chiến sĩ thi đua', 'Cờ thi đua', 'Bằng khen']) {
      const members = AWARD_TYPES.filter((t) => t.family === family).sort((a, b) => a.rank - b.rank)
      expect(members.length, family).toBeGreaterThan(1)
      const levels = members.map((m) => levelOrder[m.level])
      expect(levels, family).toEqual([...levels].sort((a, b) => a - b))
    }
  })

  it('emulation titles are listed before commendation forms', () => {
    const lastTitle = Math.max(...AWARD_TYPES.filter((t) => t.kind === 'emulation-title').map((t) => t.rank))
    const firstForm = Math.min(...AWARD_TYPES.filter((t) => t.kind === 'commendation-form').map((t) => t.rank))
    expect(lastTitle).toBeLessThan(firstForm)
  })
})

describe('labels', () => {
  it('are Vietnamese and distinct', () => {
    for (const labels of [AWARD_KIND_LABELS, AWARD_LEVEL_LABELS, RECIPIENT_KIND_LABELS]) {
      const values = Object.values(labels)
      expect(new Set(values).size).toBe(values.length)
      for (const value of values) expect(value.length).toBeGreaterThan(0)
    }
    expect(AWARD_KIND_LABELS['emulation-title']).toBe('Danh hiệu thi đua')
    expect(AWARD_KIND_LABELS['commendation-form']).toBe('Hình thức khen thưởng')
    expect(RECIPIENT_KIND_LABELS.household).toBe('Hộ gia đình')
    expect(AWARD_LEVEL_LABELS.state).toBe('Cấp Nhà nước')
  })
})

describe('COMMENDATION_TYPES', () => {
  it('lists the six types of Article 8, distinct', () => {
    const values = Object.values(COMMENDATION_TYPES)
    expect(values).toHaveLength(6)
    expect(new Set(values).size).toBe(6)
    expect(COMMENDATION_TYPES.adHoc).toBe('Khen thưởng đột xuất')
    expect(COMMENDATION_TYPES.seniority).toBe('Khen thưởng theo niên hạn')
  })
})
