import sharp from 'sharp'
import type { CollectionSlug, Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPortal, type TestPortal } from './helpers/payload'

type Doc = Record<string, any> & { id: number | string }

let portal: TestPortal
let payload: Payload
const ref: Record<'unit' | 'documentType' | 'awardType' | 'media', number | string> = {} as never

// One code path drives every searchable collection, so the typed Local API is loosened here.
const api = () =>
  payload as unknown as {
    create: (args: Record<string, unknown>) => Promise<Doc>
    update: (args: Record<string, unknown>) => Promise<Doc>
    findByID: (args: Record<string, unknown>) => Promise<Doc>
    find: (args: Record<string, unknown>) => Promise<{ docs: Doc[]; totalDocs: number }>
    count: (args: Record<string, unknown>) => Promise<{ totalDocs: number }>
  }

interface Case {
  collection: CollectionSlug
  /** A document whose text says "Thi đua" (with diacritics). */
  make: (text: string) => Record<string, unknown>
  /** Partial update of a field that does not feed the search text. */
  unrelated: Record<string, unknown>
  /** Partial update of one field that does feed it, and a folded word it brings. */
  related: { data: Record<string, unknown>; word: string }
}

const published = { _status: 'published' }

const CASES: Case[] = [
  {
    collection: 'articles',
    make: (text) => ({ title: `Đẩy mạnh phong trào ${text} yêu nước`, ...published }),
    unrelated: { featured: true },
    related: { data: { summary: 'Biểu dương gương sáng Lăng Cô' }, word: 'lang co' },
  },
  {
    collection: 'documents',
    make: (text) => ({ abstract: `Kế hoạch ${text} năm 2024`, documentType: ref.documentType, issuer: ref.unit, issued: { year: 2024 }, ...published }),
    unrelated: { validity: 'expired' },
    related: { data: { signer: 'Sùng Đại Hùng' }, word: 'sung dai hung' },
  },
  {
    collection: 'movements',
    make: (text) => ({ name: `Phong trào ${text} văn hóa công sở`, periodStart: 2022, ...published }),
    unrelated: { periodEnd: 2025 },
    related: { data: { summary: 'Hướng tới Đại hội lần thứ VI' }, word: 'dai hoi lan thu vi' },
  },
  {
    collection: 'exemplary-models',
    make: (text) => ({ name: `Lê Thị Hòa, điển hình ${text}`, year: 2024, ...published }),
    unrelated: { year: 2023 },
    related: { data: { position: 'Trưởng phòng Người có công' }, word: 'nguoi co cong' },
  },
  {
    collection: 'awards',
    make: (text) => ({ recipientName: `Tập thể ${text} xuất sắc Phòng Đào tạo`, awardType: ref.awardType, year: 2024 }),
    unrelated: { year: 2023 },
    related: { data: { position: 'Phó Giám đốc' }, word: 'pho giam doc' },
  },
  {
    collection: 'award-decisions',
    make: (text) => ({
      number: `${Math.floor(Math.random() * 90000) + 1000}/QĐ-SLĐTBXH`,
      issuer: ref.unit,
      issuedAt: '2024-12-20T00:00:00.000Z',
      abstract: `Về việc khen thưởng ${text} năm 2024`,
      ...published,
    }),
    unrelated: { signerTitle: 'GIÁM ĐỐC' },
    related: { data: { signer: 'Nguyễn Văn Đức' }, word: 'nguyen van duc' },
  },
  {
    collection: 'galleries',
    make: (text) => ({ title: `Hội nghị ${text} năm 2024`, items: [{ media: ref.media }], ...published }),
    unrelated: { kind: 'video' },
    related: { data: { description: 'Ảnh tại Hà Giang' }, word: 'ha giang' },
  },
  {
    collection: 'pages',
    make: (text) => ({ title: `Giới thiệu Hội đồng ${text}`, ...published }),
    unrelated: { order: 7 },
    related: { data: { summary: 'Chức năng, nhiệm vụ' }, word: 'chuc nang' },
  },
  {
    collection: 'units',
    make: (text) => ({ name: `Hội đồng ${text} - Khen thưởng tỉnh` }),
    unrelated: { website: 'https://example.gov.vn' },
    related: { data: { shortName: 'HĐTĐKT tỉnh' }, word: 'hdtdkt' },
  },
  {
    collection: 'blocs',
    make: (text) => ({ name: `Khối ${text} Văn hóa - Xã hội` }),
    unrelated: { members: [] },
    related: { data: { description: 'Gồm tám cơ quan' }, word: 'gom tam co quan' },
  },
  {
    collection: 'award-types',
    make: (text) => ({ name: `Cờ ${text} thử nghiệm ${Math.random().toString(36).slice(2, 7)}`, kind: 'emulation-title', level: 'grassroots', recipientKinds: ['collective'] }),
    unrelated: { rank: 5 },
    related: { data: { family: 'Cờ luân lưu' }, word: 'co luan luu' },
  },
]

