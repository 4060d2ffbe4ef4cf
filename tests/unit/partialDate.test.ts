import { describe, expect, it } from 'vitest'
import {
  formatPartialDate,
  formatPartialDateLong,
  partialDateToSortKey,
  validatePartialDate,
  type PartialDate,
} from '../../shared/src/partialDate'

describe('validatePartialDate', () => {
  it.each<[string, PartialDate]>([
    ['a full date', { year: 2022, month: 2, day: 28 }],
    ['year and month', { year: 2022, month: 8 }],
    ['year and month, day null', { year: 2022, month: 8, day: null }],
    ['year only', { year: 2022 }],
    ['year only, month and day null', { year: 2022, month: null, day: null }],
    ['29/2 of a leap year (2024)', { year: 2024, month: 2, day: 29 }],
    ['29/2/2000 (divisible by 400)', { year: 2000, month: 2, day: 29 }],
    ['31 January', { year: 2023, month: 1, day: 31 }],
    ['30 April', { year: 2023, month: 4, day: 30 }],
    ['31 December', { year: 2023, month: 12, day: 31 }],
    ['1 January', { year: 2023, month: 1, day: 1 }],
    ['the first allowed year', { year: 1900 }],
    ['the last allowed year', { year: 2199, month: 12, day: 31 }],
  ])('valid: %s', (_label, date) => {
    expect(validatePartialDate(date)).toBeNull()
  })

  it.each<[string, PartialDate, string]>([
    ['31/2', { year: 2022, month: 2, day: 31 }, 'Tháng 2/2022 không có ngày 31.'],
    ['30/2 of a leap year', { year: 2024, month: 2, day: 30 }, 'Tháng 2/2024 không có ngày 30.'],
    ['29/2/2023', { year: 2023, month: 2, day: 29 }, 'Tháng 2/2023 không có ngày 29.'],
    ['29/2/1900 (century, not a leap year)', { year: 1900, month: 2, day: 29 }, 'Tháng 2/1900 không có ngày 29.'],
    ['31/4', { year: 2023, month: 4, day: 31 }, 'Tháng 4/2023 không có ngày 31.'],
    ['31/6', { year: 2023, month: 6, day: 31 }, 'Tháng 6/2023 không có ngày 31.'],
    ['31/9', { year: 2023, month: 9, day: 31 }, 'Tháng 9/2023 không có ngày 31.'],
    ['31/11', { year: 2023, month: 11, day: 31 }, 'Tháng 11/2023 không có ngày 31.'],
    ['32/1', { year: 2023, month: 1, day: 32 }, 'Tháng 1/2023 không có ngày 32.'],
    ['day 0', { year: 2023, month: 1, day: 0 }, 'Tháng 1/2023 không có ngày 0.'],
    ['negative day', { year: 2023, month: 1, day: -1 }, 'Tháng 1/2023 không có ngày -1.'],
    ['fractional day', { year: 2023, month: 1, day: 1.5 }, 'Tháng 1/2023 không có ngày 1.5.'],
    ['day without month', { year: 2023, day: 5 }, 'Có ngày thì phải có tháng.'],
    ['day with month null', { year: 2023, month: null, day: 5 }, 'Có ngày thì phải có tháng.'],
    ['month 0', { year: 2023, month: 0 }, 'Tháng phải từ 1 đến 12.'],
    ['month 13', { year: 2023, month: 13 }, 'Tháng phải từ 1 đến 12.'],
    ['fractional month', { year: 2023, month: 2.5 }, 'Tháng phải từ 1 đến 12.'],
    ['month 13 with a day', { year: 2023, month: 13, day: 1 }, 'Tháng phải từ 1 đến 12.'],
    ['year 1899', { year: 1899 }, 'Năm phải từ 1900 đến 2199.'],
    ['year 2200', { year: 2200 }, 'Năm phải từ 1900 đến 2199.'],
    ['year 0', { year: 0 }, 'Năm phải từ 1900 đến 2199.'],
    ['two-digit year', { year: 22, month: 8, day: 1 }, 'Năm phải từ 1900 đến 2199.'],
    ['fractional year', { year: 2022.5 }, 'Năm phải từ 1900 đến 2199.'],
    ['NaN year', { year: Number.NaN }, 'Năm phải từ 1900 đến 2199.'],
  ])('invalid: %s', (_label, date, message) => {
    expect(validatePartialDate(date)).toBe(message)
  })

  it('checks the year before the month and the month before the day', () => {
    expect(validatePartialDate({ year: 1800, month: 13, day: 40 })).toBe('Năm phải từ 1900 đến 2199.')
    expect(validatePartialDate({ year: 2022, month: 13, day: 40 })).toBe('Tháng phải từ 1 đến 12.')
  })

  it('knows the length of every month of 2023 and 2024', () => {
    const lengths2023 = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    const lengths2024 = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    for (const [year, lengths] of [
      [2023, lengths2023],
      [2024, lengths2024],
    ] as const) {
      lengths.forEach((last, i) => {
        const month = i + 1
        expect(validatePartialDate({ year, month, day: last }), `${last}/${month}/${year}`).toBeNull()
        expect(validatePartialDate({ year, month, day: last + 1 }), `${last + 1}/${month}/${year}`).not.toBeNull()
      })
    }
  })
})

