import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createVisitRecorder, readCounters, readVisitFigures } from '@portal/cms/visits'
import { counterKey } from '@portal/shared/visitBuckets'

import { expectDenied } from './helpers/errors'
import { makeUser, startPortal, type TestPortal } from './helpers/payload'
import { resultOf, runFixture as runPortalFixture } from './helpers/processes'
import { eventually } from './helpers/poll'


const BROWSER = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'
const browser = (extra: Record<string, string> = {}) => new Headers({ 'user-agent': BROWSER, ...extra })

let portal: TestPortal
let payload: Payload
let articleId: number | string
let draftId: number | string

beforeAll(async () => {
  portal = await startPortal()
  payload = portal.payload
  const article = await payload.create({
    collection: 'articles',
    data: { title: 'Bài viết được đếm lượt xem', publishedAt: new Date().toISOString(), _status: 'published' },
    overrideAccess: true,
  })
  articleId = article.id
  const draft = await payload.create({ collection: 'articles', data: { title: 'Bản nháp chưa đăng', publishedAt: new Date().toISOString() }, overrideAccess: true })
  draftId = draft.id
})
afterAll(async () => portal?.close())

const runFixture = (file: string, env: Record<string, string>) => runPortalFixture(portal, file, env)

const waitFor = (condition: () => boolean, timeoutMs: number, what: string) => eventually(condition, { timeoutMs, intervalMs: 20, what })

/** Counters and visitors online as a separate process reads them, after the writers have gone. */
async function countFromAnotherProcess(keys: string[], now: string) {
  const run = await runFixture('visitCount.ts', { KEYS: keys.join(','), NOW: now }).done
  expect(run.code, run.stderr).toBe(0)
  return resultOf(run) as { counts: Record<string, number>; online: number }
}

const BUSY = /SQLITE_BUSY|database is locked/i

describe('views counted by several site processes on one SQLite file', () => {
  const WRITERS = ['a', 'b']
  const VIEWS = 300
  const VISITORS = 30
  // A year of its own, so the day, month and year counters start at zero.
  const NOW = '2031-05-17T09:30:00Z'
  const keys = () => [
    ...['views', 'visits'].flatMap((m) => [counterKey(m as 'views', 'day', '2031-05-17'), counterKey(m as 'views', 'month', '2031-05'), counterKey(m as 'views', 'year', '2031'), counterKey(m as 'views', 'total')]),
    `article-views:${articleId}`,
  ]

  it(`lose nothing: ${WRITERS.length} processes × ${VIEWS} views, counted by a third process after they exit`, async () => {
    const before = await readCounters(payload, keys())
    const barrier = fs.mkdtempSync(path.join(portal.dir, 'barrier-'))
    // Flushing every few milliseconds makes both processes write (and create the same missing counters) at the same moments.
    const writers = WRITERS.map((id) =>
      runFixture('visitWriter.ts', { WRITER_ID: id, VIEWS: String(VIEWS), VISITORS: String(VISITORS), BOTS: '40', NOW, ARTICLE_ID: String(articleId), FLUSH_MS: '3', START_BARRIER_DIR: barrier }),
    )
    try {
      await Promise.race([
        waitFor(() => WRITERS.every((id) => fs.existsSync(path.join(barrier, `ready-${id}`))), 90_000, 'both writers to be ready'),
        Promise.all(writers.map((w) => w.done)).then((runs) => {
          throw new Error(`a writer exited before the start: ${runs.map((r) => `${r.code} ${r.stderr}`).join('\n')}`)
        }),
      ])
      fs.writeFileSync(path.join(barrier, 'go'), '')
      const runs = await Promise.all(writers.map((w) => w.done))
      for (const [i, run] of runs.entries()) {
        expect(run.code, `writer ${WRITERS[i]} exit code\n${run.stderr}`).toBe(0)
        expect(run.stdout + run.stderr, `writer ${WRITERS[i]} hit a lock`).not.toMatch(BUSY)
        expect(resultOf(run)).toMatchObject({ writer: WRITERS[i], views: VIEWS, newVisits: VISITORS })
      }
      const [a, b] = runs.map(resultOf) as [Record<string, number>, Record<string, number>]
      expect(a.startedAt!, 'a started before b finished').toBeLessThan(b.endedAt!)
      expect(b.startedAt!, 'b started before a finished').toBeLessThan(a.endedAt!)
    } finally {
      for (const w of writers) w.kill()
    }

    const { counts, online } = await countFromAnotherProcess(keys(), NOW)
    const total = WRITERS.length * VIEWS
    const visits = WRITERS.length * VISITORS
    expect(counts).toEqual({
      'views:day:2031-05-17': total,
      'views:month:2031-05': total,
      'views:year:2031': total,
      'views:total': before.get('views:total')! + total,
      'visits:day:2031-05-17': visits,
      'visits:month:2031-05': visits,
      'visits:year:2031': visits,
      'visits:total': before.get('visits:total')! + visits,
      [`article-views:${articleId}`]: before.get(`article-views:${articleId}`)! + total,
    })
    // Every visitor of both processes was seen at NOW: all of them are "online" then.
    expect(online).toBe(visits)
  })

  it('SIGTERM flushes what is still in memory before the process ends', async () => {
    const NOW_SIGTERM = '2032-02-02T02:00:00Z'
    const writer = runFixture('visitWriter.ts', { WRITER_ID: 'term', VIEWS: '50', VISITORS: '5', NOW: NOW_SIGTERM, FLUSH_MS: '3600000', MODE: 'wait-for-signal' })
    try {
      await waitFor(() => writer.output().includes('RECORDED'), 90_000, 'the writer to record its views')
      // Nothing was flushed yet (the timer is an hour): all 50 are in memory.
      expect(writer.output()).toContain('RECORDED 50')
      writer.child.kill('SIGTERM')
      const run = await writer.done
      expect(run.signal, run.stderr).toBe('SIGTERM')
    } finally {
      writer.kill()
    }
    const { counts } = await countFromAnotherProcess(['views:day:2032-02-02', 'visits:day:2032-02-02'], NOW_SIGTERM)
    expect(counts).toEqual({ 'views:day:2032-02-02': 50, 'visits:day:2032-02-02': 5 })
  })
})

