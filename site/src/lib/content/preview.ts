/**
 * Reads for signed previews (/xem-truoc/<token>): the latest draft of the one
 * document the link names, read as its public page reads it (same depth and
 * fields), but with access overridden, since a draft is what a preview shows.
 * Nothing here is cached: an editor saving a draft sees it on the next load.
 * The link's signature and expiry are checked before any of this is called.
 */
import type { PreviewableCollection } from '@portal/cms/workflow/previewToken'
import type { CollectionSlug, Payload } from 'payload'

import { ARTICLE_PAGE_READ } from './articles'
import { AWARD_LINE_READ, DECISION_LINE_SORT, DECISION_PAGE_READ, honourRollEntry, type HonourRollEntry } from './awards'
import { DOCUMENT_PAGE_READ } from './documents'
import { GALLERY_PAGE_READ } from './galleries'
import { payload } from './instance'
import { MODEL_PAGE_READ } from './models'
import { MOVEMENT_PAGE_READ } from './movements'
import { STATIC_PAGE_READ } from './pages'
import type { PageOf } from './query'
import type { Award } from './types'

const PAGE_READS: Record<PreviewableCollection, Record<string, unknown>> = {
  articles: ARTICLE_PAGE_READ,
  documents: DOCUMENT_PAGE_READ,
  movements: MOVEMENT_PAGE_READ,
  'exemplary-models': MODEL_PAGE_READ,
  galleries: GALLERY_PAGE_READ,
  pages: STATIC_PAGE_READ,
  'award-decisions': DECISION_PAGE_READ,
}

/** The secret previews are signed with: the portal's own. */
export const previewSecret = async () => (await payload()).secret

/** The newest version (draft or published) of one document, or null when it does not exist. */
export async function draftForPreview<T>(collection: PreviewableCollection, id: string): Promise<T | null> {
  const p: Payload = await payload()
  const idType = p.collections[collection as CollectionSlug]?.customIDType ?? p.db.defaultIDType
  const typedId = idType === 'number' ? Number(id) : id
  if (idType === 'number' && !Number.isSafeInteger(typedId)) return null
  const doc = await p.findByID({ collection, id: typedId, draft: true, overrideAccess: true, disableErrors: true, ...PAGE_READS[collection] } as Parameters<Payload['findByID']>[0])
  return (doc as T | null) ?? null
}

/** A draft decision's honour-roll lines, which readers do not see until it is published. */
export async function decisionLinesForPreview(decisionId: number | string, page = 1, limit = 100): Promise<PageOf<HonourRollEntry>> {
  const p = await payload()
  const result = await p.find({ collection: 'awards', where: { decision: { equals: decisionId } }, page, limit, overrideAccess: true, sort: DECISION_LINE_SORT, ...AWARD_LINE_READ } as Parameters<Payload['find']>[0])
  return { docs: (result.docs as Award[]).map(honourRollEntry), totalDocs: result.totalDocs, page: result.page ?? 1, totalPages: result.totalPages, limit: result.limit }
}
