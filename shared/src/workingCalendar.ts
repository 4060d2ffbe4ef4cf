/**
 * Vietnam's administrative working calendar (ngày làm việc): Monday to
 * Friday, less the public holidays of the Labour Code 2019 (Bộ luật Lao động
 * 45/2019/QH14, art. 112) and the days that replace a holiday falling on a
 * weekend (art. 111(3): nghỉ bù on the next working day), with the changes
 * the government announces each year (extra days off, Saturdays worked in
 * exchange) kept as reference data by the editors and passed in here.
 *
 * Days are calendar days in Asia/Ho_Chi_Minh, written 'yyyy-mm-dd'. Periods
 * follow the Civil Code 2015 (art. 147–148): the day a period starts is not
 * counted, and a period ends at the end (24:00) of its last day.
 */
import { isoDayInVietnam } from './format'
import { lunarToSolar, solarToLunar, type SolarDate } from './lunar'

/** A government's change to the default calendar for one day. */
export interface CalendarChange {
  /** 'yyyy-mm-dd' */
  date: string
  /** dayOff: nobody works (an extra day off, or the day of a holiday the law leaves to the Prime Minister); workingDay: a weekend or default holiday worked instead. */
  kind: 'dayOff' | 'workingDay'
  note?: string | null
}

export type HolidayReason = 'weekend' | 'holiday' | 'compensation' | 'dayOff'

const DAY_MS = 86_400_000
const VIETNAM_OFFSET_MS = 7 * 3_600_000
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/

const pad = (n: number) => String(n).padStart(2, '0')
const isoOf = ({ year, month, day }: SolarDate) => `${year}-${pad(month)}-${pad(day)}`

function solarOf(iso: string): SolarDate {
  const match = ISO_DAY.exec(iso)
  if (!match) throw new RangeError(`not a yyyy-mm-dd day: ${iso}`)
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }
}

