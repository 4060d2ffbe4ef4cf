import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  canChiOfDay,
  canChiOfMonth,
  canChiOfYear,
  dateFromJd,
  jdFromDate,
  leapMonthOf,
  lunarMonthLength,
  lunarToSolar,
  monthView,
  newMoonJde,
  solarTermOf,
  solarToLunar,
  sunLongitude,
  type LunarDate,
  type SolarDate,
} from '../../shared/src/lunar'
import * as shared from '../../shared/src/index'

const solar = (day: number, month: number, year: number): SolarDate => ({ year, month, day })
const lunar = (day: number, month: number, year: number, leap = false): LunarDate => ({ year, month, day, leap })
const show = (d: SolarDate) => `${d.day}/${d.month}/${d.year}`

describe('astronomy: Meeus worked examples', () => {
  it('new moon of February 1977 (Meeus ex. 49.a: k = −283, JDE 2443192.65118)', () => {
    expect(Math.abs(newMoonJde(-283) - 2443192.65118)).toBeLessThan(2 / 86400)
  })

  it('sun apparent longitude on 1992 Oct 13.0 TD is 199°54′21.8″ (Meeus ex. 25.b, full VSOP87) within 2″', () => {
    expect(Math.abs(sunLongitude(2448908.5) - 199.90606)).toBeLessThan(2 / 3600)
  })

  it('ΔT counts: the new moon of 20/6/1944 at 16:59:35 UT (23:59:35 Vietnam time) opens month 5 that day', () => {
    // Dynamical Time runs ~26 s ahead of UT in 1944: without the correction the month would
    // start on 21/6, as a table computed with a shortened formula has it.
    expect(solarToLunar(solar(20, 6, 1944))).toEqual(lunar(1, 5, 1944))
    expect(solarToLunar(solar(19, 6, 1944))).toEqual(lunar(29, 4, 1944, true))
  })

  it('Julian Day Numbers: 1/1/2000 is 2451545, and the conversion inverts', () => {
    expect(jdFromDate(2000, 1, 1)).toBe(2451545)
    expect(jdFromDate(1900, 1, 1)).toBe(2415021)
    expect(dateFromJd(2451545)).toEqual(solar(1, 1, 2000))
    expect(dateFromJd(jdFromDate(2100, 3, 1) - 1)).toEqual(solar(28, 2, 2100))
  })
})

describe('Tết (1/1 âm lịch)', () => {
  // Well-known Vietnamese dates. Where they differ from China (UTC+8) the reason is the
  // new moon falling between 23:00 and 24:00 Vietnam time, or a term shifted by that hour.
  it.each<[number, SolarDate]>([
    [1900, solar(31, 1, 1900)],
    [1968, solar(29, 1, 1968)], // Mậu Thân: the North's new UTC+7 calendar; the South (UTC+8) kept 30/1
    [1975, solar(11, 2, 1975)],
    [1976, solar(31, 1, 1976)],
    [1979, solar(28, 1, 1979)],
    [1985, solar(21, 1, 1985)], // China: 20/2/1985
    [2000, solar(5, 2, 2000)],
    [2001, solar(24, 1, 2001)],
    [2004, solar(22, 1, 2004)],
    [2007, solar(17, 2, 2007)], // China: 18/2/2007
    [2008, solar(7, 2, 2008)],
    [2010, solar(14, 2, 2010)],
    [2012, solar(23, 1, 2012)],
    [2015, solar(19, 2, 2015)],
    [2016, solar(8, 2, 2016)],
    [2017, solar(28, 1, 2017)],
    [2018, solar(16, 2, 2018)],
    [2019, solar(5, 2, 2019)],
    [2020, solar(25, 1, 2020)],
    [2021, solar(12, 2, 2021)],
    [2022, solar(1, 2, 2022)],
    [2023, solar(22, 1, 2023)],
    [2024, solar(10, 2, 2024)],
    [2025, solar(29, 1, 2025)],
    [2026, solar(17, 2, 2026)],
    [2030, solar(2, 2, 2030)], // China: 3/2/2030 (new moon 2/2 at 23:07 Vietnam time)
  ])('Tết %i is %o', (year, date) => {
    expect(lunarToSolar(lunar(1, 1, year))).toEqual(date)
    expect(solarToLunar(date)).toEqual(lunar(1, 1, year))
  })

  it('the day before Tết is the last day of month 12 of the previous lunar year', () => {
    expect(solarToLunar(solar(28, 1, 1968))).toEqual(lunar(29, 12, 1967))
    expect(solarToLunar(solar(9, 2, 2024))).toEqual(lunar(30, 12, 2023))
    expect(solarToLunar(solar(28, 1, 2025))).toEqual(lunar(29, 12, 2024))
  })

  it('1985: Vietnam is a month ahead of China, so 20/2/1985 (Chinese New Year) is already 1/2 âm lịch', () => {
    expect(solarToLunar(solar(20, 2, 1985))).toEqual(lunar(1, 2, 1985))
    expect(leapMonthOf(1984)).toBe(0) // China: leap month 10 in 1984
    expect(leapMonthOf(1985)).toBe(2)
  })

  it('Tết always falls between 21/1 and 20/2 (1900–2199)', () => {
    const outside: string[] = []
    for (let year = 1900; year <= 2199; year++) {
      const tet = lunarToSolar(lunar(1, 1, year))
      const ok = (tet.month === 1 && tet.day >= 21) || (tet.month === 2 && tet.day <= 20)
      if (!ok || tet.year !== year) outside.push(`${year}: ${show(tet)}`)
    }
    expect(outside).toEqual([])
  })
})

