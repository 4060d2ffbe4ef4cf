import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import { hasDrafts } from '../../workflow/drafts'

/**
 * Where published content points at a media file. Kept next to the collection
 * so that a new upload field is added here too: the test of this table lists
 * every upload field of the config and fails when one is missing. (Pictures
 * placed inside a rich-text body are not listed: a body is not queryable by
 * field on every database.)
 */
export const MEDIA_REFERENCES: ReadonlyArray<{ collection: CollectionSlug; paths: string[] }> = [
  { collection: 'articles', paths: ['cover', 'meta.image'] },
  { collection: 'documents', paths: ['attachments', 'meta.image'] },
  { collection: 'movements', paths: ['cover', 'meta.image'] },
  { collection: 'exemplary-models', paths: ['cover', 'gallery.image', 'meta.image'] },
  { collection: 'galleries', paths: ['items.media'] },
  { collection: 'pages', paths: ['meta.image'] },
  { collection: 'media', paths: ['captions'] },
  { collection: 'consultations', paths: ['attachments'] },
  // Nominees have no drafts of their own: any nominee's dossier counts as shown (kept from authors' changes).
  { collection: 'nominees', paths: ['dossier'] },
]

/** Whether readers can see this file on a published page (or as the site's logo). */
export async function mediaInPublishedUse(payload: Payload, id: number | string, req?: PayloadRequest): Promise<boolean> {
  const settings = (await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true, req })) as { logo?: unknown }
  const logo = typeof settings.logo === 'object' && settings.logo ? (settings.logo as { id: unknown }).id : settings.logo
  if (logo != null && String(logo) === String(id)) return true
  for (const { collection, paths } of MEDIA_REFERENCES) {
    const pointing: Where = { or: paths.map((path) => ({ [path]: { equals: id } })) }
    const where: Where = hasDrafts(payload, collection) ? { and: [pointing, { _status: { equals: 'published' } }] } : pointing
    const { totalDocs } = await payload.count({ collection, where, overrideAccess: true, req })
    if (totalDocs > 0) return true
  }
  return false
}