describe('stopped by several signals in a row (the process group, then the supervisor, then Ctrl+C again)', () => {
  it('SIGTERM, SIGINT, SIGTERM: the later signals wait for the one final flush, nothing is lost', async () => {
    const NOW_SIGNALS = '2032-03-03T02:00:00Z'
    const writer = runFixture('visitWriter.ts', { WRITER_ID: 'signals', VIEWS: '400', VISITORS: '40', NOW: NOW_SIGNALS, FLUSH_MS: '3600000', MODE: 'wait-for-signal' })
    try {
      await waitFor(() => writer.output().includes('RECORDED'), 90_000, 'the writer to record its views')
      expect(writer.output()).toContain('RECORDED 400')
      writer.child.kill('SIGTERM')
      await new Promise((resolve) => setTimeout(resolve, 2))
      writer.child.kill('SIGINT')
      await new Promise((resolve) => setTimeout(resolve, 2))
      writer.child.kill('SIGTERM')
      const run = await writer.done
      expect(run.signal, run.stderr).not.toBeNull()
    } finally {
      writer.kill()
    }
    const { counts } = await countFromAnotherProcess(['views:day:2032-03-03', 'visits:day:2032-03-03'], NOW_SIGNALS)
    expect(counts['views:day:2032-03-03']).toBe(400)
    expect(counts['visits:day:2032-03-03']).toBe(40)
  })
})