describe('leap months', () => {
  it.each([
    [2001, 4],
    [2004, 2],
    [2006, 7],
    [2009, 5],
    [2012, 4],
    [2014, 9],
    [2017, 6],
    [2020, 4],
    [2023, 2],
    [2025, 6],
    [2033, 11],
    [2024, 0],
    [2026, 0],
    [2000, 0],
  ])('leapMonthOf(%i) = %i', (year, month) => {
    expect(leapMonthOf(year)).toBe(month)
  })

  it('1987: Xử thử at 23:09 on 23/8 Vietnam time (00:09 on 24/8 in China) makes month 7 the leap, not 6', () => {
    expect(leapMonthOf(1987)).toBe(7)
    expect(solarToLunar(solar(24, 8, 1987))).toEqual(lunar(1, 7, 1987, true))
  })

  it('leap months begin on their known days', () => {
    expect(lunarToSolar(lunar(1, 2, 2023, true))).toEqual(solar(22, 3, 2023))
    expect(lunarToSolar(lunar(1, 4, 2020, true))).toEqual(solar(23, 5, 2020))
    expect(lunarToSolar(lunar(1, 6, 2025, true))).toEqual(solar(25, 7, 2025))
    expect(solarToLunar(solar(21, 3, 2023))).toEqual(lunar(30, 2, 2023))
    expect(solarToLunar(solar(22, 3, 2023))).toEqual(lunar(1, 2, 2023, true))
  })

  it('lunarMonthLength: 2 nhuận/2023 has 29 days, month 12/2023 has 30', () => {
    expect(lunarMonthLength(2023, 2, true)).toBe(29)
    expect(lunarMonthLength(2023, 12, false)).toBe(30)
    expect(lunarMonthLength(2023, 12)).toBe(30)
  })

  it('every lunar year has 12 months (353–355 days) or 13 months with one leap (383–385 days)', () => {
    const wrong: string[] = []
    for (let year = 1900; year <= 2198; year++) {
      const leap = leapMonthOf(year)
      const days = jdFromDateOf(lunarToSolar(lunar(1, 1, year + 1))) - jdFromDateOf(lunarToSolar(lunar(1, 1, year)))
      let sum = 0
      for (let m = 1; m <= 12; m++) sum += lunarMonthLength(year, m) + (m === leap ? lunarMonthLength(year, m, true) : 0)
      const ok = leap === 0 ? days >= 353 && days <= 355 : days >= 383 && days <= 385
      if (!ok || sum !== days) wrong.push(`${year}: leap ${leap}, ${days} days, months sum ${sum}`)
    }
    expect(wrong).toEqual([])
  })
})

