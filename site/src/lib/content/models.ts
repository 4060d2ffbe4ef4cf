/** Exemplary models and good-deed examples (/dien-hinh-tien-tien). */
import type { Where } from 'payload'

import { idParam, pageNumber, yearParam } from '../params'
import { query, queryOne } from './query'
import { byVietnameseName, pickById, populated, uniqueIds, type Id } from './relations'
import type { ExemplaryModel, Movement, Unit } from './types'

export interface ExemplaryModelFilters {
  year?: number | null
  unitId?: Id | null
  movementId?: Id | null
  page?: number
  limit?: number
}

/** What the models gallery can be filtered by: the years, units and movements of published models. */
export async function exemplaryModelFilterOptions() {
  const all = await query<Pick<ExemplaryModel, 'id' | 'year' | 'unit' | 'movement'>>('exemplary-models', {
    select: { year: true, unit: true, movement: true },
    depth: 0,
    limit: 0,
    pagination: false,
  })
  const years = [...new Set(all.docs.map((m) => m.year).filter((y): y is number => typeof y === 'number'))].sort((a, b) => b - a)
  const unitIds = uniqueIds(all.docs.map((m) => m.unit))
  const movementIds = uniqueIds(all.docs.map((m) => m.movement))
  const [units, movements] = await Promise.all([
    unitIds.length ? query<Unit>('units', { where: { id: { in: unitIds } }, limit: unitIds.length, depth: 0, select: { name: true } }) : null,
    movementIds.length ? query<Movement>('movements', { where: { id: { in: movementIds } }, limit: movementIds.length, depth: 0, joins: false, select: { name: true } }) : null,
  ])
  return { years, units: byVietnameseName(units?.docs ?? []), movements: byVietnameseName(movements?.docs ?? []) }
}

/** One page of published exemplary models, newest year first. */
export function listExemplaryModels({ year, unitId, movementId, page = 1, limit = 12 }: ExemplaryModelFilters = {}) {
  const conditions: Where[] = [
    ...(year ? [{ year: { equals: year } }] : []),
    ...(unitId != null ? [{ unit: { equals: unitId } }] : []),
    ...(movementId != null ? [{ movement: { equals: movementId } }] : []),
  ]
  return query<ExemplaryModel>('exemplary-models', {
    where: conditions.length ? { and: conditions } : undefined,
    limit,
    page,
    sort: ['-year', 'name'],
    depth: 1,
    populate: { units: { name: true, slug: true }, movements: { name: true, slug: true }, awards: { recipientName: true } },
    firstPageWhenPastEnd: true,
  })
}

/**
 * The models gallery as a URL asks for it (?nam, ?don-vi, ?phong-trao, ?trang):
 * every value is checked against what exists, so an unknown one shows the unfiltered list.
 */
export async function exemplaryModelGallery(url: URL) {
  const options = await exemplaryModelFilterOptions()
  const year = yearParam(url)
  const unit = pickById(options.units, idParam(url, 'don-vi'))
  const movement = pickById(options.movements, idParam(url, 'phong-trao'))
  const models = await listExemplaryModels({ year, unitId: unit?.id, movementId: movement?.id, page: pageNumber(url) })
  return {
    options,
    // A year nobody has yet stays selectable, so the form shows what was asked.
    years: year && !options.years.includes(year) ? [year, ...options.years].sort((a, b) => b - a) : options.years,
    applied: { year, unit, movement },
    filtered: Boolean(year || unit || movement),
    models,
    cards: models.docs.map((model) => ({ model, unit: populated<Unit>(model.unit)[0] ?? null, movement: populated<Movement>(model.movement)[0] ?? null })),
  }
}

/** A model with its unit, movement, photos and awards (each with its type and decision). */
/** What the page reads of it (its page and its preview alike). */
export const MODEL_PAGE_READ = { depth: 2 } as const

export const exemplaryModelBySlug = (slug: string) => queryOne<ExemplaryModel>('exemplary-models', { slug: { equals: slug } }, MODEL_PAGE_READ)
