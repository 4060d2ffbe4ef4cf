import { canChiOfDay, canChiOfMonth, canChiOfYear, isoDayInVietnam, jdFromDate, monthView, solarTermOf, solarToLunar, type SolarDate } from '@portal/shared'

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy']

/** Today's date in Vietnam, whatever the server's time zone. */
export function todayInVietnam(now = new Date()): SolarDate {
  const [year, month, day] = isoDayInVietnam(now).split('-').map(Number) as [number, number, number]
  return { year, month, day }
}

/** 0 = Sunday, from the Julian day number (JD + 1.5 mod 7). */
export function weekdayOf(date: SolarDate): number {
  return (jdFromDate(date.year, date.month, date.day) + 1) % 7
}

export function describeDay(date: SolarDate) {
  const lunar = solarToLunar(date)
  return {
    solar: date,
    weekday: WEEKDAYS[weekdayOf(date)]!,
    lunar,
    dayCanChi: canChiOfDay(date),
    monthCanChi: canChiOfMonth(lunar.month, lunar.year),
    yearCanChi: canChiOfYear(lunar.year),
    solarTerm: solarTermOf(date),
  }
}

/** Weeks (Monday first) of a solar month for a grid; empty cells are null. */
export function monthGrid(year: number, month: number) {
  const days = monthView(year, month)
  const firstWeekday = (weekdayOf({ year, month, day: 1 }) + 6) % 7 // Monday = 0
  const cells: Array<(typeof days)[number] | null> = [...Array(firstWeekday).fill(null), ...days]
  while (cells.length % 7) cells.push(null)
  const weeks: Array<typeof cells> = []
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7))
  return weeks
}

export const WEEKDAY_SHORT = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN']
export const WEEKDAY_LONG = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật']
