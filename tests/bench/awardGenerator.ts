/**
 * Synthetic honour rolls of any size, for the benchmark and the tests:
 * Vietnamese names weighted by real frequency (awardNames.ts), collectives,
 * a province's units, award types by how often they are given (Lao động tiên
 * tiến far more often than a Huân chương), years, published decisions of
 * at most 2,000 lines each (at least one a year), most of them under a movement. Deterministic for a
 * seed (but for verification codes, random by design). Lines go in through
 * the import's bulk write (insertAwards: one 500-row INSERT, one transaction,
 * per chunk), so a million rows load in minutes.
 *
 *   npm run generate:awards -- --count 1000000 --db /tmp/roll.db [--seed 12]
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { AWARD_TYPES } from '@portal/shared'
import type { Payload, PayloadRequest } from 'payload'

import { COLLECTIVE_PARTS, DEPARTMENTS, FAMILY, GIVEN_FEMALE, GIVEN_MALE, HOSPITALS, MIDDLE_FEMALE, MIDDLE_MALE, MOVEMENTS, OFFICES, POSITIONS, SCHOOLS, type Weighted } from './awardNames'

/** A small, fast, seeded PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Picks from a weighted list in O(log n). */
export function weighted<T>(items: ReadonlyArray<readonly [T, number]>, rand: () => number): () => T {
  const cumulative: number[] = []
  let total = 0
  for (const [, w] of items) cumulative.push((total += w))
  return () => {
    const x = rand() * total
    let lo = 0
    let hi = cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cumulative[mid]! > x) hi = mid
      else lo = mid + 1
    }
    return items[lo]![0]
  }
}

// How often each title or form is given, per 1,000 lines (individuals, then collectives).
const INDIVIDUAL_AWARDS: Weighted = [
  ['Lao động tiên tiến', 700], ['Chiến sĩ thi đua cơ sở', 180], ['Giấy khen của Giám đốc Sở', 70], ['Bằng khen của Chủ tịch UBND tỉnh', 35],
  ['Chiến sĩ thi đua bộ, ban, ngành, tỉnh', 10], ['Bằng khen của Thủ tướng Chính phủ', 4], ['Huân chương Lao động hạng Ba', 1],
]
const COLLECTIVE_AWARDS: Weighted = [
  ['Tập thể lao động tiên tiến', 700], ['Tập thể lao động xuất sắc', 200], ['Bằng khen của Chủ tịch UBND tỉnh', 70], ['Cờ thi đua bộ, ban, ngành, tỉnh', 25],
  ['Huân chương Lao động hạng Ba', 5],
]
const COLLECTIVE_SHARE = 0.08
export const LINES_PER_DECISION = 2000

export interface GenerateOptions {
  count: number
  seed?: number
  /** Years of achievement, oldest to newest. */
  years?: [number, number]
  onProgress?: (done: number) => void
}

export interface GeneratedRoll {
  count: number
  ms: number
  rowsPerSecond: number
  years: [number, number]
  units: Array<{ id: number | string; name: string }>
  movements: Array<{ id: number | string; name: string }>
  decisions: Array<{ id: number | string; slug: string; year: number; lines: number }>
  awardTypes: Map<string, { id: number | string; rank: number; level: string }>
}

async function referenceData(payload: Payload, rand: () => number, years: [number, number], decisionCount: number) {
  const create = async (collection: 'units' | 'movements' | 'award-decisions' | 'award-types', data: Record<string, unknown>) =>
    payload.create({ collection, data: data as never, overrideAccess: true, depth: 0 }) as unknown as Promise<{ id: number | string } & Record<string, unknown>>
  const stored = await payload.find({ collection: 'award-types', limit: 0, pagination: false, depth: 0, overrideAccess: true })
  const types = stored.docs.length ? stored.docs : await Promise.all(AWARD_TYPES.map((t) => create('award-types', { ...t })))
  const awardTypes = new Map(types.map((t) => [String(t.name), { id: t.id, rank: Number(t.rank ?? 1000), level: String(t.level) }]))
  const province = await create('units', { name: 'Ủy ban nhân dân tỉnh Lâm Đồng' })
  const units: GeneratedRoll['units'] = []
  for (const name of DEPARTMENTS) {
    const dept = await create('units', { name: `${name} tỉnh Lâm Đồng`, parent: province.id })
    units.push({ id: dept.id, name: `${name} tỉnh Lâm Đồng` })
    for (const office of OFFICES) units.push({ id: (await create('units', { name: `${office} - ${name}`, parent: dept.id })).id, name: `${office} - ${name}` })
  }
  for (const name of [...SCHOOLS, ...HOSPITALS]) units.push({ id: (await create('units', { name, parent: province.id })).id, name })
  const movements: GeneratedRoll['movements'] = []
  for (const [i, name] of MOVEMENTS.entries()) movements.push({ id: (await create('movements', { name, periodStart: years[0] + (i % 3), _status: 'published' })).id, name })
  const decisions: GeneratedRoll['decisions'] = []
  for (let i = 0; i < decisionCount; i++) {
    const year = years[0] + Math.floor((i * (years[1] - years[0] + 1)) / decisionCount)
    const movement = rand() < 0.6 ? movements[Math.floor(rand() * movements.length)]!.id : undefined
    const doc = await create('award-decisions', {
      number: `${i + 1}/QĐ-UBND`,
      issuer: province.id,
      issuedAt: `${year + 1}-01-${String(10 + (i % 18)).padStart(2, '0')}T00:00:00.000Z`,
      abstract: `Về việc tặng danh hiệu thi đua và hình thức khen thưởng năm ${year}`,
      movement,
      _status: 'published',
    })
    decisions.push({ id: doc.id, slug: String(doc.slug), year, lines: 0 })
  }
  return { awardTypes, units, movements, decisions }
}

