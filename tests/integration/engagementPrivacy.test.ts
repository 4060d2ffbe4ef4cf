import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resetEnv } from '@portal/cms/env/index'

import { makeArticle, reader } from './helpers/engagement'
import { startPortal, testDatabase, type TestPortal } from './helpers/payload'

let portal: TestPortal
let payload: Payload

beforeAll(async () => {
  portal = await startPortal()
  payload = portal.payload
})
afterAll(async () => portal?.close())

const IP = '203.0.113.77'

/** Every byte of the SQLite database, main file and write-ahead log. */
function databaseBytes(): Buffer {
  const file = path.join(portal.dir, 'portal.db')
  return Buffer.concat([file, `${file}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f)))
}

describe('IP addresses', () => {
  // The byte scan reads the SQLite file; the hash checks before it hold on both databases.
  it('are stored only as keyed hashes, on ratings, votes, feedback and rate-limit counters alike', async () => {
    const { castVote, hashIp, rateArticle, submitFeedback } = await import('@portal/cms/engagement')
    const article = await makeArticle(payload)
    const poll = await payload.create({ collection: 'polls', data: { question: 'Câu hỏi?', options: [{ label: 'Có' }, { label: 'Không' }], choice: 'single', showResults: 'afterVoting', _status: 'published' }, overrideAccess: true })
    await rateArticle(payload, { articleId: article.id, score: 4, voter: reader('privacy'), ip: IP })
    await castVote(payload, { pollId: poll.id, choices: [String(poll.options[0]!.id)], voter: reader('privacy'), ip: IP })
    const { id } = await submitFeedback(payload, {
      consent: true,
      input: { name: 'Người đọc', email: 'doc@example.vn', phone: '', subject: 'Góp ý giao diện', message: 'Xin bổ sung cỡ chữ lớn hơn cho người cao tuổi.' },
      ip: IP,
    })
    const expected = hashIp(payload.secret, IP)
    expect(expected).toMatch(/^[0-9a-f]{32}$/)
    const rating = (await payload.find({ collection: 'article-ratings', where: { article: { equals: article.id } }, overrideAccess: true })).docs[0]
    const vote = (await payload.find({ collection: 'poll-votes', where: { poll: { equals: poll.id } }, overrideAccess: true })).docs[0]
    const item = await payload.findByID({ collection: 'feedback', id, overrideAccess: true })
    expect([rating?.ipHash, vote?.ipHash, item.ipHash]).toEqual([expected, expected, expected])
    // The hash depends on the secret: without it, the address cannot be recomputed from a list of candidates.
    expect(hashIp('another-secret-of-another-portal-0123456789', IP)).not.toBe(expected)
    if (testDatabase !== 'sqlite') return
    // Nowhere in the database, in any form.
    const bytes = databaseBytes()
    for (const form of [IP, Buffer.from(IP, 'utf16le').toString('latin1')]) expect(bytes.includes(Buffer.from(form, 'latin1')), form).toBe(false)
    expect(bytes.includes(Buffer.from(expected))).toBe(true)
  })

  it('hashes are erased after the retention period; the records and their votes stay', async () => {
    const { purgeExpiredIpData, rateArticle } = await import('@portal/cms/engagement')
    process.env.IP_HASH_RETENTION_DAYS = '30'
    resetEnv()
    try {
      const article = await makeArticle(payload)
      await rateArticle(payload, { articleId: article.id, score: 2, voter: reader('old'), ip: '198.51.100.50' })
      await rateArticle(payload, { articleId: article.id, score: 5, voter: reader('recent'), ip: '198.51.100.51' })
      const now = new Date()
      const old = (await payload.find({ collection: 'article-ratings', where: { voterKey: { like: 'old' }, article: { equals: article.id } }, overrideAccess: true })).docs[0]!
      await payload.db.updateOne({ collection: 'article-ratings', id: old.id, data: { createdAt: new Date(now.getTime() - 31 * 86_400_000).toISOString() } })
      const expiredCounter = await payload.create({ collection: 'rate-limits', data: { key: 'test|expired', count: 3, expiresAt: new Date(now.getTime() - 1000).toISOString() }, overrideAccess: true })
      const liveCounter = await payload.create({ collection: 'rate-limits', data: { key: 'test|live', count: 3, expiresAt: new Date(now.getTime() + 3_600_000).toISOString() }, overrideAccess: true })

      await purgeExpiredIpData(payload, now)

      const after = (await payload.find({ collection: 'article-ratings', where: { article: { equals: article.id } }, sort: 'score', overrideAccess: true })).docs
      expect(after.map((r) => [r.score, Boolean(r.ipHash)])).toEqual([
        [2, false],
        [5, true],
      ])
      const counters = (await payload.find({ collection: 'rate-limits', where: { key: { like: 'test|' } }, overrideAccess: true })).docs.map((c) => c.id)
      expect(counters).toContain(liveCounter.id)
      expect(counters).not.toContain(expiredCounter.id)
    } finally {
      delete process.env.IP_HASH_RETENTION_DAYS
      resetEnv()
    }
  })
})
