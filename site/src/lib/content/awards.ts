/** The honour roll (/bang-vang) and award decisions (/bang-vang/quyet-dinh/...). */
import { exportHonourRoll } from '@portal/cms/awards/export'
import { decodeRollCursor, MAX_ROLL_PAGE, PAYLOAD_SORT, rollSearchFor, type RollFilter } from '@portal/cms/awards/rollSearch'
import { AWARD_KIND_LABELS, AWARD_LEVEL_LABELS, RECIPIENT_KIND_LABELS, searchTerms, type AwardLevel, type RecipientKind } from '@portal/shared'
import { sortByGivenName } from '@portal/shared/vietnameseCollation'
import type { Where } from 'payload'

import { idParam, pageNumber, textParam, yearParam } from '../params'
import { cachedRead } from '../readCache'
import { payload } from './instance'
import { query, queryOne, type PageOf } from './query'
import { byVietnameseName, pickById, type Id } from './relations'
import type { Award, AwardDecision, AwardSummary, AwardType, Movement, Unit } from './types'

export const AWARD_LEVELS = Object.keys(AWARD_LEVEL_LABELS) as AwardLevel[]

export const isAwardLevel = (value: unknown): value is AwardLevel => typeof value === 'string' && (AWARD_LEVELS as string[]).includes(value)

/**
 * One line of the honour roll, flat: what the table shows and nothing more, so
 * that `listAwards` can later be answered by a faster index instead of the CMS.
 */
export interface HonourRollEntry {
  id: Id
  /** The decision's own line number (STT). */
  lineNumber: number | null
  recipientName: string
  recipientKind: RecipientKind
  position: string | null
  unitName: string | null
  awardType: { id: Id; name: string; level: AwardLevel | null } | null
  year: number
  decision: { number: string; slug: string; issuedAt: string } | null
  citation: string | null
  isSample: boolean
  /** The award's own page is pathFor('awards', verificationCode). */
  verificationCode: string | null
}

export interface AwardQuery {
  year?: number | null
  awardTypeId?: Id | null
  level?: AwardLevel | null
  unitId?: Id | null
  /** Name (or other words) without diacritics: "le thi minh hoa" finds "Lê Thị Minh Họa". */
  q?: string | null
  /** Only the awards of one decision (the decision's page). */
  decisionId?: Id | null
  /** Only the awards of the decisions of one movement. */
  movementId?: Id | null
  /** A decision's list: in the decision's order (STT), or alphabetical by given name. */
  order?: RollOrder
  /** The roll by cursor (?sau=): the lines after it, stable while lines are added; `page` is then ignored. */
  after?: string | null
  page?: number
  limit?: number
}

export type RollOrder = 'decision' | 'alphabetical'

/** ?sap-xep=ten asks for Vietnamese alphabetical order by given name; anything else is the decision's order. */
export const rollOrderParam = (url: URL): RollOrder => (url.searchParams.get('sap-xep') === 'ten' ? 'alphabetical' : 'decision')

/** How honour-roll lines are read (the roll, a decision's page, its preview). */
export const AWARD_LINE_READ = {
  depth: 1,
  select: { lineNumber: true, recipientName: true, recipientKind: true, position: true, unit: true, unitName: true, awardType: true, year: true, decision: true, citation: true, isSample: true, verificationCode: true },
  populate: {
    'award-types': { name: true, level: true, rank: true },
    units: { name: true },
    'award-decisions': { number: true, slug: true, issuedAt: true },
  },
}

/** A decision's lines in its own order (STT; lines without one, highest honour first), as the roll's search sorts them. */
export const DECISION_LINE_SORT = PAYLOAD_SORT.decision

export function honourRollEntry(award: Award): HonourRollEntry {
  const type = typeof award.awardType === 'object' && award.awardType ? award.awardType : null
  const unit = typeof award.unit === 'object' && award.unit ? award.unit : null
  const decision = typeof award.decision === 'object' && award.decision ? award.decision : null
  return {
    id: award.id,
    lineNumber: award.lineNumber ?? null,
    recipientName: award.recipientName,
    recipientKind: award.recipientKind,
    position: award.position?.trim() || null,
    unitName: unit?.name ?? (award.unitName?.trim() || null),
    awardType: type ? { id: type.id, name: type.name, level: type.level ?? null } : null,
    year: award.year,
    decision: decision?.slug ? { number: decision.number, slug: decision.slug, issuedAt: decision.issuedAt } : null,
    citation: award.citation ?? null,
    isSample: Boolean(award.isSample),
    verificationCode: award.verificationCode ?? null,
  }
}

/** Award types, highest honour first (the filter's choices, and the level lookup). */
export const awardTypeOptions = () => query<AwardType>('award-types', { limit: 500, sort: 'rank', depth: 0 }).then((r) => r.docs)

/** Units a reader can filter the honour roll by, in Vietnamese alphabetical order. */
export const unitOptions = () => query<Unit>('units', { limit: 1000, depth: 0, select: { name: true, slug: true } }).then((r) => byVietnameseName(r.docs))