/** Writes `count` synthetic awards (and their units, movements, decisions) into the portal's database. */
export async function generateAwards(payload: Payload, { count, seed = 12, years = [2015, 2024], onProgress }: GenerateOptions): Promise<GeneratedRoll> {
  const { insertAwards, INSERT_CHUNK, awardSearchText } = await import('@portal/cms/awards')
  const rand = random(seed)
  // At least one decision a year, so every year's filter finds lines at any size.
  const decisionCount = Math.max(years[1] - years[0] + 1, Math.ceil(count / LINES_PER_DECISION))
  const linesPerDecision = Math.ceil(count / decisionCount)
  const ref = await referenceData(payload, rand, years, decisionCount)
  const family = weighted(FAMILY, rand)
  const middle = [weighted(MIDDLE_MALE, rand), weighted(MIDDLE_FEMALE, rand)]
  const given = [weighted(GIVEN_MALE, rand), weighted(GIVEN_FEMALE, rand)]
  const position = weighted(POSITIONS, rand)
  const individualAward = weighted(INDIVIDUAL_AWARDS, rand)
  const collectiveAward = weighted(COLLECTIVE_AWARDS, rand)
  const type = (name: string) => {
    const t = ref.awardTypes.get(name)
    if (!t) throw new Error(`award type missing: ${name}`)
    return t
  }
  const req = { payload, context: {} } as unknown as PayloadRequest
  const now = new Date().toISOString()
  const started = performance.now()
  let chunk: Array<Record<string, unknown>> = []
  for (let i = 0; i < count; i++) {
    const decision = ref.decisions[Math.min(ref.decisions.length - 1, Math.floor(i / linesPerDecision))]!
    const unit = ref.units[Math.floor(rand() * ref.units.length)]!
    const collective = rand() < COLLECTIVE_SHARE
    const sex = rand() < 0.5 ? 0 : 1
    const recipientName = collective
      ? `${COLLECTIVE_PARTS[Math.floor(rand() * COLLECTIVE_PARTS.length)]} - ${unit.name}`
      : `${family()} ${middle[sex]!()} ${given[sex]!()}`
    const t = type(collective ? collectiveAward() : individualAward())
    const row = {
      recipientName,
      recipientKind: collective ? 'collective' : 'individual',
      position: collective ? null : position(),
      unit: unit.id,
      awardType: t.id,
      awardRank: t.rank,
      year: decision.year,
      decision: decision.id,
      lineNumber: ++decision.lines,
      withdrawn: false,
      isSample: false,
      createdAt: now,
      updatedAt: now,
    }
    chunk.push({ ...row, search: awardSearchText(row) })
    if (chunk.length === INSERT_CHUNK || i === count - 1) {
      await insertAwards(payload, chunk, req)
      chunk = []
      onProgress?.(i + 1)
    }
  }
  const ms = performance.now() - started
  return { count, ms, rowsPerSecond: Math.round((count / ms) * 1000), years, ...ref }
}

/** The CLI: a portal database at --db (created and migrated when new) with --count generated awards. */
async function main() {
  const arg = (name: string, fallback?: string) => {
    const i = process.argv.indexOf(`--${name}`)
    return i > 0 ? process.argv[i + 1] : fallback
  }
  const count = Number(arg('count', '10000'))
  const db = path.resolve(arg('db', 'data/generated-roll.db')!)
  process.env.DATABASE_URL = `file:${db}`
  process.env.DATA_DIR ??= path.dirname(db)
  const { getPayload } = await import('payload')
  const { default: config } = await import('@portal/cms/config')
  const { migrateDatabase } = await import('@portal/cms/db')
  const payload = await getPayload({ config })
  await migrateDatabase(payload)
  const result = await generateAwards(payload, { count, seed: Number(arg('seed', '12')), onProgress: (n) => n % 100_000 === 0 && console.log(`${n.toLocaleString('vi-VN')} dòng`) })
  console.log(`${result.count.toLocaleString('vi-VN')} khen thưởng, ${result.decisions.length} quyết định trong ${(result.ms / 1000).toFixed(1)} s: ${result.rowsPerSecond.toLocaleString('vi-VN')} dòng/s -> ${db}`)
  await payload.destroy()
  process.exit(0)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main()