function jdFromDateOf(d: SolarDate): number {
  return jdFromDate(d.year, d.month, d.day)
}

describe('can chi', () => {
  it.each([
    [1984, 'Giáp Tý'],
    [1985, 'Ất Sửu'],
    [1968, 'Mậu Thân'],
    [2023, 'Quý Mão'],
    [2024, 'Giáp Thìn'],
    [2025, 'Ất Tỵ'],
    [2026, 'Bính Ngọ'],
    [2044, 'Giáp Tý'],
  ])('year %i is %s', (year, name) => {
    expect(canChiOfYear(year)).toBe(name)
  })

  it('days: 1/1/2000 is Mậu Ngọ, Tết Giáp Thìn (10/2/2024) was a Giáp Thìn day, Tết 2025 a Mậu Tuất day', () => {
    expect(canChiOfDay(2451545)).toBe('Mậu Ngọ')
    expect(canChiOfDay(solar(1, 1, 2000))).toBe('Mậu Ngọ')
    expect(canChiOfDay(solar(2, 1, 2000))).toBe('Kỷ Mùi')
    expect(canChiOfDay(solar(10, 2, 2024))).toBe('Giáp Thìn')
    expect(canChiOfDay(solar(29, 1, 2025))).toBe('Mậu Tuất')
  })

  it('the day cycle repeats every 60 days and names 60 different days', () => {
    const names = new Set<string>()
    for (let jd = 2451545; jd < 2451545 + 60; jd++) {
      names.add(canChiOfDay(jd))
      expect(canChiOfDay(jd + 60)).toBe(canChiOfDay(jd))
    }
    expect(names.size).toBe(60)
  })

  it('months: Giáp year starts with Bính Dần, Ất year with Mậu Dần; month 11 is Tý', () => {
    expect(canChiOfMonth(1, 2024)).toBe('Bính Dần')
    expect(canChiOfMonth(11, 2024)).toBe('Bính Tý')
    expect(canChiOfMonth(12, 2024)).toBe('Đinh Sửu')
    expect(canChiOfMonth(1, 2025)).toBe('Mậu Dần')
    expect(canChiOfMonth(1, 2023)).toBe('Giáp Dần')
    expect(canChiOfMonth(2, 2023)).toBe('Ất Mão')
  })

  it('uses Mão (cat), never Mẹo', () => {
    expect(canChiOfYear(2011)).toBe('Tân Mão')
    expect(canChiOfYear(2023)).not.toContain('Mẹo')
  })
})

