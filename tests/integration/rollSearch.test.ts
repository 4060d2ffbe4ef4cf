/**
 * The honour roll's search (cms/src/awards/rollSearch.ts): the SQLite FTS5
 * implementation and Payload's generic `where` answer the same expectations on
 * one temporary database: names with every Vietnamese vowel and tone and đ
 * found without diacritics or case, filters combined, the public roll only,
 * paging, hostile input, and the FTS index kept in step with every write.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { AWARD_TYPES } from '@portal/shared'

import { startPortal, type TestPortal } from './helpers/payload'

type Rolls = typeof import('@portal/cms/awards/rollSearch')
type RollSearch = import('@portal/cms/awards/rollSearch').RollSearch

let portal: TestPortal
let rolls: Rolls
let impls: RollSearch[]
const ids = {} as Record<'ldtt' | 'cstdcs' | 'issuer' | 'office' | 'movement' | 'published' | 'ofMovement' | 'draft', number>

// Every vowel with its six tones, and the ASCII letter a reader types for it (written out here, not computed by the fold).
const VOWELS: Record<string, { plain: string; tones: string[] }> = {
  a: { plain: 'a', tones: ['a', 'à', 'á', 'ả', 'ã', 'ạ'] },
  ă: { plain: 'a', tones: ['ă', 'ằ', 'ắ', 'ẳ', 'ẵ', 'ặ'] },
  â: { plain: 'a', tones: ['â', 'ầ', 'ấ', 'ẩ', 'ẫ', 'ậ'] },
  e: { plain: 'e', tones: ['e', 'è', 'é', 'ẻ', 'ẽ', 'ẹ'] },
  ê: { plain: 'e', tones: ['ê', 'ề', 'ế', 'ể', 'ễ', 'ệ'] },
  i: { plain: 'i', tones: ['i', 'ì', 'í', 'ỉ', 'ĩ', 'ị'] },
  o: { plain: 'o', tones: ['o', 'ò', 'ó', 'ỏ', 'õ', 'ọ'] },
  ô: { plain: 'o', tones: ['ô', 'ồ', 'ố', 'ổ', 'ỗ', 'ộ'] },
  ơ: { plain: 'o', tones: ['ơ', 'ờ', 'ớ', 'ở', 'ỡ', 'ợ'] },
  u: { plain: 'u', tones: ['u', 'ù', 'ú', 'ủ', 'ũ', 'ụ'] },
  ư: { plain: 'u', tones: ['ư', 'ừ', 'ứ', 'ử', 'ữ', 'ự'] },
  y: { plain: 'y', tones: ['y', 'ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'] },
}
// "Đinh Thị Kxm": every toned vowel in a given name of its own; đ in the family name.
const VOWEL_NAMES = Object.entries(VOWELS).flatMap(([vowel, { plain, tones }]) => tones.map((t) => ({ name: `Đinh Thị K${t}m`, typed: `dinh thi k${plain}m`, vowel })))

async function create(collection: 'awards' | 'award-decisions' | 'units' | 'movements', data: Record<string, unknown>) {
  return (await portal.payload.create({ collection, data: data as never, overrideAccess: true, depth: 0 })).id as number
}

const award = (recipientName: string, extra: Record<string, unknown> = {}) =>
  create('awards', { recipientName, awardType: ids.ldtt, year: 2024, decision: ids.published, ...extra })

const names = async (impl: RollSearch, filter: Parameters<RollSearch['page']>[0]) => {
  const { ids: found } = await impl.page(filter)
  const { docs } = await portal.payload.find({ collection: 'awards', where: { id: { in: found } }, overrideAccess: true, limit: 0, pagination: false, depth: 0 })
  const byId = new Map(docs.map((d) => [d.id, d.recipientName]))
  return found.map((id) => byId.get(id as number))
}
const all = { page: 1, limit: 1000 }

beforeAll(async () => {
  portal = await startPortal()
  rolls = await import('@portal/cms/awards/rollSearch')
  const p = portal.payload
  for (const t of AWARD_TYPES) {
    const id = (await p.create({ collection: 'award-types', data: t, overrideAccess: true, depth: 0 })).id as number
    if (t.name === 'Lao động tiên tiến') ids.ldtt = id
    if (t.name === 'Chiến sĩ thi đua cơ sở') ids.cstdcs = id
  }
  ids.issuer = await create('units', { name: 'Sở Nội vụ tỉnh Lâm Đồng' })
  ids.office = await create('units', { name: 'Văn phòng Sở', parent: ids.issuer })
  ids.movement = await create('movements', { name: 'Phong trào thi đua Dân vận khéo', periodStart: 2023, _status: 'published' })
  const decision = (number: string, status: 'published' | 'draft', movement?: number) =>
    create('award-decisions', { number, issuer: ids.issuer, issuedAt: '2025-01-10T00:00:00.000Z', abstract: 'Tặng danh hiệu', _status: status, movement })
  ids.published = await decision('1/QĐ-SNV', 'published')
  ids.ofMovement = await decision('2/QĐ-SNV', 'published', ids.movement)
  ids.draft = await decision('3/QĐ-SNV', 'draft')
  for (const v of VOWEL_NAMES) await award(v.name)
  await award('Đặng Văn Đức', { year: 2023, awardType: ids.cstdcs, unit: ids.office, decision: ids.ofMovement })
  await award('Đặng Thị Đào', { year: 2023, awardType: ids.ldtt, unit: ids.office, decision: ids.ofMovement })
  await award('Đặng Văn Đông', { year: 2022, awardType: ids.cstdcs, unit: ids.office, decision: ids.ofMovement })
  await award('Đặng Văn Đạt', { decision: ids.draft })
  await award('Đặng Văn Được', { withdrawn: true, withdrawalDecision: ids.published, withdrawalReason: 'Vi phạm' })
  impls = [await rolls.sqliteRollSearch(p), rolls.payloadRollSearch(p)]
})

afterAll(async () => portal?.close())

describe.each(['sqlite-fts', 'payload-where'] as const)('%s', (kind) => {
  const impl = () => impls.find((i) => i.kind === kind)!

  it('finds a name with every Vietnamese vowel and tone, typed without diacritics, in any case', async () => {
    for (const v of VOWEL_NAMES) {
      const expected = VOWEL_NAMES.filter((o) => VOWELS[o.vowel]!.plain === VOWELS[v.vowel]!.plain).map((o) => o.name).sort()
      expect((await names(impl(), { ...all, q: v.typed })).sort(), v.typed).toEqual(expected)
      expect((await names(impl(), { ...all, q: v.typed.toUpperCase() })).sort()).toEqual(expected)
      // Typed with its diacritics, composed or decomposed, it finds the same lines.
      expect((await names(impl(), { ...all, q: v.name.normalize('NFD') })).sort()).toEqual(expected)
    }
  })

  it('reads đ as d and words as prefixes, in any order', async () => {
    expect(await names(impl(), { ...all, q: 'dang duc' })).toEqual(['Đặng Văn Đức'])
    expect(await names(impl(), { ...all, q: 'DUC dang' })).toEqual(['Đặng Văn Đức'])
    expect((await names(impl(), { ...all, q: 'dang d' })).sort()).toEqual(['Đặng Thị Đào', 'Đặng Văn Đông', 'Đặng Văn Đức'])
  })

  it('shows the public roll only: not the lines of a draft decision, nor withdrawn awards', async () => {
    const found = await names(impl(), { ...all, q: 'dang' })
    expect(found).not.toContain('Đặng Văn Đạt')
    expect(found).not.toContain('Đặng Văn Được')
    expect(await impl().count({ q: 'dang' }, 100)).toBe(3)
  })

  it("gives the public roll's first and last year, not those of a draft decision's lines or a withdrawn award", async () => {
    if (!(await portal.payload.find({ collection: 'awards', where: { recipientName: { equals: 'Lý Văn Nháp' } }, overrideAccess: true, limit: 1 })).totalDocs) {
      await award('Lý Văn Nháp', { year: 2031, decision: ids.draft })
      await award('Lý Văn Thu Hồi', { year: 2019, withdrawn: true, withdrawalDecision: ids.published, withdrawalReason: 'Vi phạm' })
    }
    expect(await impl().yearRange()).toEqual({ first: 2022, last: 2024 })
  })

  it('combines filters: year, award type, unit, movement, decision, words', async () => {
    expect(await names(impl(), { ...all, year: 2023, unitId: ids.office })).toEqual(['Đặng Văn Đức', 'Đặng Thị Đào'])
    expect(await names(impl(), { ...all, movementId: ids.movement, awardTypeIds: [ids.cstdcs] })).toEqual(['Đặng Văn Đức', 'Đặng Văn Đông'])
    expect(await names(impl(), { ...all, decisionId: ids.ofMovement, year: 2022, q: 'dong' })).toEqual(['Đặng Văn Đông'])
    expect(await names(impl(), { ...all, decisionId: ids.published, q: 'dang' })).toEqual([])
    expect(await names(impl(), { ...all, awardTypeIds: [] })).toEqual([])
    expect(await impl().count({ movementId: ids.movement }, 100)).toBe(3)
  })

  it('orders the roll by newest year, highest honour, then name', async () => {
    // 2023: the Chiến sĩ thi đua cơ sở (higher) before the Lao động tiên tiến; 2024 lines first.
    const found = await names(impl(), { ...all, q: 'dang' })
    expect(found).toEqual(['Đặng Văn Đức', 'Đặng Thị Đào', 'Đặng Văn Đông'])
  })

  it('pages without counting: each page and whether there is another, the count stopping at its cap', async () => {
    const whole = (await impl().page({ page: 1, limit: 1000 })).ids
    expect(whole.length).toBe(VOWEL_NAMES.length + 3)
    const paged: unknown[] = []
    for (let page = 1; ; page++) {
      const { ids: pageIds, hasNext } = await impl().page({ page, limit: 7 })
      paged.push(...pageIds)
      if (!hasNext) break
    }
    expect(paged).toEqual(whole)
    expect(await impl().count({}, 10)).toBe(10)
    // Beyond the cap a page is the last allowed one, never an unbounded OFFSET.
    expect((await impl().page({ page: rolls.MAX_ROLL_PAGE + 1000, limit: 1 })).ids).toEqual((await impl().page({ page: rolls.MAX_ROLL_PAGE, limit: 1 })).ids)
  })

  it('pages by cursor (?sau=), stable while lines are added before the page read', async () => {
    const walk: unknown[] = []
    let after: string | null = null
    do {
      const step: Awaited<ReturnType<RollSearch['page']>> = await impl().page({ page: 1, limit: 7, after })
      walk.push(...step.ids)
      after = step.hasNext ? step.next : null
    } while (after)
    expect(walk).toEqual((await impl().page({ page: 1, limit: 1000 })).ids)

    const first = await impl().page({ page: 1, limit: 5, q: 'dinh thi' })
    const second = await impl().page({ page: 1, limit: 5, q: 'dinh thi', after: first.next })
    const offsetSecond = await impl().page({ page: 2, limit: 5, q: 'dinh thi' })
    expect(offsetSecond.ids).toEqual(second.ids)
    // Lines added meanwhile that sort before the cursor: a newer year, and a name before those shown.
    const added = [await award('Đinh Thị Mới', { year: 2025 }), await award('Đinh Thị A', { year: 2024 })]
    try {
      expect((await impl().page({ page: 1, limit: 5, q: 'dinh thi', after: first.next })).ids).toEqual(second.ids)
      // Offset paging would have shifted by two: the reason for the cursor.
      expect((await impl().page({ page: 2, limit: 5, q: 'dinh thi' })).ids).not.toEqual(second.ids)
    } finally {
      for (const id of added) await portal.payload.delete({ collection: 'awards', id, overrideAccess: true })
    }
    // A forged or broken cursor is no cursor: the first page.
    for (const bad of ['x', 'WzEsMiwzXQ', Buffer.from('[2024,1,"a","1 OR 1=1"]').toString('base64url')]) {
      expect((await impl().page({ page: 1, limit: 5, q: 'dinh thi', after: bad })).ids).toEqual(first.ids)
    }
  })

  it('takes hostile input as words: results or none, never an error', async () => {
    for (const q of ['"', '""', '*', 'dang*', '-dang', 'NEAR(dang duc)', 'NEAR(', '%', '_', '%_%', 'dang OR duc', 'duc AND', '(', ')', '^dang', 'search:dang', "d'ang", '\\', '"dang" "duc"']) {
      const found = await names(impl(), { ...all, q })
      expect(Array.isArray(found), q).toBe(true)
    }
    expect(await names(impl(), { ...all, q: '"dang" -duc' })).toEqual(['Đặng Văn Đức'])
    // Wildcards alone are no words: the unfiltered roll, as before (LIKE would have read them as "anything").
    expect(await names(impl(), { ...all, q: '%_' })).toEqual(await names(impl(), all))
    expect(await names(impl(), { ...all, q: '"*' })).toEqual([])
    // NEAR is a word like any other here (no award has it), not an FTS5 operator.
    expect(await names(impl(), { ...all, q: 'NEAR(dang duc)' })).toEqual([])
    expect(await names(impl(), { ...all, q: 'dang(duc)' })).toEqual(['Đặng Văn Đức'])
  })
})

describe('the FTS index is kept in step with writes', () => {
  const fts = () => impls.find((i) => i.kind === 'sqlite-fts')!
  it('on create, update and delete through Payload', async () => {
    const id = await award('Lưu Quang Vũ')
    expect(await names(fts(), { ...all, q: 'luu quang vu' })).toEqual(['Lưu Quang Vũ'])
    await portal.payload.update({ collection: 'awards', id, data: { recipientName: 'Lưu Quang Võ' }, overrideAccess: true })
    expect(await names(fts(), { ...all, q: 'luu quang vu' })).toEqual([])
    expect(await names(fts(), { ...all, q: 'luu quang vo' })).toEqual(['Lưu Quang Võ'])
    await portal.payload.delete({ collection: 'awards', id, overrideAccess: true })
    expect(await names(fts(), { ...all, q: 'luu quang' })).toEqual([])
  })

  it('on the bulk insert of the import (insertAwards), with the award rank copied', async () => {
    const { insertAwards } = await import('@portal/cms/awards')
    const req = { payload: portal.payload } as never
    await insertAwards(portal.payload, [{ recipientName: 'Khổng Minh Nguyệt', search: 'khong minh nguyet', awardType: ids.cstdcs, year: 2024, decision: ids.published }], req)
    expect(await names(fts(), { ...all, q: 'KHONG nguyet' })).toEqual(['Khổng Minh Nguyệt'])
    const [stored] = (await portal.payload.find({ collection: 'awards', where: { recipientName: { equals: 'Khổng Minh Nguyệt' } }, overrideAccess: true, depth: 0 })).docs
    expect(stored?.awardRank).toBe(AWARD_TYPES.find((t) => t.name === 'Chiến sĩ thi đua cơ sở')!.rank)
  })

  it("a type's new rank reaches its awards", async () => {
    await portal.payload.update({ collection: 'award-types', id: ids.ldtt, data: { rank: 1 }, overrideAccess: true })
    // Now Lao động tiên tiến ranks first: 2023's Đào before Đức.
    for (const impl of impls) expect(await names(impl, { ...all, q: 'dang' })).toEqual(['Đặng Thị Đào', 'Đặng Văn Đức', 'Đặng Văn Đông'])
  })
})

describe('query plans on SQLite', () => {
  it('the roll, a year and a decision read through their indexes, without sorting the table', async () => {
    const db = portal.payload.db as unknown as { drizzle: { all: (q: unknown) => Promise<Array<Record<string, unknown>>> } }
    const { sql } = await import('@payloadcms/db-sqlite')
    const plan = async (where: string, order: string) =>
      (await db.drizzle.all(sql.raw(`EXPLAIN QUERY PLAN SELECT a.id FROM awards a WHERE coalesce(a.withdrawn, 0) = 0 ${where} ORDER BY ${order} LIMIT 21`))).map((r) => String(r.detail)).join('\n')
    const roll = 'a.year DESC, a.award_rank, a.recipient_name, a.id'
    for (const text of [await plan('', roll), await plan('AND a.year = 2024', roll)]) {
      expect(text).toMatch(/awards_roll_order_idx/)
      expect(text).not.toMatch(/TEMP B-TREE/)
    }
    const decision = await plan(`AND a.decision_id = ${ids.published}`, 'a.decision_id, a.line_number, a.award_rank, a.recipient_name, a.id')
    expect(decision).toMatch(/awards_decision_order_idx/)
    expect(decision).not.toMatch(/TEMP B-TREE/)
  })
})
