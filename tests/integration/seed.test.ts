import fs from 'node:fs'
import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { AWARD_TYPES } from '@portal/shared'

import { startPortal, type TestPortal } from './helpers/payload'

type SeedModule = typeof import('@portal/seed')

/** Every collection the seed can write to, and the globals it fills. */
const COLLECTIONS: CollectionSlug[] = [
  'articles',
  'documents',
  'movements',
  'exemplary-models',
  'awards',
  'award-decisions',
  'award-summaries',
  'galleries',
  'pages',
  'categories',
  'media',
  'units',
  'blocs',
  'award-types',
  'document-types',
  'users',
]

/** Collections whose documents may carry isSample. */
const SAMPLE_CAPABLE: CollectionSlug[] = [
  'awards',
  'exemplary-models',
  'award-decisions',
  'galleries',
  'articles',
  'documents',
  'movements',
  'units',
  'media',
]

async function countAll(payload: Payload): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const collection of COLLECTIONS) {
    counts[collection] = (await payload.count({ collection, overrideAccess: true })).totalDocs
  }
  return counts
}

async function sampleCounts(payload: Payload): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const collection of SAMPLE_CAPABLE) {
    // overrideAccess counts drafts as well as published documents
    const { totalDocs } = await payload.count({ collection, where: { isSample: { equals: true } }, overrideAccess: true })
    counts[collection] = totalDocs
  }
  return counts
}

/** Every file name a media document has on disk: the original and each generated size. */
function filesOf(doc: { filename?: string | null; sizes?: Record<string, { filename?: string | null } | undefined> | null }): string[] {
  const names = [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)]
  return names.filter((n): n is string => typeof n === 'string' && n !== '')
}

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: number | string }).id : value)