describe('solar terms (tiết khí), in Vietnam time', () => {
  it.each<[SolarDate, string, string]>([
    [solar(21, 12, 2024), 'Đông chí', 'Đại tuyết'], // 16:20 on 21/12 Vietnam time
    [solar(3, 2, 2025), 'Lập xuân', 'Đại hàn'], // 21:10 on 3/2
    [solar(20, 3, 2025), 'Xuân phân', 'Kinh trập'], // 16:01 on 20/3
    [solar(21, 6, 2025), 'Hạ chí', 'Mang chủng'], // 09:42 on 21/6
    [solar(23, 9, 2025), 'Thu phân', 'Bạch lộ'], // 01:19 on 23/9 (still 22/9 in UTC)
  ])('%o begins %s (the day before is %s)', (date, term, before) => {
    expect(solarTermOf(date)).toBe(term)
    const prev = dateFromJd(jdFromDateOf(date) - 1)
    expect(solarTermOf(prev)).toBe(before)
  })

  it('each of the 24 terms begins once a year, in order, and lasts 14–16 days', () => {
    const problems: string[] = []
    for (const year of [1900, 1950, 2000, 2024, 2025, 2100, 2199]) {
      const starts: { term: string; jd: number }[] = []
      // No term begins on 1 January (Tiểu hàn is on the 5th or 6th), so start from the 1st's term.
      let previous = solarTermOf(solar(1, 1, year))
      for (let jd = jdFromDate(year, 1, 2); jd <= jdFromDate(year, 12, 31); jd++) {
        const term = solarTermOf(dateFromJd(jd))
        if (term !== previous) starts.push({ term, jd })
        previous = term
      }
      if (starts.length !== 24) problems.push(`${year}: ${starts.length} terms`)
      for (let i = 1; i < starts.length; i++) {
        const length = starts[i]!.jd - starts[i - 1]!.jd
        if (length < 14 || length > 16) problems.push(`${year} ${starts[i - 1]!.term}: ${length} days`)
      }
      if (starts[0]?.term !== 'Tiểu hàn' || starts[23]?.term !== 'Đông chí') problems.push(`${year}: wrong order`)
    }
    expect(problems).toEqual([])
  })

  it('month 11 contains Đông chí and no leap month contains a major term (1900–2199)', () => {
    const major = new Set(['Xuân phân', 'Cốc vũ', 'Tiểu mãn', 'Hạ chí', 'Đại thử', 'Xử thử', 'Thu phân', 'Sương giáng', 'Tiểu tuyết', 'Đông chí', 'Đại hàn', 'Vũ thủy'])
    const problems: string[] = []
    let previous = solarTermOf(solar(1, 1, 1900))
    for (let jd = jdFromDate(1900, 1, 2); jd <= jdFromDate(2199, 12, 31); jd++) {
      const date = dateFromJd(jd)
      const term = solarTermOf(date)
      if (term !== previous && major.has(term)) {
        const l = solarToLunar(date)
        if (l.leap) problems.push(`${term} in leap month ${l.month}/${l.year} on ${show(date)}`)
        if (term === 'Đông chí' && l.month !== 11) problems.push(`Đông chí ${show(date)} in month ${l.month}`)
      }
      previous = term
    }
    expect(problems).toEqual([])
  })
})

describe('round trips over the whole range', () => {
  it('every solar day 1/1/1900–31/12/2199 maps to a lunar date and back, lunar days running on', () => {
    const problems: string[] = []
    const first = jdFromDate(1900, 1, 1)
    const last = jdFromDate(2199, 12, 31)
    let previous: LunarDate | null = null
    let count = 0
    const started = performance.now()
    for (let jd = first; jd <= last; jd++) {
      const date = dateFromJd(jd)
      const l = solarToLunar(date)
      const back = lunarToSolar(l)
      if (back.year !== date.year || back.month !== date.month || back.day !== date.day) {
        problems.push(`${show(date)} → ${JSON.stringify(l)} → ${show(back)}`)
      }
      if (previous && !followsOn(previous, l)) problems.push(`${JSON.stringify(previous)} then ${JSON.stringify(l)}`)
      if (problems.length > 20) break
      previous = l
      count++
    }
    const elapsed = performance.now() - started
    console.info(`solar → lunar → solar for ${count} days: ${elapsed.toFixed(0)} ms`)
    expect(problems).toEqual([])
    expect(count).toBe(109_573)
    expect(solarToLunar(solar(1, 1, 1900))).toEqual(lunar(1, 12, 1899))
    expect(solarToLunar(solar(31, 12, 2199))).toEqual(lunar(14, 11, 2199))
  })

  it('every lunar date of lunar years 1900–2198 maps to a solar date and back; day length + 1 is refused', () => {
    const problems: string[] = []
    let count = 0
    for (let year = 1900; year <= 2198; year++) {
      const leap = leapMonthOf(year)
      for (let month = 1; month <= 12; month++) {
        for (const isLeap of month === leap ? [false, true] : [false]) {
          const length = lunarMonthLength(year, month, isLeap)
          if (length !== 29 && length !== 30) problems.push(`${month}/${year}: ${length} days`)
          for (let day = 1; day <= length; day++) {
            const d = lunar(day, month, year, isLeap)
            const back = solarToLunar(lunarToSolar(d))
            if (back.day !== day || back.month !== month || back.year !== year || back.leap !== isLeap) {
              problems.push(`${JSON.stringify(d)} → ${JSON.stringify(back)}`)
            }
            count++
          }
          expect(() => lunarToSolar(lunar(length + 1, month, year, isLeap))).toThrow(RangeError)
        }
      }
    }
    expect(problems).toEqual([])
    expect(count).toBeGreaterThan(109_000)
  })
})

