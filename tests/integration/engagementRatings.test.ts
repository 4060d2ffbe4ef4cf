import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resetEnv } from '@portal/cms/env/index'

import { ratingSentence } from '@portal/shared'

import { makeArticle, reader, settle, staffMember } from './helpers/engagement'
import { expectDenied, isVietnamese, rejection } from './helpers/errors'
import { makeUser, startPortal, type TestPortal } from './helpers/payload'
import { resultOf, runFixture, runTogether } from './helpers/processes'

let portal: TestPortal
let payload: Payload
let ratings: typeof import('@portal/cms/engagement')

beforeAll(async () => {
  portal = await startPortal()
  payload = portal.payload
  ratings = await import('@portal/cms/engagement')
})
afterAll(async () => portal?.close())

const count = async (articleId: number | string) =>
  (await payload.count({ collection: 'article-ratings', where: { article: { equals: articleId } }, overrideAccess: true })).totalDocs

describe('article ratings: one per reader, changeable', () => {
  it('20 concurrent ratings by the same reader leave exactly one record, holding one of the scores sent', async () => {
    const article = await makeArticle(payload)
    const { fulfilled, rejected } = await settle(
      Array.from({ length: 20 }, (_, i) => ratings.rateArticle(payload, { articleId: article.id, score: (i % 5) + 1, voter: reader('same'), ip: null })),
    )
    expect(rejected).toEqual([])
    expect(fulfilled).toHaveLength(20)
    expect(await count(article.id)).toBe(1)
    expect(fulfilled.filter((r) => !r.changed)).toHaveLength(1)
    const summary = await ratings.ratingSummary(payload, article.id)
    expect(summary.count).toBe(1)
    expect([1, 2, 3, 4, 5]).toContain(summary.total)
  })

  it('racing duplicates of one new rating use up one unit of the per-IP allowance, not twenty', async () => {
    const article = await makeArticle(payload)
    const ip = '203.0.113.77'
    await settle(Array.from({ length: 20 }, () => ratings.rateArticle(payload, { articleId: article.id, score: 4, voter: reader('twin'), ip })))
    expect(await count(article.id)).toBe(1)
    const { docs } = await payload.find({ collection: 'rate-limits', where: { key: { like: `rating|${article.id}|` } }, overrideAccess: true })
    expect(docs).toHaveLength(1)
    expect(docs[0]!.count).toBe(1)
  })

  it('the database, not a prior read, refuses a second record with the same voter key', async () => {
    const article = await makeArticle(payload)
    const data = { article: article.id, score: 3, audience: 'public' as const, voterKey: `${article.id}|anon:direct`, ipHash: null }
    await payload.create({ collection: 'article-ratings', data, overrideAccess: true })
    const error = await rejection(payload.create({ collection: 'article-ratings', data: { ...data, score: 4 }, overrideAccess: true }), 'a duplicate insert')
    expect(error.name).toBe('ValidationError')
    expect(await count(article.id)).toBe(1)
  })

  it('a reader changes their rating: the same record is updated and the figures follow', async () => {
    const article = await makeArticle(payload)
    const first = await ratings.rateArticle(payload, { articleId: article.id, score: 2, voter: reader('changer'), ip: '198.51.100.1' })
    expect(first.changed).toBe(false)
    const [before] = (await payload.find({ collection: 'article-ratings', where: { article: { equals: article.id } }, overrideAccess: true })).docs
    const second = await ratings.rateArticle(payload, { articleId: article.id, score: 5, voter: reader('changer'), ip: '198.51.100.1' })
    expect(second.changed).toBe(true)
    const after = (await payload.find({ collection: 'article-ratings', where: { article: { equals: article.id } }, overrideAccess: true })).docs
    expect(after).toHaveLength(1)
    expect(after[0]!.id).toBe(before!.id)
    expect(after[0]!.score).toBe(5)
    await ratings.rateArticle(payload, { articleId: article.id, score: 4, voter: reader('other'), ip: '198.51.100.2' })
    const summary = await ratings.ratingSummary(payload, article.id)
    expect(summary).toMatchObject({ total: 9, count: 2, average: 4.5 })
    expect(ratingSentence(summary)).toBe('Tổng số điểm của bài viết là: 9 trong 2 đánh giá')
    expect(await ratings.ratingOf(payload, article.id, reader('changer'))).toBe(5)
    expect(await ratings.ratingOf(payload, article.id, reader('nobody'))).toBeNull()
  })

  it('staff are identified by account, and their figures can be shown apart from the public', async () => {
    const article = await makeArticle(payload)
    const staff = await makeUser(payload, 'staff')
    await ratings.rateArticle(payload, { articleId: article.id, score: 5, voter: staffMember(staff.id), ip: null })
    await ratings.rateArticle(payload, { articleId: article.id, score: 4, voter: staffMember(staff.id), ip: null })
    await ratings.rateArticle(payload, { articleId: article.id, score: 1, voter: reader('public-1'), ip: null })
    await ratings.rateArticle(payload, { articleId: article.id, score: 2, voter: reader('public-2'), ip: null })
    const summary = await ratings.ratingSummary(payload, article.id, { byAudience: true })
    expect(summary).toMatchObject({ total: 7, count: 3 })
    expect(summary.byAudience?.staff).toMatchObject({ total: 4, count: 1, average: 4 })
    expect(summary.byAudience?.public).toMatchObject({ total: 3, count: 2, average: 1.5 })
    const stored = await payload.find({ collection: 'article-ratings', where: { audience: { equals: 'staff' }, article: { equals: article.id } }, overrideAccess: true, depth: 0 })
    expect(stored.docs.map((d) => d.voterKey)).toEqual([`${article.id}|staff:${staff.id}`])
    expect(stored.docs[0]!.user).toBe(staff.id)
  })

  it.each([0, 6, 2.5, '5', null, -1, Number.NaN])('refuses the score %s with a Vietnamese 400', async (score) => {
    const article = await makeArticle(payload)
    const error = (await rejection(ratings.rateArticle(payload, { articleId: article.id, score, voter: reader('bad-score'), ip: null }))) as { status?: number; message: string }
    expect(error.status).toBe(400)
    expect(isVietnamese(error.message)).toBe(true)
    expect(await count(article.id)).toBe(0)
  })

  it('refuses unknown, malformed and draft articles with a Vietnamese 404', async () => {
    const draft = await payload.create({ collection: 'articles', data: { title: 'Bản nháp chưa đăng', publishedAt: new Date().toISOString(), _status: 'draft' }, overrideAccess: true, draft: true })
    for (const articleId of [999_999, 'abc', '1 OR 1=1', draft.id, null]) {
      const error = (await rejection(ratings.rateArticle(payload, { articleId, score: 3, voter: reader('lost'), ip: null }))) as { status?: number; message: string }
      expect(error.status, String(articleId)).toBe(404)
      expect(isVietnamese(error.message)).toBe(true)
    }
  })

  it('limits new anonymous ratings per IP, article and Vietnamese day; changes and staff are not limited', async () => {
    process.env.RATING_IP_DAILY_LIMIT = '3'
    resetEnv()
    try {
      const article = await makeArticle(payload)
      const now = new Date('2026-03-10T16:30:00Z') // 23:30 in Hà Nội
      for (let i = 0; i < 3; i++) await ratings.rateArticle(payload, { articleId: article.id, score: 4, voter: reader(`ip-${i}`), ip: '198.51.100.10', now })
      const error = (await rejection(ratings.rateArticle(payload, { articleId: article.id, score: 4, voter: reader('ip-3'), ip: '198.51.100.10', now }))) as { status?: number; message: string }
      expect(error.status).toBe(429)
      expect(isVietnamese(error.message)).toBe(true)
      // Changing an existing rating from the same office is not a new rating.
      await expect(ratings.rateArticle(payload, { articleId: article.id, score: 1, voter: reader('ip-0'), ip: '198.51.100.10', now })).resolves.toMatchObject({ changed: true })
      // Another address, a staff account, or the next day in Vietnam (00:30 there) may rate.
      await expect(ratings.rateArticle(payload, { articleId: article.id, score: 4, voter: reader('ip-4'), ip: '198.51.100.20', now })).resolves.toBeTruthy()
      const staff = await makeUser(payload, 'staff')
      await expect(ratings.rateArticle(payload, { articleId: article.id, score: 4, voter: staffMember(staff.id), ip: '198.51.100.10', now })).resolves.toBeTruthy()
      const nextDay = new Date('2026-03-10T17:30:00Z')
      await expect(ratings.rateArticle(payload, { articleId: article.id, score: 4, voter: reader('ip-5'), ip: '198.51.100.10', now: nextDay })).resolves.toBeTruthy()
      expect(await count(article.id)).toBe(6)
    } finally {
      delete process.env.RATING_IP_DAILY_LIMIT
      resetEnv()
    }
  })

  it('is not readable, writable or deletable through the API by readers; editors read and delete', async () => {
    const article = await makeArticle(payload)
    await ratings.rateArticle(payload, { articleId: article.id, score: 3, voter: reader('api'), ip: null })
    const staff = await makeUser(payload, 'staff')
    const author = await makeUser(payload, 'author')
    const editor = await makeUser(payload, 'editor')
    for (const user of [undefined, staff, author]) {
      await expectDenied(payload.find({ collection: 'article-ratings', overrideAccess: false, user }), `read as ${user?.role ?? 'anonymous'}`)
      await expectDenied(
        payload.create({ collection: 'article-ratings', data: { article: article.id, score: 5, audience: 'public', voterKey: `x${Math.random()}` }, overrideAccess: false, user }),
        `create as ${user?.role ?? 'anonymous'}`,
      )
    }
    await expectDenied(
      payload.create({ collection: 'article-ratings', data: { article: article.id, score: 5, audience: 'public', voterKey: `x${Math.random()}` }, overrideAccess: false, user: editor }),
      'create as editor',
    )
    const seen = await payload.find({ collection: 'article-ratings', where: { article: { equals: article.id } }, overrideAccess: false, user: editor })
    expect(seen.totalDocs).toBe(1)
    await payload.delete({ collection: 'article-ratings', id: seen.docs[0]!.id, overrideAccess: false, user: editor })
    expect(await count(article.id)).toBe(0)
  })
})

describe('article ratings from two processes on one SQLite file', () => {
  it('the same reader racing from two processes still has exactly one rating, counted by a third process', async () => {
    const article = await makeArticle(payload)
    const env = { ARTICLE_ID: String(article.id), SHARED_READER: 'twoprocessreader000000', ATTEMPTS: '20', DISTINCT: '10' }
    const runs = await runTogether(portal, 'rater.ts', [{ ...env, WRITER_ID: 'a' }, { ...env, WRITER_ID: 'b' }])
    for (const run of runs) {
      expect(run.code, run.stderr).toBe(0)
      expect(run.stdout + run.stderr).not.toMatch(/SQLITE_BUSY|database is locked/i)
      expect(resultOf(run)).toMatchObject({ ok: 30, failures: [] })
    }
    const counted = await runFixture(portal, 'countRatings.ts', env).done
    expect(counted.code, counted.stderr).toBe(0)
    expect(resultOf(counted)).toEqual({ ratings: 1 + 2 * 10, sharedReader: 1 })
  })
})