describe('seed on an empty database', () => {
  let portal: TestPortal
  let payload: Payload
  let seedModule: SeedModule
  let firstReportTotal = 0
  let countsAfterFirst: Record<string, number>

  beforeAll(async () => {
    portal = await startPortal()
    payload = portal.payload
    seedModule = await import('@portal/seed')
    expect(await seedModule.isEmpty(payload)).toBe(true)
    const report = await seedModule.seed(payload, { sample: true })
    firstReportTotal = report.total
    countsAfterFirst = await countAll(payload)
  })
  afterAll(async () => portal?.close())

  it('reports what it created and leaves the database non-empty', async () => {
    expect(firstReportTotal).toBeGreaterThan(0)
    expect(await seedModule.isEmpty(payload)).toBe(false)
  })

  it('creates the four source articles, all published, with bylines, signatures, sources and dates', async () => {
    const { docs, totalDocs } = await payload.find({ collection: 'articles', where: { isSample: { not_equals: true } }, limit: 10, depth: 0, overrideAccess: true })
    expect(totalDocs).toBe(4)
    // Readers see them: they are published
    expect((await payload.count({ collection: 'articles', overrideAccess: false })).totalDocs).toBe(4)
    for (const doc of docs) expect(doc._status).toBe('published')

    const byTitle = (part: string) => {
      const found = docs.filter((d) => d.title.includes(part))
      expect(found, `article containing "${part}"`).toHaveLength(1)
      return found[0]!
    }

    const plan2022 = byTitle('Kế hoạch công tác Thi đua, khen thưởng năm 2022')
    expect(plan2022.signature).toBe('Ban biên tập Cổng TTĐT Sở')
    expect(plan2022.publishedAt.slice(0, 10)).toBe('2022-02-28')

    const thaiBinh = byTitle('Kế hoạch tuyên truyền về công tác thi đua, khen thưởng')
    expect(thaiBinh.source).toBe('Sở Văn hóa, Thể thao và Du lịch tỉnh Thái Bình')

    const konTum = byTitle('Kon Tum')
    expect(konTum.source).toBe('Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum')
    // 30/09/2019, Vietnam time (UTC+7)
    const konTumDate = new Date(konTum.publishedAt)
    const vn = new Date(konTumDate.getTime() + 7 * 3600_000)
    expect([vn.getUTCFullYear(), vn.getUTCMonth() + 1, vn.getUTCDate()]).toEqual([2019, 9, 30])

    const bloc = byTitle('tổng kết phong trào thi đua năm 2023')
    expect(bloc.byline).toBe('Lê Xuân Hà')
    expect(bloc.publishedAt.slice(0, 10)).toBe('2024-01-19')
    expect(bloc.relatedBlocs?.length).toBe(1)

    // No article invents a byline it does not have
    expect(docs.filter((d) => d.byline).map((d) => d.byline)).toEqual(['Lê Xuân Hà'])
  })

  it('creates document 443/KH-SLĐTBXH issued 28/2/2022', async () => {
    const { docs } = await payload.find({ collection: 'documents', where: { number: { equals: '443/KH-SLĐTBXH' } }, depth: 1, overrideAccess: true })
    expect(docs).toHaveLength(1)
    const doc = docs[0]!
    expect(doc._status).toBe('published')
    expect({ day: doc.issued.day, month: doc.issued.month, year: doc.issued.year }).toEqual({ day: 28, month: 2, year: 2022 })
    expect((doc.documentType as { code?: string }).code).toBe('KH')
    expect((doc.issuer as { name: string }).name).toBe('Sở Lao động - Thương binh và Xã hội')
  })

  it('links 23/KH-SVHTTDL to 61/KH-UBND, which it carries out ("Thực hiện"), not as its legal basis', async () => {
    const [plan, basis] = await Promise.all(
      ['23/KH-SVHTTDL', '61/KH-UBND'].map(async (number) => {
        const { docs } = await payload.find({ collection: 'documents', where: { number: { equals: number } }, depth: 0, overrideAccess: true })
        expect(docs, number).toHaveLength(1)
        return docs[0]!
      }),
    )
    expect(plan!.implements?.map(idOf)).toEqual([basis!.id])
    expect(plan!.legalBasis ?? []).toEqual([])
    expect(basis!.issued).toMatchObject({ day: 19, month: 4, year: 2021 })
    expect(basis!.entryKind).toBe('citation')
  })

  it('creates the unnumbered Hà Giang plan as its source gives it', async () => {
    const { docs } = await payload.find({ collection: 'documents', where: { number: { equals: '/KH-SLĐTBXH' } }, depth: 1, overrideAccess: true })
    expect(docs).toHaveLength(1)
    const plan = docs[0]!
    expect(plan.issued.year).toBe(2022)
    expect(plan.issued.month).toBe(8)
    expect(plan.issued.day ?? null).toBeNull()
    expect(plan.signer).toBe('Sùng Đại Hùng')
    expect((plan.issuer as { name: string }).name).toBe('Sở Lao động - Thương binh và Xã hội tỉnh Hà Giang')
    expect(plan.placeOfIssue).toBe('Hà Giang')
    expect(plan.signerTitle).toBe('GIÁM ĐỐC')
    // Its only "Căn cứ" is 672/QĐ-LĐTBXH (733/QĐ-TTg is cited in part II, not as a basis).
    expect((plan.legalBasis ?? []).map((b) => (b.document as { number?: string } | null)?.number)).toEqual(['672/QĐ-LĐTBXH'])
    // "Nơi nhận" of the source has eight bullets; the sixth wraps onto a second line
    // ("- Phòng Lao động -TBXH," / "Trung tâm GDNN-GDTX các huyện, TP;") and stays one recipient.
    expect((plan.recipients ?? []).map((r) => r.name)).toEqual([
      'Phòng TĐKT, Bộ LĐTBXH;',
      'Ban Thi đua khen thưởng tỉnh;',
      'Khối GUTĐ VHXXH tỉnh;',
      'Ban Giám đốc Sở;',
      'Các phòng, các đơn vị thuộc sở;',
      'Phòng Lao động -TBXH, Trung tâm GDNN-GDTX các huyện, TP;',
      'Trang thông tin điện tử Sở;',
      'Lưu: VT, VP.',
    ])
    expect(idOf(plan.movement)).toBeTruthy()
  })

  it('creates the movement 2022-2025 with its interim (2023) and final (2025) milestones', async () => {
    const { docs } = await payload.find({ collection: 'movements', where: { periodStart: { equals: 2022 } }, depth: 0, overrideAccess: true })
    expect(docs).toHaveLength(1)
    const movement = docs[0]!
    expect(movement.periodEnd).toBe(2025)
    expect(movement._status).toBe('published')
    const milestones = (movement.milestones ?? []).map((m) => [m.year, m.kind])
    expect(milestones).toContainEqual([2023, 'interim'])
    expect(milestones).toContainEqual([2025, 'final'])
    for (const m of movement.milestones ?? []) expect(String(m.description ?? '').trim()).not.toBe('')
  })

  it('creates the bloc of 8 members with leadership for 2023 and 2024', async () => {
    const { docs } = await payload.find({ collection: 'blocs', depth: 1, overrideAccess: true })
    expect(docs).toHaveLength(1)
    const bloc = docs[0]!
    expect(bloc.members).toHaveLength(8)
    const years = (bloc.leadership ?? []).map((l) => l.year).sort()
    expect(years).toEqual([2023, 2024])
    const y2024 = bloc.leadership!.find((l) => l.year === 2024)!
    expect((y2024.leader as { name: string }).name).toBe('Sở Văn hóa, Thể thao và Du lịch')
    expect((y2024.deputy as { name: string }).name).toBe('Sở Lao động - Thương binh và Xã hội')
    const y2023 = bloc.leadership!.find((l) => l.year === 2023)!
    expect((y2023.leader as { name: string }).name).toBe('Sở Giáo dục và Đào tạo')
  })

  it('records the Kon Tum award counts of 2018 (source 002) as a summary of the unit\'s year', async () => {
    const { docs } = await payload.find({ collection: 'award-summaries', depth: 1, overrideAccess: true })
    expect(docs).toHaveLength(1)
    const summary = docs[0]!
    expect(summary).toMatchObject({ year: 2018, unit: { name: 'Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum' } })
    const counts = (summary.counts ?? []).map((c) => [typeof c.awardType === 'object' ? c.awardType.name : c.awardType, c.recipientKind, c.count])
    expect(counts).toContainEqual(['Tập thể lao động xuất sắc', 'collective', 6])
    expect(counts).toContainEqual(['Lao động tiên tiến', 'individual', 105])
    expect(counts.reduce((sum, c) => sum + (c[2] as number), 0)).toBe(6 + 1 + 8 + 11 + 105 + 14)
  })

  it('loads the titles and commendation forms of the law as award types', async () => {
    const { docs } = await payload.find({ collection: 'award-types', limit: 0, pagination: false, depth: 0, overrideAccess: true })
    const names = new Set(docs.map((d) => d.name))
    for (const name of [
      'Chiến sĩ thi đua toàn quốc',
      'Chiến sĩ thi đua cơ sở',
      'Lao động tiên tiến',
      'Cờ thi đua của Chính phủ',
      'Tập thể lao động xuất sắc',
      'Huân chương Sao vàng',
      'Huân chương Hồ Chí Minh',
      'Anh hùng Lao động',
      'Bằng khen của Thủ tướng Chính phủ',
      'Giấy khen của Giám đốc Sở',
    ]) {
      expect(names, name).toContain(name)
    }
    expect(docs.length).toBe(AWARD_TYPES.length)
  })

  it('creates clearly marked sample content with files on disk', async () => {
    const counts = await sampleCounts(payload)
    for (const collection of ['awards', 'exemplary-models', 'award-decisions', 'galleries', 'media', 'units'] as const) {
      expect(counts[collection], collection).toBeGreaterThan(0)
    }
    const { docs: media } = await payload.find({ collection: 'media', where: { isSample: { equals: true } }, limit: 0, pagination: false, depth: 0, overrideAccess: true })
    const files = media.flatMap(filesOf)
    expect(files.length).toBeGreaterThan(media.length)
    for (const file of files) expect(fs.existsSync(path.join(portal.dir, 'media', file)), file).toBe(true)
  })

  it('is idempotent: a second run creates nothing and changes no count', async () => {
    const report = await seedModule.seed(payload, { sample: true })
    expect(report.total).toBe(0)
    expect(String(report)).toBe('nothing new')
    expect(await countAll(payload)).toEqual(countsAfterFirst)
  })

  it('removeSample deletes every sample document and its files, and keeps the source content', async () => {
    const { docs: sampleMedia } = await payload.find({ collection: 'media', where: { isSample: { equals: true } }, limit: 0, pagination: false, depth: 0, overrideAccess: true })
    const sampleFiles = sampleMedia.flatMap(filesOf)
    expect(sampleFiles.length).toBeGreaterThan(0)
    const before = await sampleCounts(payload)

    const removed = await seedModule.removeSample(payload)
    for (const collection of SAMPLE_CAPABLE) expect(removed[collection] ?? 0, collection).toBe(before[collection])

    const after = await sampleCounts(payload)
    for (const collection of SAMPLE_CAPABLE) expect(after[collection], collection).toBe(0)
    // Drafts and versions of sample documents are gone too
    for (const collection of ['exemplary-models', 'galleries'] as const) {
      const { totalDocs } = await payload.count({ collection, overrideAccess: true })
      expect(totalDocs, collection).toBe(0)
      const versions = await payload.findVersions({ collection, limit: 1, overrideAccess: true })
      expect(versions.totalDocs, `${collection} versions`).toBe(0)
    }
    for (const file of sampleFiles) expect(fs.existsSync(path.join(portal.dir, 'media', file)), file).toBe(false)

    // Source content is untouched
    const now = await countAll(payload)
    expect(now.articles).toBe(countsAfterFirst.articles! - before.articles!)
    expect(now.articles).toBe(4)
    // three plans in full and the eleven texts the sources cite (seed/src/content/citations.ts)
    expect(now.documents).toBe(14)
    expect(now.movements).toBe(1)
    expect(now.blocs).toBe(1)
    expect(now.pages).toBe(countsAfterFirst.pages)
    expect(now['award-types']).toBe(countsAfterFirst['award-types'])
    expect(now['document-types']).toBe(countsAfterFirst['document-types'])
    expect(now.units).toBe(countsAfterFirst.units! - before.units!)
    expect(now.units).toBeGreaterThan(0)
  })
})
