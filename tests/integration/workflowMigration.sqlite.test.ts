import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startUnmigratedPortal, type TestPortal } from './helpers/payload'

/**
 * Upgrading a portal that already holds award decisions and polls: they were
 * public before they had drafts, and must stay public after the migration
 * that gives them drafts (cms/src/migrations/sql/issue8_existing_published.ts).
 * SQLite only, like every migration.
 */
const ISSUE8 = 'issue8'

let portal: TestPortal
let payload: Payload

beforeAll(async () => {
  portal = await startUnmigratedPortal()
  payload = portal.payload
})
afterAll(async () => portal?.close())

describe('the migration that gives award decisions and polls drafts', () => {
  it('keeps the decisions and polls stored before it published, and marks published content as approved', async () => {
    const { migrations } = await import('../../cms/src/migrations')
    const split = migrations.findIndex((m) => m.name.includes(ISSUE8))
    expect(split, `a migration named "*${ISSUE8}*" (the one calling sql/issue8_existing_published.ts)`).toBeGreaterThan(0)
    const migrate = (list: typeof migrations) => payload.db.migrate({ migrations: list as never })
    await migrate(migrations.slice(0, split))

    const db = (payload.db as unknown as { drizzle: { run: (query: unknown) => Promise<unknown> } }).drizzle
    await db.run(sql`INSERT INTO units (id, name) VALUES (1, 'Sở Lao động');`)
    await db.run(sql`INSERT INTO award_decisions (id, number, issuer_id, issued_at, abstract, slug) VALUES (1, '12/QĐ-UBND', 1, '2024-01-02T00:00:00.000Z', 'Khen thưởng trước khi có bản nháp', '12-qd-ubnd');`)
    await db.run(sql`INSERT INTO polls (id, question) VALUES (1, 'Thăm dò trước khi có bản nháp?');`)
    await db.run(sql`INSERT INTO polls_options (_order, _parent_id, id, label) VALUES (1, 1, 'a', 'Có'), (2, 1, 'b', 'Không');`)
    await db.run(sql`INSERT INTO articles (id, title, slug, published_at, _status) VALUES (1, 'Bài đã đăng', 'bai-da-dang', '2024-01-02T00:00:00.000Z', 'published'), (2, 'Bài nháp', 'bai-nhap', '2024-01-02T00:00:00.000Z', 'draft');`)

    await migrate(migrations)

    const decisions = await payload.find({ collection: 'award-decisions', overrideAccess: false, depth: 0 })
    expect(decisions.docs.map((d) => d.abstract)).toEqual(['Khen thưởng trước khi có bản nháp'])
    const { listPolls } = await import('@portal/cms/engagement')
    expect((await listPolls(payload)).map((p) => p.question)).toEqual(['Thăm dò trước khi có bản nháp?'])
    const articles = await payload.find({ collection: 'articles', sort: 'id', overrideAccess: true, depth: 0 })
    expect(articles.docs.map((a) => [a.title, a._status, a.reviewState])).toEqual([
      ['Bài đã đăng', 'published', 'published'],
      ['Bài nháp', 'draft', 'draft'],
    ])
  })
})
