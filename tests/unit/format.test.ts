import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { TIME_ZONE, formatDate, formatDateTime, formatFileSize, formatNumber, isoDayInVietnam } from '../../shared/src/format'

describe('formatNumber', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1.000'],
    [676536, '676.536'],
    [4146338, '4.146.338'],
    [1234567890, '1.234.567.890'],
    [4.5, '4,5'],
    [1234.5, '1.234,5'],
    [3.14159, '3,14'],
    [-2500, '-2.500'],
  ])('%d → %s', (value, expected) => {
    expect(formatNumber(value)).toBe(expected)
  })
})

describe('dates in Vietnam time, whatever the server time zone', () => {
  const originalTz = process.env.TZ
  const serverZones = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Ho_Chi_Minh', 'Europe/Berlin']

  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ
    else process.env.TZ = originalTz
  })

  it('uses the Asia/Ho_Chi_Minh zone', () => {
    expect(TIME_ZONE).toBe('Asia/Ho_Chi_Minh')
  })

  describe.each(serverZones)('server TZ=%s', (zone) => {
    beforeEach(() => {
      process.env.TZ = zone
    })

    it('the server zone is really in effect', () => {
      // Sanity check that the environment switch works, so the cases below test something.
      const offset = new Date('2024-01-18T12:00:00Z').getTimezoneOffset()
      const expected: Record<string, number> = {
        UTC: 0,
        'America/Los_Angeles': 480,
        'Pacific/Kiritimati': -840,
        'Asia/Ho_Chi_Minh': -420,
        'Europe/Berlin': -60,
      }
      expect(offset).toBe(expected[zone])
    })

    it.each([
      ['2024-01-18T17:30:00Z', '19/01/2024', '19/01/2024 00:30', '2024-01-19'],
      ['2024-01-18T16:59:00Z', '18/01/2024', '18/01/2024 23:59', '2024-01-18'],
      ['2024-01-18T17:00:00Z', '19/01/2024', '19/01/2024 00:00', '2024-01-19'],
      ['2023-12-31T17:00:00Z', '01/01/2024', '01/01/2024 00:00', '2024-01-01'],
      ['2023-12-31T16:59:59Z', '31/12/2023', '31/12/2023 23:59', '2023-12-31'],
      ['2024-02-28T18:00:00Z', '29/02/2024', '29/02/2024 01:00', '2024-02-29'],
      ['2022-08-05T03:07:00Z', '05/08/2022', '05/08/2022 10:07', '2022-08-05'],
      ['2024-01-18T12:00:00+07:00', '18/01/2024', '18/01/2024 12:00', '2024-01-18'],
    ])('%s → %s', (iso, day, dateTime, isoDay) => {
      expect(formatDate(iso)).toBe(day)
      expect(formatDate(new Date(iso))).toBe(day)
      expect(formatDateTime(iso)).toBe(dateTime)
      expect(formatDateTime(new Date(iso))).toBe(dateTime)
      expect(isoDayInVietnam(iso)).toBe(isoDay)
      expect(isoDayInVietnam(new Date(iso))).toBe(isoDay)
    })
  })

  it('a date-only string means UTC midnight, which is 07:00 the same day in Vietnam', () => {
    expect(formatDate('2024-03-05')).toBe('05/03/2024')
    expect(formatDateTime('2024-03-05')).toBe('05/03/2024 07:00')
  })

  it('isoDayInVietnam has the yyyy-mm-dd shape', () => {
    expect(isoDayInVietnam('2024-07-04T00:00:00Z')).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })
})

describe('dates in Vietnam time agree with the tz database', () => {
  const intl = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
  const expected = (date: Date) => {
    const p = Object.fromEntries(intl.formatToParts(date).map((x) => [x.type, x.value]))
    return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`
  }

  it('for 5,000 instants from 1900 to 2100, across the 1975 change to UTC+7', () => {
    let seed = 7
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647)
    const from = Date.UTC(1900, 0, 1)
    const to = Date.UTC(2100, 0, 1)
    const instants = Array.from({ length: 5000 }, () => new Date(from + Math.floor(random() * (to - from))))
    for (let minute = -120; minute <= 120; minute += 15) instants.push(new Date(Date.UTC(1975, 5, 12, 16) + minute * 60_000))
    for (const date of instants) expect(formatDateTime(date), date.toISOString()).toBe(expected(date))
  })
})

describe('formatFileSize', () => {
  it.each([
    [0, '0 B'],
    [1, '1 B'],
    [1023, '1023 B'],
    [1024, '1 KB'],
    [1536, '1,5 KB'],
    [10 * 1024 + 100, '10,1 KB'],
    [1000 * 1024, '1.000 KB'],
    [1024 * 1024, '1 MB'],
    [Math.round(2.25 * 1024 * 1024), '2,3 MB'],
    [1024 ** 3, '1 GB'],
    [5.5 * 1024 ** 3, '5,5 GB'],
    [2048 * 1024 ** 3, '2.048 GB'],
  ])('%d bytes → %s', (bytes, expected) => {
    expect(formatFileSize(bytes)).toBe(expected)
  })
})

describe('formatFileSize at unit boundaries', () => {
  it('rounds before choosing the unit', () => {
    expect(formatFileSize(1048575)).toBe('1 MB')
    expect(formatFileSize(1024 * 1024 * 1.5)).toBe('1,5 MB')
  })
})