const QUERIES = ['thi dua', 'THI ĐUA', 'Thi đua', 'Thi đua'.normalize('NFD'), 'thi Đua', '  Thi   đua  ']

beforeAll(async () => {
  portal = await startPortal()
  payload = portal.payload
  ref.unit = (await payload.create({ collection: 'units', data: { name: 'Sở Lao động - Thương binh và Xã hội', code: 'SLĐTBXH' } })).id
  ref.documentType = (await payload.create({ collection: 'document-types', data: { name: 'Kế hoạch', code: 'KH' } })).id
  ref.awardType = (
    await payload.create({ collection: 'award-types', data: { name: 'Lao động tiên tiến', kind: 'emulation-title', level: 'grassroots', recipientKinds: ['individual'] } })
  ).id
  const png = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#c00' } }).png().toBuffer()
  ref.media = (
    await payload.create({ collection: 'media', data: { alt: 'Ảnh hội nghị' }, file: { data: png, mimetype: 'image/png', name: 'hoi-nghi.png', size: png.length } })
  ).id
})
afterAll(async () => portal?.close())

describe('coverage', () => {
  it('these cases cover every collection that has the folded search field', () => {
    const searchable = payload.config.collections
      .filter((c) => c.flattenedFields.some((f) => f.name === 'search'))
      .map((c) => c.slug)
      .sort()
    expect(searchable).toEqual(CASES.map((c) => c.collection).sort())
  })
})

/** Ids found by a reader (access control on, no user) for a where clause. */
async function idsFound(collection: CollectionSlug, where: Where): Promise<Array<number | string>> {
  const { docs } = await api().find({ collection, where, limit: 0, pagination: false, depth: 0, overrideAccess: false })
  return docs.map((d) => d.id)
}

describe.each(CASES)('search on $collection', ({ collection, make, unrelated, related }) => {
  let match: Doc
  let decomposed: Doc
  let other: Doc

  beforeAll(async () => {
    match = await api().create({ collection, data: make('Thi đua'), depth: 0 })
    // Text pasted in decomposed Unicode is found the same way
    decomposed = await api().create({ collection, data: make('THI ĐUA NĂM SAU'.normalize('NFD')), depth: 0 })
    other = await api().create({ collection, data: make('Khen thưởng'), depth: 0 })
  })

  it('stores the folded text', async () => {
    const stored = await api().findByID({ collection, id: match.id, depth: 0, overrideAccess: true })
    expect(stored.search).toContain('thi dua')
    expect(stored.search).toBe(stored.search.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase())
  })

  it.each(QUERIES)('finds "Thi đua" with the query %j, without diacritics or case mattering', async (q) => {
    for (const operator of ['like', 'contains'] as const) {
      const ids = await idsFound(collection, { search: { [operator]: q } })
      expect(ids, operator).toContain(match.id)
      expect(ids, operator).toContain(decomposed.id)
      expect(ids, operator).not.toContain(other.id)
    }
    const { totalDocs } = await api().count({ collection, where: { search: { like: q } }, overrideAccess: false })
    expect(totalDocs).toBeGreaterThanOrEqual(2)
  })

  it('folds the query inside and/or, as the admin list search sends it', async () => {
    const ids = await idsFound(collection, { or: [{ search: { like: 'THI ĐUA' } }, { id: { equals: -1 } }] })
    expect(ids).toContain(match.id)
    const both = await idsFound(collection, { and: [{ search: { like: 'Thi Đua' } }, { id: { equals: match.id } }] })
    expect(both).toEqual([match.id])
  })

  it('finds nothing for words that are not there', async () => {
    expect(await idsFound(collection, { search: { like: 'không có từ này xyzzy' } })).toEqual([])
    expect((await api().count({ collection, where: { search: { like: 'Thi đua xyzzy' } }, overrideAccess: false })).totalDocs).toBe(0)
  })

  it('keeps the search text right after a partial update', async () => {
    const before = (await api().findByID({ collection, id: match.id, depth: 0, overrideAccess: true })).search
    await api().update({ collection, id: match.id, data: unrelated, depth: 0 })
    const afterUnrelated = await api().findByID({ collection, id: match.id, depth: 0, overrideAccess: true })
    expect(afterUnrelated.search).toBe(before)
    expect(await idsFound(collection, { search: { like: 'THI ĐUA' } })).toContain(match.id)

    await api().update({ collection, id: match.id, data: related.data, depth: 0 })
    const afterRelated = await api().findByID({ collection, id: match.id, depth: 0, overrideAccess: true })
    expect(afterRelated.search).toContain('thi dua')
    expect(afterRelated.search).toContain(related.word)
    const ids = await idsFound(collection, { search: { like: related.word.toUpperCase() } })
    expect(ids).toContain(match.id)
    expect(ids).not.toContain(other.id)
    expect(await idsFound(collection, { search: { like: 'thi dua' } })).toContain(match.id)
  })
})