/** Whether lunar date `b` is the day after lunar date `a`. */
function followsOn(a: LunarDate, b: LunarDate): boolean {
  if (b.day !== 1) return b.day === a.day + 1 && b.month === a.month && b.year === a.year && b.leap === a.leap
  if (a.day !== 29 && a.day !== 30) return false
  if (!a.leap && leapMonthOf(a.year) === a.month) return b.leap && b.month === a.month && b.year === a.year
  if (a.month === 12) return b.month === 1 && !b.leap && b.year === a.year + 1
  return b.month === a.month + 1 && !b.leap && b.year === a.year
}

describe('RangeError', () => {
  it.each<[string, SolarDate]>([
    ['30/2/2024', solar(30, 2, 2024)],
    ['29/2/2023', solar(29, 2, 2023)],
    ['29/2/1900 (not a leap year)', solar(29, 2, 1900)],
    ['31/4/2024', solar(31, 4, 2024)],
    ['0/1/2024', solar(0, 1, 2024)],
    ['1/13/2024', solar(1, 13, 2024)],
    ['1.5/1/2024', solar(1.5, 1, 2024)],
    ['31/12/1899', solar(31, 12, 1899)],
    ['1/1/2200', solar(1, 1, 2200)],
  ])('solar %s', (_label, date) => {
    expect(() => solarToLunar(date)).toThrow(RangeError)
    expect(() => solarTermOf(date)).toThrow(RangeError)
    expect(() => canChiOfDay(date)).toThrow(RangeError)
  })

  it.each<[string, LunarDate]>([
    ['day 30 of 2 nhuận/2023 (29 days)', lunar(30, 2, 2023, true)],
    ['day 30 of 12/2024 (29 days)', lunar(30, 12, 2024)],
    ['leap: true for month 1/2024 (2024 has no leap month)', lunar(1, 1, 2024, true)],
    ['leap: true for month 3/2023 (the leap month is 2)', lunar(1, 3, 2023, true)],
    ['day 0', lunar(0, 1, 2024)],
    ['day 31', lunar(31, 1, 2024)],
    ['month 13', lunar(1, 13, 2024)],
    ['month 0', lunar(1, 0, 2024)],
    ['lunar 1/1/1899 (solar 1899)', lunar(1, 1, 1899)],
    ['lunar 30/11/1899 (solar 31/12/1899)', lunar(30, 11, 1899)],
    ['lunar 15/11/2199 (solar 1/1/2200)', lunar(15, 11, 2199)],
    ['lunar 1/1/2200', lunar(1, 1, 2200)],
    ['lunar year 1800', lunar(1, 1, 1800)],
  ])('lunar %s', (_label, date) => {
    expect(() => lunarToSolar(date)).toThrow(RangeError)
  })

  it('edge lunar dates just inside the range convert', () => {
    expect(lunarToSolar(lunar(1, 12, 1899))).toEqual(solar(1, 1, 1900))
    expect(lunarToSolar(lunar(14, 11, 2199))).toEqual(solar(31, 12, 2199))
  })

  it('helpers refuse impossible months and years', () => {
    expect(() => lunarMonthLength(2024, 1, true)).toThrow(RangeError)
    expect(() => lunarMonthLength(2024, 13)).toThrow(RangeError)
    expect(() => leapMonthOf(1800)).toThrow(RangeError)
    expect(() => leapMonthOf(2300)).toThrow(RangeError)
    expect(() => canChiOfMonth(13, 2024)).toThrow(RangeError)
    expect(() => canChiOfDay(2451545.5)).toThrow(RangeError)
    expect(() => monthView(2024, 13)).toThrow(RangeError)
    expect(() => monthView(1899, 12)).toThrow(RangeError)
    expect(() => monthView(2200, 1)).toThrow(RangeError)
  })
})