describe('formatPartialDate', () => {
  it.each<[PartialDate, string]>([
    [{ year: 2022, month: 2, day: 28 }, '28/02/2022'],
    [{ year: 2022, month: 8, day: 1 }, '01/08/2022'],
    [{ year: 2023, month: 12, day: 31 }, '31/12/2023'],
    [{ year: 2022, month: 8 }, 'tháng 8/2022'],
    [{ year: 2022, month: 8, day: null }, 'tháng 8/2022'],
    [{ year: 2022, month: 12 }, 'tháng 12/2022'],
    [{ year: 2022 }, 'năm 2022'],
    [{ year: 2022, month: null, day: null }, 'năm 2022'],
  ])('%j → %s', (date, expected) => {
    expect(formatPartialDate(date)).toBe(expected)
  })
})

describe('formatPartialDateLong', () => {
  it.each<[PartialDate, string]>([
    [{ year: 2022, month: 2, day: 28 }, 'ngày 28 tháng 02 năm 2022'],
    [{ year: 2022, month: 8, day: 5 }, 'ngày 05 tháng 08 năm 2022'],
    [{ year: 2023, month: 11, day: 15 }, 'ngày 15 tháng 11 năm 2023'],
    [{ year: 2022, month: 8 }, 'ngày tháng 8 năm 2022'],
    [{ year: 2022, month: 8, day: null }, 'ngày tháng 8 năm 2022'],
    [{ year: 2022 }, 'năm 2022'],
    [{ year: 2022, month: null }, 'năm 2022'],
  ])('%j → %s', (date, expected) => {
    expect(formatPartialDateLong(date)).toBe(expected)
  })
})

describe('partialDateToSortKey', () => {
  it.each<[PartialDate, string]>([
    [{ year: 2022, month: 2, day: 28 }, '2022-02-28T00:00:00.000Z'],
    [{ year: 2022, month: 8 }, '2022-08-01T00:00:00.000Z'],
    [{ year: 2022, month: 8, day: null }, '2022-08-01T00:00:00.000Z'],
    [{ year: 2022 }, '2022-01-01T00:00:00.000Z'],
    [{ year: 2022, month: null, day: null }, '2022-01-01T00:00:00.000Z'],
    [{ year: 2023, month: 12, day: 31 }, '2023-12-31T00:00:00.000Z'],
  ])('%j → %s', (date, expected) => {
    expect(partialDateToSortKey(date)).toBe(expected)
  })

  it('is a real ISO instant at UTC midnight of the start of the period', () => {
    const key = partialDateToSortKey({ year: 2024, month: 2, day: 29 })
    expect(new Date(key).toISOString()).toBe(key)
    expect(new Date(key).getTime()).toBe(Date.UTC(2024, 1, 29))
  })

  it('sorts chronologically as a string, partial dates at the start of their period', () => {
    const dates: PartialDate[] = [
      { year: 2023, month: 1, day: 15 },
      { year: 2022 },
      { year: 2022, month: 8, day: 28 },
      { year: 2022, month: 8 },
      { year: 2022, month: 11, day: 2 },
      { year: 2021, month: 12, day: 31 },
    ]
    const sorted = [...dates].sort((a, b) => partialDateToSortKey(a).localeCompare(partialDateToSortKey(b)))
    expect(sorted.map(formatPartialDate)).toEqual([
      '31/12/2021',
      'năm 2022',
      'tháng 8/2022',
      '28/08/2022',
      '02/11/2022',
      '15/01/2023',
    ])
  })
})
