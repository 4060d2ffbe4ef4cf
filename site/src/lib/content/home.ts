/** Everything the home page shows, in one call. */
import { featuredArticles, latestArticles } from './articles'
import { siteSettings } from './globals'
import { query } from './query'
import { MEDIA_FIELDS } from './relations'
import type { AwardDecision, ExemplaryModel, Gallery, LegalDocument } from './types'

export async function homePage() {
  const [settings, featured, latest, documents, models, decisions, galleries] = await Promise.all([
    siteSettings(),
    featuredArticles(1),
    latestArticles(6),
    // The agency's new documents, not the texts its articles cite (citation entries stay in the library).
    query<LegalDocument>('documents', { where: { entryKind: { not_equals: 'citation' } }, limit: 5, sort: '-issued.sortDate', depth: 0, select: { number: true, abstract: true, slug: true, issued: true, isSample: true } }),
    query<ExemplaryModel>('exemplary-models', { limit: 4, sort: '-year', depth: 1, select: { name: true, slug: true, year: true, cover: true, isSample: true }, populate: { media: MEDIA_FIELDS } }),
    query<AwardDecision>('award-decisions', { limit: 4, sort: '-issuedAt', depth: 0, joins: false, select: { number: true, slug: true, issuedAt: true, abstract: true, isSample: true } }),
    query<Gallery>('galleries', { limit: 4, sort: '-publishedAt', depth: 1, select: { title: true, slug: true, kind: true, items: true, isSample: true }, populate: { media: MEDIA_FIELDS } }),
  ])
  // The featured story leads; without one, the latest does.
  const lead = featured.docs[0] ?? latest.docs[0] ?? null
  return {
    settings,
    lead,
    others: latest.docs.filter((a) => a.id !== lead?.id).slice(0, 5),
    documents: documents.docs,
    models: models.docs,
    decisions: decisions.docs,
    galleries: galleries.docs,
  }
}
