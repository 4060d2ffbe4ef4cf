import { sql } from '@payloadcms/db-sqlite'
import { normaliseVerificationCode } from '@portal/shared'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startUnmigratedPortal, type TestPortal } from './helpers/payload'

/**
 * Upgrading a portal whose honour roll predates verification codes: every
 * stored award gets its own code (cms/src/migrations/sql/issue12_verification_codes.ts).
 */
const ISSUE12 = 'issue12_verification_codes'
const STORED = 1203

let portal: TestPortal
let payload: Payload

beforeAll(async () => {
  portal = await startUnmigratedPortal()
  payload = portal.payload
})
afterAll(async () => portal?.close())

describe('the issue 12 migrations on a roll stored before them', () => {
  it('gives every award stored before it a distinct, well-formed code, and new awards get one too', async () => {
    const { migrations } = await import('../../cms/src/migrations')
    const split = migrations.findIndex((m) => m.name.includes(ISSUE12))
    expect(split, `a migration named "*${ISSUE12}*"`).toBeGreaterThan(0)
    const migrate = (list: typeof migrations) => payload.db.migrate({ migrations: list as never })
    await migrate(migrations.slice(0, split))

    const db = (payload.db as unknown as { drizzle: { run: (query: unknown) => Promise<unknown>; all: (query: unknown) => Promise<unknown[]> } }).drizzle
    await db.run(sql`INSERT INTO award_types (id, name, kind, level, rank) VALUES (1, 'Lao động tiên tiến', 'title', 'grassroots', 40);`)
    await db.run(sql`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${STORED})
      INSERT INTO awards (recipient_name, award_type_id, year, search) SELECT 'Người thứ ' || i, 1, 2024, 'nguoi thu ' || i FROM n;`)

    await migrate(migrations)

    const rows = (await db.all(sql`SELECT verification_code AS code FROM awards`)) as Array<{ code: string | null }>
    expect(rows).toHaveLength(STORED)
    const codes = rows.map((r) => r.code)
    expect(codes.every((c) => typeof c === 'string' && normaliseVerificationCode(c) === c)).toBe(true)
    expect(new Set(codes).size).toBe(STORED)

    // The later roll-search migration indexes the same stored rows (sql/issue12_roll_search.ts).
    const [ranked] = (await db.all(sql`SELECT count(*) AS n FROM awards WHERE award_rank = 40`)) as Array<{ n: number }>
    expect(ranked?.n).toBe(STORED)
    const [found] = (await db.all(sql`SELECT count(*) AS n FROM awards_fts WHERE awards_fts MATCH '"nguoi"* AND "thu"*'`)) as Array<{ n: number }>
    expect(found?.n).toBe(STORED)

    const created = await payload.create({ collection: 'awards', data: { recipientName: 'Nguyễn Văn Mới', awardType: 1, year: 2025, verificationCode: 'XM-0000-0000-0000-0000' } as never })
    expect(normaliseVerificationCode(created.verificationCode)).toBe(created.verificationCode)
    expect(created.verificationCode, 'a code sent by the client is replaced').not.toBe('XM-0000-0000-0000-0000')
  })
})