/** The years of the public honour roll, newest first, from its first to its last year (two index walks of the roll's search). */
export async function awardYears(): Promise<number[]> {
  const range = await cachedRead('roll-years', async () => (await rollSearch()).yearRange())
  if (!range) return []
  const { first, last } = range
  const from = Math.max(first, last - 99)
  return Array.from({ length: last - from + 1 }, (_, i) => last - i)
}

/** A page of the roll: its count stops at the pages a reader may open (`countIsFloor`: "more than"). */
export interface RollPageOf<T> extends PageOf<T> {
  countIsFloor: boolean
  /** The page asked for lies beyond MAX_ROLL_PAGE: refused, page 1 shown. */
  tooDeep: boolean
  /** The cursor of the next lines (?sau=), when there are more (the roll's own order). */
  next: string | null
  /** This page was read by cursor. */
  byCursor: boolean
}

export { MAX_ROLL_PAGE }

const rollSearch = () => payload().then(rollSearchFor)

/** The lines of the given ids, read as a reader (access rules again), in the ids' order. */
async function rollLines(ids: Id[]): Promise<HonourRollEntry[]> {
  if (ids.length === 0) return []
  const { docs } = await query<Award>('awards', { where: { id: { in: ids } }, limit: ids.length, pagination: false, ...AWARD_LINE_READ })
  const byId = new Map(docs.map((d) => [String(d.id), d]))
  return ids.map((id) => byId.get(String(id))).filter((d): d is Award => Boolean(d)).map(honourRollEntry)
}

/**
 * One page of the honour roll: newest year first, then highest honour, then by
 * name (a decision's lines in its own order). Every filter is optional; callers
 * pass only values they have checked. The one function behind /bang-vang, the
 * decision pages and the roll's part of /tim-kiem: the ids come from the roll's
 * search (FTS5 on SQLite, cms/src/awards/rollSearch.ts), without counting the
 * whole table; the lines are then read through the reader's query.
 */
export async function listAwards({ year, awardTypeId, level, unitId, q, decisionId, movementId, order, after, page = 1, limit = 20 }: AwardQuery = {}): Promise<RollPageOf<HonourRollEntry>> {
  let awardTypeIds: Id[] | null = awardTypeId != null ? [awardTypeId] : null
  if (level) {
    const ofLevel = (await awardTypeOptions()).filter((t) => t.level === level).map((t) => t.id)
    awardTypeIds = awardTypeIds ? awardTypeIds.filter((id) => ofLevel.some((t) => String(t) === String(id))) : ofLevel
  }
  const filter: RollFilter = { q, year, awardTypeIds, unitId, decisionId, movementId, order: decisionId != null ? 'decision' : 'newest' }
  const search = await rollSearch()
  const cap = MAX_ROLL_PAGE * limit + 1
  const alphabetical = decisionId != null && order === 'alphabetical'
  if (alphabetical) {
    // SQL cannot sort in the Vietnamese alphabet: a decision's list (hundreds of lines) is read whole and sorted here.
    const { ids } = await cachedRead(`roll:${JSON.stringify(filter)}:all`, () => search.page({ ...filter, page: 1, limit: 10_000 }))
    const sorted = sortByGivenName(await rollLines(ids), (d) => d.recipientName, (d) => d.recipientKind !== 'collective')
    const totalPages = Math.max(1, Math.ceil(sorted.length / limit))
    const current = Math.min(Math.max(1, page), totalPages)
    return { docs: sorted.slice((current - 1) * limit, current * limit), totalDocs: sorted.length, page: current, totalPages: sorted.length ? totalPages : 0, limit, countIsFloor: false, tooDeep: false, next: null, byCursor: false }
  }
  const cursor = decisionId == null ? decodeRollCursor(after) : null
  const tooDeep = !cursor && page > MAX_ROLL_PAGE
  const read = (p: number, from: string | null) => cachedRead(`roll:${JSON.stringify(filter)}:${p}:${limit}:${from}`, () => search.page({ ...filter, page: p, limit, after: from }))
  let current = tooDeep || cursor ? 1 : Math.max(1, Math.floor(page) || 1)
  let found = await read(current, cursor ? after! : null)
  // A page past the end (an old link) shows the first page rather than nothing.
  if (found.ids.length === 0 && (current > 1 || cursor)) found = await read((current = 1), null)
  const [docs, counted] = await Promise.all([rollLines(found.ids), cachedRead(`roll-count:${JSON.stringify(filter)}:${cap}`, () => search.count(filter, cap))])
  const totalDocs = Math.max(counted, (current - 1) * limit + found.ids.length)
  const byCursor = Boolean(cursor && found.ids.length)
  return { docs, totalDocs, page: current, totalPages: Math.min(MAX_ROLL_PAGE, Math.ceil(totalDocs / limit)), limit, countIsFloor: counted >= cap, tooDeep, next: found.hasNext ? found.next : null, byCursor }
}

