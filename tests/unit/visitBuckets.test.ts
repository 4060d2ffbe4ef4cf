import { afterEach, describe, expect, it } from 'vitest'

import { articleBucket, counterKey, lastDaysInVietnam, periodsInVietnam, shiftDay, siteBuckets } from '../../shared/src/visitBuckets'

const keys = (at: string, metric: 'views' | 'visits' = 'views') => siteBuckets(metric, new Date(at)).map((b) => b.key)

describe('counter buckets turn over at midnight in Asia/Ho_Chi_Minh', () => {
  const originalTz = process.env.TZ
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ
    else process.env.TZ = originalTz
  })

  // The server's own zone must not matter: UTC, far west, far east, and Vietnam itself.
  for (const zone of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Ho_Chi_Minh']) {
    it(`on a server in ${zone}`, () => {
      process.env.TZ = zone
      // 16:59:59Z is 23:59:59 on 27/11 in Vietnam (UTC+7): still the 27th.
      expect(keys('2026-11-27T16:59:59Z')).toEqual(['views:day:2026-11-27', 'views:month:2026-11', 'views:year:2026', 'views:total'])
      // One second later it is 00:00:00 on the 28th.
      expect(keys('2026-11-27T17:00:00Z')).toEqual(['views:day:2026-11-28', 'views:month:2026-11', 'views:year:2026', 'views:total'])
      // Month and year turn over together at the new year's midnight in Vietnam.
      expect(keys('2026-12-31T16:59:59.999Z', 'visits')).toEqual(['visits:day:2026-12-31', 'visits:month:2026-12', 'visits:year:2026', 'visits:total'])
      expect(keys('2026-12-31T17:00:00Z', 'visits')).toEqual(['visits:day:2027-01-01', 'visits:month:2027-01', 'visits:year:2027', 'visits:total'])
      // Early morning in Vietnam is still the previous day in UTC.
      expect(periodsInVietnam(new Date('2026-11-27T23:30:00Z'))).toEqual({ day: '2026-11-28', month: '2026-11', year: '2026' })
    })
  }

  it('each bucket says what it counts', () => {
    expect(siteBuckets('views', new Date('2026-02-28T18:00:00Z'))).toEqual([
      { key: 'views:day:2026-03-01', metric: 'views', period: 'day', bucket: '2026-03-01' },
      { key: 'views:month:2026-03', metric: 'views', period: 'month', bucket: '2026-03' },
      { key: 'views:year:2026', metric: 'views', period: 'year', bucket: '2026' },
      { key: 'views:total', metric: 'views', period: 'total', bucket: 'all' },
    ])
    expect(articleBucket(42)).toEqual({ key: 'article-views:42', metric: 'article-views', period: 'total', bucket: 'all', article: '42' })
    expect(counterKey('visits', 'month', '2026-11')).toBe('visits:month:2026-11')
  })
})

describe('calendar days', () => {
  it('shift across months, years and leap days', () => {
    expect(shiftDay('2026-11-28', -1)).toBe('2026-11-27')
    expect(shiftDay('2027-01-01', -1)).toBe('2026-12-31')
    expect(shiftDay('2028-03-01', -1)).toBe('2028-02-29')
    expect(shiftDay('2026-03-01', -1)).toBe('2026-02-28')
  })

  it('the last 90 days end today in Vietnam, oldest first', () => {
    const days = lastDaysInVietnam(new Date('2026-11-27T17:30:00Z'), 90)
    expect(days).toHaveLength(90)
    expect(days.at(-1)).toBe('2026-11-28')
    expect(days[0]).toBe('2026-08-31')
    expect(new Set(days).size).toBe(90)
  })
})
