import { describe, expect, it } from 'vitest'

import { addWorkingDays, dayOffReason, formatDateTime, isWorkingDay, publicHolidays, workingDaysLeft, type CalendarChange } from '@portal/shared'

/** An instant given as Vietnamese wall-clock time. */
const vn = (local: string) => new Date(`${local}+07:00`)

describe('working calendar: the law alone', () => {
  it('knows weekends and ordinary weekdays', () => {
    expect(isWorkingDay('2026-03-06')).toBe(true) // Friday
    expect(isWorkingDay('2026-03-07')).toBe(false) // Saturday
    expect(dayOffReason('2026-03-08')).toBe('weekend')
  })

  it('computes Tết from the lunar calendar: the last day of the year and the first four of the new one', () => {
    // Tết Bính Ngọ: mùng 1 = 17/02/2026, so 16/02 to 20/02 are off.
    for (const day of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']) expect(dayOffReason(day)).toBe('holiday')
    expect(isWorkingDay('2026-02-13')).toBe(true)
    expect(isWorkingDay('2026-02-23')).toBe(true)
    // Tết Ất Tỵ: mùng 1 = 29/01/2025; 01/02/2025 is a Saturday, so the Monday after is given back.
    expect([...publicHolidays(2025)].filter(([, name]) => name === 'Tết Nguyên đán').map(([day]) => day)).toEqual(['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01'])
    expect(dayOffReason('2025-02-03')).toBe('compensation')
  })

  it('computes Giỗ Tổ Hùng Vương (10/3 âm lịch) and gives back a holiday that falls on a weekend', () => {
    expect(dayOffReason('2025-04-07')).toBe('holiday') // Monday 07/04/2025 = 10/3 Ất Tỵ
    expect(dayOffReason('2026-04-26')).toBe('holiday') // Sunday 26/04/2026 = 10/3 Bính Ngọ
    expect(dayOffReason('2026-04-27')).toBe('compensation')
    // 30/4 and 1/5/2022 were a Saturday and a Sunday: Monday and Tuesday off.
    expect(dayOffReason('2022-05-02')).toBe('compensation')
    expect(dayOffReason('2022-05-03')).toBe('compensation')
    expect(isWorkingDay('2022-05-04')).toBe(true)
  })

  it('gives Quốc khánh two days: 2/9 and the day before, or the day after when the day before is a Sunday', () => {
    expect(isWorkingDay('2025-09-01')).toBe(false)
    expect(isWorkingDay('2025-09-02')).toBe(false)
    expect(isWorkingDay('2025-09-03')).toBe(true)
    expect(isWorkingDay('2024-09-03')).toBe(false) // 2/9/2024 was a Monday
  })
})

describe('working calendar: the government’s changes', () => {
  // 2025: 27/01 off in exchange for Saturday 15/02 worked.
  const changes: CalendarChange[] = [
    { date: '2025-01-27', kind: 'dayOff' },
    { date: '2025-02-15', kind: 'workingDay' },
  ]
  it('applies extra days off and Saturdays worked', () => {
    expect(isWorkingDay('2025-01-27')).toBe(true)
    expect(isWorkingDay('2025-01-27', changes)).toBe(false)
    expect(isWorkingDay('2025-02-15')).toBe(false)
    expect(isWorkingDay('2025-02-15', changes)).toBe(true)
  })
})

describe('addWorkingDays and workingDaysLeft', () => {
  it('a 10-working-day window opening before Tết closes after it (the opening day is not counted)', () => {
    const closes = addWorkingDays(vn('2026-02-12T09:00:00'), 10)
    // 13/02 is day 1; 14–22/02 are Tết and weekends; days 2–10 run from 23/02 to 05/03.
    expect(formatDateTime(closes)).toBe('05/03/2026 23:59')
  })

  it('a window across Giỗ Tổ, 30/4 and 1/5 skips all of them and the compensating Monday', () => {
    const closes = addWorkingDays(vn('2026-04-23T14:30:00'), 10)
    expect(formatDateTime(closes)).toBe('12/05/2026 23:59')
  })

  it('counts a Saturday worked and skips an extra day off', () => {
    const plain = addWorkingDays(vn('2025-01-20T08:00:00'), 5)
    const changed = addWorkingDays(vn('2025-01-20T08:00:00'), 5, [{ date: '2025-01-21', kind: 'dayOff' }])
    expect(formatDateTime(plain)).toBe('27/01/2025 23:59')
    // 21/01 off: 22, 23, 24, 27/01, then Tết (28/01–01/02) and 03/02 given back for Saturday 01/02: day 5 is 04/02.
    expect(formatDateTime(changed)).toBe('04/02/2025 23:59')
  })

  it('counts the working days left, today included, and 0 once closed', () => {
    const closes = addWorkingDays(vn('2026-02-12T09:00:00'), 10)
    expect(workingDaysLeft(vn('2026-02-12T10:00:00'), closes)).toBe(11)
    expect(workingDaysLeft(vn('2026-02-16T10:00:00'), closes)).toBe(9) // during Tết: 23/02–05/03
    expect(workingDaysLeft(vn('2026-02-23T10:00:00'), closes)).toBe(9)
    expect(workingDaysLeft(vn('2026-03-05T23:58:00'), closes)).toBe(1)
    expect(workingDaysLeft(vn('2026-03-06T00:00:00'), closes)).toBe(0)
  })

  it('refuses a period that is not a whole number of days', () => {
    expect(() => addWorkingDays(new Date(), 0)).toThrow(RangeError)
    expect(() => addWorkingDays(new Date(), 2.5)).toThrow(RangeError)
  })
})
