import type { CollectionSlug, FieldHook } from 'payload'

import { pathFor, SECTION_PATHS, type RoutedCollection } from '@portal/shared'

import { hasDrafts } from '../workflow/drafts'

/**
 * When a published document's slug changes, its old URL must keep working:
 * record a redirect (plugin-redirects collection) from the old path to the
 * document itself, so the site answers 301 to wherever it lives now. A redirect
 * from the new path is removed, so renaming back does not loop.
 *
 * Only a change readers see moves the URL. A draft save changes nothing for
 * them; when a draft is published, the old address is the one of the live
 * document (the main record, which draft saves leave alone), not the draft's:
 * comparing with the previous draft would miss the change. Hence a
 * beforeChange hook: the live record still holds the old slug.
 */
export const recordSlugRedirect: FieldHook = async ({ collection, previousValue, value, previousDoc, originalDoc, data: incoming, operation, req }) => {
  if (operation !== 'update' || !collection || !(collection.slug in SECTION_PATHS) || !value) return value
  const id = previousDoc?.id ?? originalDoc?.id
  if (id == null) return value
  let oldSlug: unknown = previousValue ?? originalDoc?.slug
  if (hasDrafts(req.payload, collection.slug as CollectionSlug)) {
    if (incoming?._status === 'draft') return value
    const live = (await req.payload.db.findOne({ collection: collection.slug, where: { id: { equals: id } }, req })) as { slug?: string; _status?: string } | null
    if (!live || live._status !== 'published') return value
    oldSlug = live.slug
  }
  if (typeof oldSlug !== 'string' || !oldSlug || oldSlug === value) return value
  const routed = collection.slug as RoutedCollection
  const from = pathFor(routed, oldSlug)
  const to = pathFor(routed, value)
  await req.payload.delete({ collection: 'redirects', where: { from: { equals: to } }, overrideAccess: true, req })
  const existing = await req.payload.find({ collection: 'redirects', where: { from: { equals: from } }, limit: 1, overrideAccess: true, req })
  const data = { from, to: { type: 'reference' as const, reference: { relationTo: routed, value: id } } }
  if (existing.docs[0]) {
    await req.payload.update({ collection: 'redirects', id: existing.docs[0].id, data: data as never, overrideAccess: true, req })
  } else {
    await req.payload.create({ collection: 'redirects', data: data as never, overrideAccess: true, req })
  }
  return value
}
