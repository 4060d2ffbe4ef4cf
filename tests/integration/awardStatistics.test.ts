/**
 * Statistics of the honour roll on a real database: the totals per group
 * equal what `SELECT count(*) … GROUP BY` finds among the public roll's rows;
 * a withdrawn award, the lines of a draft decision and of an unpublished
 * movement's decision are handled as the public roll handles them; the
 * count-only summaries are added apart; filters; both counting paths agree;
 * the kept figures are computed again when the roll changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { AWARD_TYPES } from '@portal/shared'

import { startPortal, testDatabase, type TestPortal } from './helpers/payload'

let portal: TestPortal
let statistics: typeof import('@portal/cms/awards/statistics')
const type: Record<string, number> = {}
const unit: Record<string, number> = {}
let movement: number
let publishedWithMovement: number
let publishedWithout: number
let draft: number

const PUBLIC_ROLL_SQL = `FROM awards a LEFT JOIN award_decisions d ON d.id = a.decision_id
  WHERE (a.decision_id IS NULL OR d._status = 'published') AND (a.withdrawn IS NULL OR a.withdrawn = 0)`

async function sqlCounts(column: string, join = ''): Promise<Map<string, number>> {
  const client = (portal.payload.db as unknown as { client: { execute: (sql: string) => Promise<{ rows: Array<Record<string, unknown>> }> } }).client
  const sql = `SELECT ${column} AS k, count(*) AS n ${PUBLIC_ROLL_SQL.replace('WHERE', `${join} WHERE`)} GROUP BY ${column}`
  const { rows } = await client.execute(sql)
  return new Map(rows.map((r) => [r.k === null ? 'null' : String(r.k), Number(r.n)]))
}

const asMap = (groups: Array<{ key: unknown; named: number }>) => new Map(groups.filter((g) => g.named > 0).map((g) => [g.key === null ? 'null' : String(g.key), g.named]))

async function award(data: Record<string, unknown>) {
  return portal.payload.create({ collection: 'awards', data: { recipientKind: 'individual', ...data } as never, overrideAccess: true, depth: 0 })
}

beforeAll(async () => {
  portal = await startPortal()
  statistics = await import('@portal/cms/awards/statistics')
  const p = portal.payload
  for (const t of AWARD_TYPES.filter((t) => ['Lao động tiên tiến', 'Tập thể lao động xuất sắc', 'Huân chương Lao động hạng Ba', 'Bằng khen của Chủ tịch UBND tỉnh'].includes(t.name))) {
    type[t.name] = (await p.create({ collection: 'award-types', data: t, overrideAccess: true, depth: 0 })).id as number
  }
  for (const name of ['Sở Nội vụ', 'Văn phòng Sở']) unit[name] = (await p.create({ collection: 'units', data: { name }, overrideAccess: true, depth: 0 })).id as number
  movement = (await p.create({ collection: 'movements', data: { name: 'Thi đua văn hóa công sở', periodStart: 2022, _status: 'published' } as never, overrideAccess: true, depth: 0 })).id as number
  const decision = (number: string, status: 'published' | 'draft', withMovement: boolean) =>
    p
      .create({
        collection: 'award-decisions',
        data: { number, issuer: unit['Sở Nội vụ'], issuedAt: '2025-01-10T00:00:00.000Z', abstract: 'Khen thưởng', _status: status, ...(withMovement ? { movement } : {}) } as never,
        overrideAccess: true,
        depth: 0,
        draft: status === 'draft',
      })
      .then((d) => d.id as number)
  publishedWithMovement = await decision('1/QĐ-SNV', 'published', true)
  publishedWithout = await decision('2/QĐ-SNV', 'published', false)
  draft = await decision('3/QĐ-SNV', 'draft', true)
  const ldtt = type['Lao động tiên tiến']!
  const ttxs = type['Tập thể lao động xuất sắc']!
  const hcld = type['Huân chương Lao động hạng Ba']!
  // Counted: 4 + 2 + 1 (standalone) + 1 (unit typed by hand) = 8 in the public roll.
  for (const [i, year] of [2023, 2023, 2024, 2024].entries()) await award({ recipientName: `Người ${i}`, awardType: ldtt, year, unit: unit['Sở Nội vụ'], decision: publishedWithMovement })
  await award({ recipientName: 'Phòng Tổ chức', recipientKind: 'collective', awardType: ttxs, year: 2024, unit: unit['Văn phòng Sở'], decision: publishedWithout })
  await award({ recipientName: 'Trần Văn Hùng', awardType: hcld, year: 2022, unit: unit['Văn phòng Sở'], decision: publishedWithout })
  await award({ recipientName: 'Lê Thị Lan', awardType: ldtt, year: 2021, unit: unit['Văn phòng Sở'] })
  await award({ recipientName: 'Đỗ Văn Nam', awardType: ldtt, year: 2024, unitName: 'Trường Tiểu học Ngọc Hồi', decision: publishedWithMovement })
  // Not counted: a withdrawn award and the lines of a draft decision.
  const withdrawn = await award({ recipientName: 'Phạm Văn Thu hồi', awardType: hcld, year: 2024, unit: unit['Sở Nội vụ'], decision: publishedWithout })
  await p.update({
    collection: 'awards',
    id: withdrawn.id,
    data: { withdrawn: true, withdrawalDecision: publishedWithout, withdrawalReason: 'Kê khai không trung thực' },
    overrideAccess: true,
    depth: 0,
  })
  for (const i of [1, 2, 3]) await award({ recipientName: `Chưa công bố ${i}`, awardType: ldtt, year: 2024, unit: unit['Sở Nội vụ'], decision: draft })
  // Summaries: 5 + 2 awards of 2023 without names.
  await p.create({
    collection: 'award-summaries',
    data: {
      title: 'Kết quả khen thưởng năm 2023 của Sở Nội vụ',
      unit: unit['Sở Nội vụ']!,
      year: 2023,
      counts: [
        { awardType: ldtt, recipientKind: 'individual', count: 5 },
        { awardType: type['Bằng khen của Chủ tịch UBND tỉnh']!, recipientKind: 'collective', count: 2 },
      ],
    },
    overrideAccess: true,
    depth: 0,
  })
}, 120_000)

afterAll(async () => portal?.close())

describe('award statistics', () => {
  it('count the public roll only, with the summaries apart', async () => {
    const s = await statistics.computeAwardStatistics(portal.payload)
    expect(s.total).toEqual({ named: 8, summarised: 7 })
    expect(s.byYear.map((g) => [g.key, g.named, g.summarised])).toEqual([
      [2024, 4, 0],
      [2023, 2, 7],
      [2022, 1, 0],
      [2021, 1, 0],
    ])
    expect(s.byKind.map((g) => [g.label, g.named, g.summarised])).toEqual([
      ['Cá nhân', 7, 5],
      ['Tập thể', 1, 2],
    ])
    expect(s.byMovement.map((g) => [g.label, g.named])).toEqual([
      ['Thi đua văn hóa công sở', 5],
      ['Không gắn với phong trào thi đua', 3],
    ])
    expect(s.byUnit.find((g) => g.key === null)).toMatchObject({ label: 'Đơn vị ghi tay (chưa có trong danh mục)', named: 1 })
    expect(s.byUnit.find((g) => g.key === unit['Sở Nội vụ'])).toMatchObject({ named: 4, summarised: 7 })
    expect(s.byLevel.map((g) => [g.key, g.named, g.summarised])).toEqual([
      ['state', 1, 0],
      ['ministry-province', 0, 2],
      ['grassroots', 7, 5],
    ])
    // Every group adds up to the total.
    for (const groups of [s.byYear, s.byType, s.byLevel, s.byKind, s.byUnit]) {
      expect(groups.reduce((a, g) => a + g.named, 0)).toBe(8)
      expect(groups.reduce((a, g) => a + g.summarised, 0)).toBe(7)
    }
    expect(s.byMovement.reduce((a, g) => a + g.named, 0)).toBe(8)
  })

  it.skipIf(testDatabase !== 'sqlite')('each group equals SELECT count(*) … GROUP BY on the public roll', async () => {
    const s = await statistics.computeAwardStatistics(portal.payload)
    expect(asMap(s.byYear)).toEqual(await sqlCounts('a.year'))
    expect(asMap(s.byType)).toEqual(await sqlCounts('a.award_type_id'))
    expect(asMap(s.byKind)).toEqual(await sqlCounts('a.recipient_kind'))
    expect(asMap(s.byUnit)).toEqual(await sqlCounts('a.unit_id'))
    expect(asMap(s.byMovement)).toEqual(await sqlCounts('m.movement_id', 'LEFT JOIN award_decisions m ON m.id = a.decision_id'))
    // The rows left out are really there.
    const client = (portal.payload.db as unknown as { client: { execute: (sql: string) => Promise<{ rows: Array<Record<string, unknown>> }> } }).client
    expect(Number((await client.execute('SELECT count(*) AS n FROM awards')).rows[0]!.n)).toBe(12)
  })

  it('filters by year range and level', async () => {
    const s = await statistics.computeAwardStatistics(portal.payload, { fromYear: 2023, toYear: 2024, level: 'grassroots' })
    expect(s.total).toEqual({ named: 6, summarised: 5 })
    expect(s.byYear.map((g) => [g.key, g.named, g.summarised])).toEqual([
      [2024, 4, 0],
      [2023, 2, 5],
    ])
    const state = await statistics.computeAwardStatistics(portal.payload, { level: 'state' })
    expect(state.total).toEqual({ named: 1, summarised: 0 })
    expect(state.byType.map((g) => g.label)).toEqual(['Huân chương Lao động hạng Ba'])
  })

  it('the adapter-neutral path (MongoDB) counts the same', async () => {
    for (const filter of [{}, { fromYear: 2023, level: 'grassroots' as const }]) {
      const sql = await statistics.computeAwardStatistics(portal.payload, filter)
      const portable = await statistics.computeAwardStatistics(portal.payload, filter, { portable: true })
      const { computedAt: _a, ...a } = sql
      const { computedAt: _b, ...b } = portable
      expect(b).toEqual(a)
    }
  })

  it('kept figures are reused until the roll changes, and served while it is counted again', async () => {
    const first = await statistics.awardStatistics(portal.payload)
    expect(await statistics.awardStatistics(portal.payload)).toBe(first)
    // Publishing the draft decision brings its three lines in; readers get the figures counted before until the count is done.
    await portal.payload.update({ collection: 'award-decisions', id: draft, data: { _status: 'published' } as never, overrideAccess: true, depth: 0 })
    expect(await statistics.awardStatistics(portal.payload)).toBe(first)
    const after = await statistics.awardStatistics(portal.payload, {}, { fresh: true })
    expect(after).not.toBe(first)
    expect(after.total.named).toBe(first.total.named + 3)
    expect(await statistics.awardStatistics(portal.payload)).toBe(after)
    // Withdrawing one takes it out again.
    const { docs } = await portal.payload.find({ collection: 'awards', where: { decision: { equals: draft } }, limit: 1, overrideAccess: true, depth: 0 })
    await portal.payload.update({ collection: 'awards', id: docs[0]!.id, data: { withdrawn: true, withdrawalDecision: publishedWithout, withdrawalReason: 'Thu hồi' }, overrideAccess: true, depth: 0 })
    expect((await statistics.awardStatistics(portal.payload, {}, { fresh: true })).total.named).toBe(first.total.named + 2)
  })
})
