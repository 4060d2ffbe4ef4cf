/**
 * The figures of "Thống kê truy cập", read from the counters: visitors online,
 * today, yesterday, this month, this year and all time (views and visits),
 * and the daily series of the admin chart. Periods are Vietnamese calendar
 * periods of `now`, whatever the server's time zone.
 */
import type { Payload } from 'payload'

import { counterKey, lastDaysInVietnam, periodsInVietnam, shiftDay, type CounterPeriod } from '@portal/shared/visitBuckets'
import { ONLINE_WINDOW_MS } from '@portal/shared/visitSession'

import { readCounters } from './counterStore'
import { countOnline } from './presenceStore'

export interface PeriodFigures {
  /** '2026-11-27', '2026-11', '2026', or 'all'. */
  period: string
  /** Page loads (lượt xem trang). */
  views: number
  /** Browser sessions (lượt truy cập, phiên). */
  visits: number
}

export interface VisitFigures {
  /** ISO time the figures were read. */
  at: string
  timeZone: 'Asia/Ho_Chi_Minh'
  /** Distinct visitors with a view in the last five minutes. */
  online: number
  today: PeriodFigures
  yesterday: PeriodFigures
  month: PeriodFigures
  year: PeriodFigures
  total: PeriodFigures
}

export async function readVisitFigures(payload: Payload, now: Date = new Date()): Promise<VisitFigures> {
  const { day, month, year } = periodsInVietnam(now)
  const periods: Array<[keyof Omit<VisitFigures, 'at' | 'timeZone' | 'online'>, CounterPeriod, string]> = [
    ['today', 'day', day],
    ['yesterday', 'day', shiftDay(day, -1)],
    ['month', 'month', month],
    ['year', 'year', year],
    ['total', 'total', 'all'],
  ]
  const keys = periods.flatMap(([, period, bucket]) => [counterKey('views', period, bucket), counterKey('visits', period, bucket)])
  const [counts, online] = await Promise.all([readCounters(payload, keys), countOnline(payload, now, ONLINE_WINDOW_MS)])
  const figures = (period: CounterPeriod, bucket: string): PeriodFigures => ({
    period: bucket,
    views: counts.get(counterKey('views', period, bucket)) ?? 0,
    visits: counts.get(counterKey('visits', period, bucket)) ?? 0,
  })
  const entries = Object.fromEntries(periods.map(([name, period, bucket]) => [name, figures(period, bucket)]))
  return { at: now.toISOString(), timeZone: 'Asia/Ho_Chi_Minh', online, ...entries } as VisitFigures
}

export interface DailyFigures {
  day: string
  views: number
  visits: number
}

/** One entry per Vietnamese calendar day, the last `days` days ending today, oldest first (days without views count 0). */
export async function dailyVisitSeries(payload: Payload, now: Date = new Date(), days = 90): Promise<DailyFigures[]> {
  const list = lastDaysInVietnam(now, days)
  const counts = await readCounters(payload, list.flatMap((day) => [counterKey('views', 'day', day), counterKey('visits', 'day', day)]))
  return list.map((day) => ({ day, views: counts.get(counterKey('views', 'day', day)) ?? 0, visits: counts.get(counterKey('visits', 'day', day)) ?? 0 }))
}
