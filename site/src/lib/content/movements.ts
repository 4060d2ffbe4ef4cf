/** Emulation movements (/phong-trao-thi-dua) and what points at each of them. */
import { DOCUMENT_LIST_READ, RELATED_LIMIT } from './documents'
import { query, queryOne } from './query'
import type { AwardDecision, ExemplaryModel, LegalDocument, Movement } from './types'

// The join fields (plans, models, awardDecisions) are not read: `movementRelations`
// reads each relation once, published-only, with just the fields the page shows.
export const allMovements = (page = 1, limit = 10) => query<Movement>('movements', { limit, page, sort: '-periodStart', depth: 1, joins: false })

/** What the page reads of it (its page and its preview alike). */
export const MOVEMENT_PAGE_READ = { depth: 1, joins: false } as const

export const movementBySlug = (slug: string) => queryOne<Movement>('movements', { slug: { equals: slug } }, MOVEMENT_PAGE_READ)

/** What points at a movement: its plans, exemplary models and award decisions, each through its own published-only query. */
export async function movementRelations(movement: Pick<Movement, 'id'>) {
  const where = { movement: { equals: movement.id } }
  const [plans, models, decisions] = await Promise.all([
    query<LegalDocument>('documents', {
      where,
      limit: RELATED_LIMIT,
      sort: '-issued.sortDate',
      ...DOCUMENT_LIST_READ,
    }),
    query<ExemplaryModel>('exemplary-models', {
      where,
      limit: RELATED_LIMIT,
      sort: '-year',
      depth: 0,
      select: { name: true, slug: true, recipientKind: true, year: true, summary: true, isSample: true },
    }),
    query<AwardDecision>('award-decisions', {
      where,
      limit: RELATED_LIMIT,
      sort: '-issuedAt',
      depth: 0,
      joins: false,
      select: { number: true, slug: true, issuedAt: true, abstract: true, isSample: true },
    }),
  ])
  return { plans: plans.docs, models: models.docs, decisions: decisions.docs }
}