describe('in one process, with an injected clock', () => {
  it('days, months and years turn over at midnight in Asia/Ho_Chi_Minh', async () => {
    let now = new Date('2029-12-31T16:59:59Z') // 23:59:59 on 31/12/2029 in Vietnam
    const recorder = createVisitRecorder({ payload, clock: () => now, handleSignals: false, flushIntervalMs: 60_000 })
    try {
      const first = await recorder.recordView({ headers: browser() })
      expect(first.recorded).toBe(true)
      now = new Date('2029-12-31T17:00:00Z') // 00:00:00 on 01/01/2030
      await recorder.recordView({ headers: browser(), visitCookie: first.recorded ? first.cookie : null })
      await recorder.recordView({ headers: browser() })
      await recorder.flush()
      now = new Date('2029-12-31T17:00:30Z')
      const figures = await readVisitFigures(payload, now)
      expect(figures.today).toEqual({ period: '2030-01-01', views: 2, visits: 1 })
      expect(figures.yesterday).toEqual({ period: '2029-12-31', views: 1, visits: 1 })
      expect(figures.month).toEqual({ period: '2030-01', views: 2, visits: 1 })
      expect(figures.year).toEqual({ period: '2030', views: 2, visits: 1 })
      // The same moment seen from the day before: 31/12 had one view and December one.
      const dayBefore = await readVisitFigures(payload, new Date('2029-12-31T16:59:59Z'))
      expect(dayBefore.today).toEqual({ period: '2029-12-31', views: 1, visits: 1 })
      expect(dayBefore.month).toEqual({ period: '2029-12', views: 1, visits: 1 })
      expect(dayBefore.year).toEqual({ period: '2029', views: 1, visits: 1 })
      // Two visitors were seen in the last five minutes; six minutes later, none.
      expect(figures.online).toBe(2)
      expect((await readVisitFigures(payload, new Date('2029-12-31T17:06:01Z'))).online).toBe(0)
    } finally {
      await recorder.stop()
    }
  })

  it('bots, prefetches, drafts and unknown articles are not counted', async () => {
    const now = new Date('2028-03-03T03:00:00Z')
    const recorder = createVisitRecorder({ payload, clock: () => now, handleSignals: false, flushIntervalMs: 60_000 })
    const keys = ['views:day:2028-03-03', 'visits:day:2028-03-03', `article-views:${articleId}`, `article-views:${draftId}`]
    const before = await readCounters(payload, keys)
    try {
      for (const ua of ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'curl/8.5.0', 'python-requests/2.32', 'Go-http-client/1.1', '']) {
        expect(await recorder.recordView({ headers: new Headers({ 'user-agent': ua }), articleId })).toEqual({ recorded: false, reason: 'bot' })
      }
      expect(await recorder.recordView({ headers: browser({ 'sec-purpose': 'prefetch' }), articleId })).toEqual({ recorded: false, reason: 'prefetch' })
      expect(await recorder.recordView({ headers: browser({ purpose: 'prefetch' }) })).toEqual({ recorded: false, reason: 'prefetch' })
      expect(await recorder.recordView({ headers: browser({ 'x-moz': 'prefetch' }) })).toEqual({ recorded: false, reason: 'prefetch' })
      for (const id of [draftId, 987654, 'abc', '0', '-1']) {
        expect(await recorder.recordView({ headers: browser(), articleId: id })).toEqual({ recorded: false, reason: 'unknown-article' })
      }
      // One real reader, to show the recorder does count
      expect((await recorder.recordView({ headers: browser(), articleId })).recorded).toBe(true)
      expect(recorder.pendingViews()).toBe(1)
      await recorder.flush()
    } finally {
      await recorder.stop()
    }
    const after = await readCounters(payload, keys)
    expect(after.get('views:day:2028-03-03')! - before.get('views:day:2028-03-03')!).toBe(1)
    expect(after.get('visits:day:2028-03-03')! - before.get('visits:day:2028-03-03')!).toBe(1)
    expect(after.get(`article-views:${articleId}`)! - before.get(`article-views:${articleId}`)!).toBe(1)
    expect(after.get(`article-views:${draftId}`)).toBe(0)
  })

  it('an article deleted between its view and the flush does not stall the counters', async () => {
    const now = new Date('2027-07-07T07:00:00Z')
    const gone = await payload.create({ collection: 'articles', data: { title: 'Bài sắp bị xóa', publishedAt: new Date().toISOString(), _status: 'published' }, overrideAccess: true })
    const recorder = createVisitRecorder({ payload, clock: () => now, handleSignals: false, flushIntervalMs: 60_000 })
    try {
      expect((await recorder.recordView({ headers: browser(), articleId: gone.id })).recorded).toBe(true)
      await payload.delete({ collection: 'articles', id: gone.id, overrideAccess: true })
      await recorder.flush()
      expect(recorder.pendingViews()).toBe(0)
    } finally {
      await recorder.stop()
    }
    const counts = await readCounters(payload, ['views:day:2027-07-07', `article-views:${gone.id}`])
    expect(Object.fromEntries(counts)).toEqual({ 'views:day:2027-07-07': 1, [`article-views:${gone.id}`]: 1 })
  })

  it('the counters are hidden from the public API: only editors read them, no one writes them', async () => {
    const editor = await makeUser(payload, 'editor')
    const author = await makeUser(payload, 'author')
    for (const collection of ['visit-counters', 'visit-presence'] as const) {
      await expectDenied(payload.find({ collection, overrideAccess: false }), `anonymous read of ${collection}`)
      await expectDenied(payload.find({ collection, overrideAccess: false, user: author }), `author read of ${collection}`)
      const seen = await payload.find({ collection, overrideAccess: false, user: editor, limit: 1 })
      expect(seen.totalDocs, collection).toBeGreaterThan(0)
    }
    await expectDenied(
      payload.create({ collection: 'visit-counters', data: { key: 'views:total-forged', metric: 'views', period: 'total', bucket: 'all', count: 1 }, overrideAccess: false, user: editor }),
      'an editor creating a counter',
    )
    const [counter] = (await payload.find({ collection: 'visit-counters', limit: 1, overrideAccess: true })).docs
    await expectDenied(payload.update({ collection: 'visit-counters', id: counter!.id, data: { count: 1 }, overrideAccess: false, user: editor }), 'an editor changing a count')
  })
})