/** Movements a reader can filter the honour roll by (?phong-trao), newest first. */
export const movementOptions = () => query<Movement>('movements', { limit: 500, sort: '-periodStart', depth: 0, joins: false, select: { name: true, slug: true } }).then((r) => r.docs)

/** A published decision by its id (?quyet-dinh), or null. */
const decisionById = (id: Id | null) => (id == null ? Promise.resolve(null) : queryOne<AwardDecision>('award-decisions', { id: { equals: id } }, { depth: 0, joins: false, select: { number: true, slug: true } }))

/**
 * The honour roll as a URL asks for it (?nam, ?loai, ?cap, ?don-vi, ?phong-trao, ?quyet-dinh, ?q, ?trang, ?sau):
 * every value is checked against what exists, so a bad link shows the unfiltered list, never an error.
 */
export async function honourRoll(url: URL, limit = 20) {
  const [types, units, years, movements, decision] = await Promise.all([awardTypeOptions(), unitOptions(), awardYears(), movementOptions(), decisionById(idParam(url, 'quyet-dinh'))])
  const year = yearParam(url)
  const awardType = pickById(types, idParam(url, 'loai'))
  const rawLevel = textParam(url, 'cap', 40)
  const level = isAwardLevel(rawLevel) ? rawLevel : null
  const unit = pickById(units, idParam(url, 'don-vi'))
  const movement = pickById(movements, idParam(url, 'phong-trao'))
  const q = textParam(url, 'q', 100)
  const after = textParam(url, 'sau', 400) || null
  const awards = await listAwards({ year, awardTypeId: awardType?.id, level, unitId: unit?.id, movementId: movement?.id, decisionId: decision?.id, q, after, page: pageNumber(url), limit })
  return {
    applied: { year, awardType, level, unit, movement, decision, q },
    filtered: Boolean(year || awardType || level || unit || movement || decision || q),
    // A year not on the roll stays selectable, so the form shows what was asked.
    years: year && !years.includes(year) ? [year, ...years].sort((a, b) => b - a) : years,
    typeGroups: Object.entries(AWARD_KIND_LABELS).map(([kind, label]) => ({ label, types: types.filter((t) => t.kind === kind) })),
    levels: AWARD_LEVELS.map((value) => ({ value, label: AWARD_LEVEL_LABELS[value] })),
    units,
    movements,
    awards,
  }
}

/**
 * The honour roll as a file (/bang-vang/tai-ve.xlsx, .csv), with the filters
 * of /bang-vang and ?quyet-dinh=<id>: the public roll only (read without a
 * user, so withdrawn awards stay out), every cell escaped against formulas.
 */
export async function honourRollFile(url: URL, format: 'xlsx' | 'csv') {
  const [types, units] = await Promise.all([awardTypeOptions(), unitOptions()])
  const decisionId = idParam(url, 'quyet-dinh')
  return exportHonourRoll(
    await payload(),
    {
      year: yearParam(url),
      awardType: pickById(types, idParam(url, 'loai'))?.id ?? null,
      unit: pickById(units, idParam(url, 'don-vi'))?.id ?? null,
      decision: decisionId,
      q: textParam(url, 'q', 100),
      order: rollOrderParam(url),
    },
    format,
  )
}

export interface AwardSummaryView {
  id: Id
  title: string
  unitName: string | null
  year: number
  source: string | null
  counts: Array<{ awardTypeName: string; kindLabel: string; count: number }>
  total: number
}

/** Award counts published without names ("6 tập thể lao động xuất sắc..."), newest year first, filtered like the roll. */
export async function awardSummaries({ year, unitId }: { year?: number | null; unitId?: Id | null } = {}): Promise<AwardSummaryView[]> {
  const conditions: Where[] = []
  if (year) conditions.push({ year: { equals: year } })
  if (unitId != null) conditions.push({ unit: { equals: unitId } })
  const result = await query<AwardSummary>('award-summaries', {
    where: conditions.length ? { and: conditions } : undefined,
    limit: 20,
    sort: ['-year', 'title'],
    depth: 1,
    populate: { 'award-types': { name: true }, units: { name: true } },
  })
  return result.docs.map((s) => {
    const counts = (s.counts ?? []).map((c) => ({
      awardTypeName: typeof c.awardType === 'object' && c.awardType ? c.awardType.name : '',
      kindLabel: RECIPIENT_KIND_LABELS[c.recipientKind as RecipientKind] ?? '',
      count: c.count,
    }))
    return {
      id: s.id,
      title: s.title,
      unitName: typeof s.unit === 'object' && s.unit ? s.unit.name : null,
      year: s.year,
      source: s.source ?? null,
      counts,
      total: counts.reduce((sum, c) => sum + c.count, 0),
    }
  })
}
/** What a decision's page reads of it (its page and its preview alike). */
export const DECISION_PAGE_READ = { depth: 1, joins: false } as const

/** A decision with its issuer, movement and library document (its awards come from `listAwards`). */
export const awardDecisionBySlug = (slug: string) => queryOne<AwardDecision>('award-decisions', { slug: { equals: slug } }, DECISION_PAGE_READ)
