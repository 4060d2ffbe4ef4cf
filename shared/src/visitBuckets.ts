/**
 * Where a counted view or visit is added up: one counter per calendar day,
 * month and year in Vietnam, and a running total. Days turn over at midnight
 * Asia/Ho_Chi_Minh whatever the server's time zone, because the bucket is
 * named from the Vietnamese calendar date of the moment, not from the
 * server's local date.
 */
import { isoDayInVietnam } from './format'

/** views: page loads; visits: new browser sessions; article-views: page loads of one article. */
export type CounterMetric = 'views' | 'visits' | 'article-views'
export type CounterPeriod = 'day' | 'month' | 'year' | 'total'

/** One counter document: `key` is unique, the other fields make it queryable. */
export interface CounterBucket {
  key: string
  metric: CounterMetric
  period: CounterPeriod
  /** '2026-11-27', '2026-11', '2026' or 'all'. */
  bucket: string
  /** The article counted, for article-views. */
  article?: string
}

export interface CalendarPeriods {
  day: string
  month: string
  year: string
}

export const TOTAL_BUCKET = 'all'

/** The Vietnamese calendar day, month and year of a moment: '2026-11-27', '2026-11', '2026'. */
export function periodsInVietnam(at: Date): CalendarPeriods {
  const day = isoDayInVietnam(at)
  return { day, month: day.slice(0, 7), year: day.slice(0, 4) }
}

export function counterKey(metric: CounterMetric, period: CounterPeriod, bucket: string = TOTAL_BUCKET): string {
  return period === 'total' ? `${metric}:total` : `${metric}:${period}:${bucket}`
}

const bucketOf = (metric: CounterMetric, period: CounterPeriod, bucket: string): CounterBucket => ({ key: counterKey(metric, period, bucket), metric, period, bucket })

/** The four site-wide counters one view (or visit) at this moment adds to. */
export function siteBuckets(metric: 'views' | 'visits', at: Date): CounterBucket[] {
  const { day, month, year } = periodsInVietnam(at)
  return [bucketOf(metric, 'day', day), bucketOf(metric, 'month', month), bucketOf(metric, 'year', year), bucketOf(metric, 'total', TOTAL_BUCKET)]
}

/** The all-time view counter of one article (the "most read" list sorts on it). */
export function articleBucket(articleId: string | number): CounterBucket {
  const article = String(articleId)
  return { key: `article-views:${article}`, metric: 'article-views', period: 'total', bucket: TOTAL_BUCKET, article }
}

/** yyyy-mm-dd shifted by whole days, by calendar arithmetic (no time zone involved). */
export function shiftDay(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/** The `count` Vietnamese calendar days ending with the day of `at`, oldest first. */
export function lastDaysInVietnam(at: Date, count: number): string[] {
  const today = periodsInVietnam(at).day
  return Array.from({ length: count }, (_, i) => shiftDay(today, i - count + 1))
}