/** The day `n` days after `iso` (n may be negative). */
export function shiftDay(iso: string, n: number): string {
  const { year, month, day } = solarOf(iso)
  const d = new Date(Date.UTC(year, month - 1, day) + n * DAY_MS)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

const weekday = (iso: string) => {
  const { year, month, day } = solarOf(iso)
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay()
}
const isWeekend = (iso: string) => [0, 6].includes(weekday(iso))

/**
 * The holidays of art. 112 in a solar year, each with its name. Where the law
 * lets the Prime Minister choose (the five Tết days, the day beside 2/9), the
 * default is the usual choice: the last day of the lunar year and the first
 * four of the new one; 1/9 unless it is a Sunday, then 3/9. A year where the
 * government chose otherwise is corrected with CalendarChange entries.
 */
export function publicHolidays(year: number): Map<string, string> {
  const days = new Map<string, string>()
  days.set(`${year}-01-01`, 'Tết Dương lịch')
  // Tết of lunar year `year` falls in solar January or February of `year`.
  const newYear = isoOf(lunarToSolar({ year, month: 1, day: 1, leap: false }))
  days.set(shiftDay(newYear, -1), 'Tết Nguyên đán')
  for (let i = 0; i < 4; i++) days.set(shiftDay(newYear, i), 'Tết Nguyên đán')
  days.set(isoOf(lunarToSolar({ year, month: 3, day: 10, leap: false })), 'Giỗ Tổ Hùng Vương')
  days.set(`${year}-04-30`, 'Ngày Chiến thắng')
  days.set(`${year}-05-01`, 'Ngày Quốc tế lao động')
  days.set(`${year}-09-02`, 'Quốc khánh')
  days.set(weekday(`${year}-09-01`) === 0 ? `${year}-09-03` : `${year}-09-01`, 'Quốc khánh')
  return days
}

const yearCache = new Map<number, Map<string, HolidayReason>>()

/** Days off of a year by the law alone: holidays, and the day after for each one on a weekend (art. 111(3)). */
function lawfulDaysOff(year: number): Map<string, HolidayReason> {
  const cached = yearCache.get(year)
  if (cached) return cached
  const off = new Map<string, HolidayReason>()
  // The last Tết day of the previous lunar year can fall in this solar year's January or February.
  const holidays = new Map([...publicHolidays(year - 1), ...publicHolidays(year), ...publicHolidays(year + 1)])
  for (const day of holidays.keys()) off.set(day, 'holiday')
  for (const day of [...holidays.keys()].sort()) {
    if (!isWeekend(day)) continue
    let next = shiftDay(day, 1)
    while (isWeekend(next) || off.has(next)) next = shiftDay(next, 1)
    off.set(next, 'compensation')
  }
  const ofYear = new Map([...off].filter(([day]) => day.startsWith(`${year}-`)))
  yearCache.set(year, ofYear)
  return ofYear
}

/** The change list as a lookup, built once per list. */
const changeIndex = new WeakMap<readonly CalendarChange[], Map<string, CalendarChange['kind']>>()
function changesOf(changes: readonly CalendarChange[]): Map<string, CalendarChange['kind']> {
  let index = changeIndex.get(changes)
  if (!index) {
    index = new Map(changes.filter((c) => ISO_DAY.test(c.date)).map((c) => [c.date, c.kind]))
    changeIndex.set(changes, index)
  }
  return index
}

const toIsoDay = (day: string | Date) => (typeof day === 'string' ? (solarOf(day), day) : isoDayInVietnam(day))

/** Why a day is not worked, or null for a working day. */
export function dayOffReason(day: string | Date, changes: readonly CalendarChange[] = []): HolidayReason | null {
  const iso = toIsoDay(day)
  const change = changesOf(changes).get(iso)
  if (change === 'workingDay') return null
  if (change === 'dayOff') return 'dayOff'
  const lawful = lawfulDaysOff(Number(iso.slice(0, 4))).get(iso)
  if (lawful) return lawful
  return isWeekend(iso) ? 'weekend' : null
}

/** Whether offices work on this day ('yyyy-mm-dd', or the Vietnamese day of an instant). */
export function isWorkingDay(day: string | Date, changes: readonly CalendarChange[] = []): boolean {
  return dayOffReason(day, changes) === null
}

/** The instant a Vietnamese day ends (24:00, i.e. 00:00 of the next day), less one millisecond so it still belongs to the day. */
export function endOfVietnamDay(iso: string): Date {
  const { year, month, day } = solarOf(iso)
  return new Date(Date.UTC(year, month - 1, day + 1) - VIETNAM_OFFSET_MS - 1)
}

/** The `n`th working day after the day of `open` (the opening day itself is not counted). */
export function nthWorkingDayAfter(open: Date, n: number, changes: readonly CalendarChange[] = []): string {
  if (!Number.isInteger(n) || n < 1 || n > 366) throw new RangeError(`a period of ${n} working days`)
  let day = isoDayInVietnam(open)
  for (let counted = 0; counted < n; ) {
    day = shiftDay(day, 1)
    if (isWorkingDay(day, changes)) counted++
  }
  return day
}

/**
 * When a period of `n` working days that starts at `open` closes: the end of
 * its last working day (shown as 23:59 of that day).
 */
export function addWorkingDays(open: Date, n: number, changes: readonly CalendarChange[] = []): Date {
  return endOfVietnamDay(nthWorkingDayAfter(open, n, changes))
}

/**
 * Working days still open before `closing`, today included when it is a
 * working day (the reader can still act today): "còn N ngày làm việc".
 * 0 once closed.
 */
export function workingDaysLeft(now: Date, closing: Date, changes: readonly CalendarChange[] = []): number {
  if (now.getTime() > closing.getTime()) return 0
  const last = isoDayInVietnam(closing)
  let left = 0
  for (let day = isoDayInVietnam(now); day <= last; day = shiftDay(day, 1)) if (isWorkingDay(day, changes)) left++
  return left
}