describe('monthView', () => {
  it('February 2024: 29 days, Tết on the 10th after 30 tháng Chạp', () => {
    const view = monthView(2024, 2)
    expect(view).toHaveLength(29)
    expect(view[0]).toEqual({ day: 1, lunarDay: 22, lunarMonth: 12, leap: false, isFirstOfLunarMonth: false })
    expect(view[8]).toEqual({ day: 9, lunarDay: 30, lunarMonth: 12, leap: false, isFirstOfLunarMonth: false })
    expect(view[9]).toEqual({ day: 10, lunarDay: 1, lunarMonth: 1, leap: false, isFirstOfLunarMonth: true })
    expect(view.filter((d) => d.isFirstOfLunarMonth).map((d) => d.day)).toEqual([10])
  })

  it('March 2023 shows the start of the leap month 2 on the 22nd', () => {
    const view = monthView(2023, 3)
    expect(view).toHaveLength(31)
    expect(view[21]).toEqual({ day: 22, lunarDay: 1, lunarMonth: 2, leap: true, isFirstOfLunarMonth: true })
    expect(view[20]).toMatchObject({ lunarDay: 30, lunarMonth: 2, leap: false })
  })

  it('agrees with solarToLunar for every day of a year', () => {
    for (let month = 1; month <= 12; month++) {
      for (const d of monthView(2025, month)) {
        const l = solarToLunar(solar(d.day, month, 2025))
        expect([d.lunarDay, d.lunarMonth, d.leap, d.isFirstOfLunarMonth]).toEqual([l.day, l.month, l.leap, l.day === 1])
      }
    }
  })
})

describe('independent of the server time zone', () => {
  const originalTz = process.env.TZ
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ
    else process.env.TZ = originalTz
    vi.resetModules()
  })

  /** A fresh copy of the module (empty caches) under time zone `tz`, then a sample of answers. */
  async function answersUnder(tz: string) {
    process.env.TZ = tz
    vi.resetModules()
    const m = await import('../../shared/src/lunar')
    const dates = [solar(1, 1, 1900), solar(29, 1, 1968), solar(21, 1, 1985), solar(17, 2, 2007), solar(2, 2, 2030), solar(31, 12, 2199)]
    return {
      localHour: new Date(Date.UTC(2024, 0, 1, 12)).getHours(),
      lunar: dates.map((d) => m.solarToLunar(d)),
      solar: [m.lunarToSolar(lunar(1, 1, 2024)), m.lunarToSolar(lunar(1, 6, 2025, true))],
      terms: [m.solarTermOf(solar(21, 12, 2024)), m.solarTermOf(solar(23, 9, 2025))],
      leap: [m.leapMonthOf(2023), m.leapMonthOf(1987)],
      view: m.monthView(2024, 2),
    }
  }

  it('gives the same answers in UTC, Los Angeles (UTC−8) and Kiritimati (UTC+14)', async () => {
    const utc = await answersUnder('UTC')
    const la = await answersUnder('America/Los_Angeles')
    const kiritimati = await answersUnder('Pacific/Kiritimati')
    // The zone change really took effect in this process...
    expect(new Set([utc.localHour, la.localHour, kiritimati.localHour]).size).toBe(3)
    // ...and the calendar did not notice.
    const { localHour: _u, ...utcAnswers } = utc
    const { localHour: _l, ...laAnswers } = la
    const { localHour: _k, ...kiriAnswers } = kiritimati
    expect(laAnswers).toEqual(utcAnswers)
    expect(kiriAnswers).toEqual(utcAnswers)
    expect(utcAnswers.lunar[1]).toEqual(lunar(1, 1, 1968))
  })
})

describe('shared index', () => {
  it('re-exports the lunar calendar', () => {
    expect(shared.solarToLunar).toBe(solarToLunar)
    expect(shared.lunarToSolar).toBe(lunarToSolar)
    expect(shared.canChiOfYear(2024)).toBe('Giáp Thìn')
    expect(typeof shared.monthView).toBe('function')
    expect(typeof shared.leapMonthOf).toBe('function')
    expect(typeof shared.lunarMonthLength).toBe('function')
    expect(typeof shared.solarTermOf).toBe('function')
    expect(typeof shared.canChiOfDay).toBe('function')
    expect(typeof shared.canChiOfMonth).toBe('function')
  })
})
