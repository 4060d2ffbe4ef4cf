import { describe, expect, it } from 'vitest'

import { DC_ELEMENTS, dcDate, dublinCoreMeta } from '../../site/src/lib/seo/dublinCore'

const values = (meta: Array<{ name: string; content: string }>, element: string) => meta.filter((m) => m.name === `DC.${element}`).map((m) => m.content)

describe('Dublin Core', () => {
  it('a document dated to the day carries that day; one dated to the month only carries the month, not an edit date', () => {
    expect(dcDate({ year: 2022, month: 2, day: 28 })).toBe('2022-02-28')
    expect(dcDate({ year: 2022, month: 8, day: null })).toBe('2022-08')
    expect(dcDate({ year: 2022, month: null, day: null })).toBe('2022')
    const haGiang = dublinCoreMeta({ title: 'Kế hoạch', date: { year: 2022, month: 8, day: null }, publisher: 'Sở' })
    expect(values(haGiang, 'date')).toEqual(['2022-08'])
  })

  it('an instant is dated by the day in Vietnam', () => {
    expect(dcDate('2024-01-19T16:59:59.000Z')).toBe('2024-01-19')
    expect(dcDate('2024-01-19T17:00:00.000Z')).toBe('2024-01-20')
    expect(dcDate('not a date')).toBeNull()
  })

  it('writes all fifteen elements, in the standard order, when the content has them', () => {
    const meta = dublinCoreMeta({
      title: 'Kế hoạch phát động phong trào thi đua',
      creator: 'Sở Lao động - Thương binh và Xã hội tỉnh Hà Giang',
      subject: ['Kế hoạch', 'Thi đua - Khen thưởng'],
      description: 'Phát động thực hiện phong trào thi đua',
      publisher: 'Sở Lao động - Thương binh và Xã hội',
      contributor: ['Sùng Đại Hùng'],
      date: { year: 2022, month: 8, day: null },
      type: ['Text', 'Kế hoạch'],
      format: 'text/html',
      identifier: ['https://example.test/van-ban/ke-hoach'],
      source: 'Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum',
      language: 'vi',
      relation: ['https://example.test/van-ban/672-qd-ldtbxh'],
      coverage: ['Hà Giang'],
      rights: '© Sở Lao động - Thương binh và Xã hội',
    })
    expect([...new Set(meta.map((m) => m.name))]).toEqual(DC_ELEMENTS.map((e) => `DC.${e}`))
    expect(DC_ELEMENTS).toHaveLength(15)
    expect(values(meta, 'subject')).toEqual(['Kế hoạch', 'Thi đua - Khen thưởng'])
  })

  it('leaves out what the content does not have, rather than fill it', () => {
    const meta = dublinCoreMeta({ title: 'Tin', subject: [null, ''], contributor: [undefined], coverage: [], source: '  ', date: null })
    expect(meta).toEqual([{ name: 'DC.title', content: 'Tin' }])
  })
})
