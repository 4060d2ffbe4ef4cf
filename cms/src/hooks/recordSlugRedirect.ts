import type { FieldHook } from 'payload'

import { pathFor, SECTION_PATHS, type RoutedCollection } from '@portal/shared'

/**
 * When a published document's slug changes, its old URL must keep working:
 * record a redirect (plugin-redirects collection) from the old path to the
 * document itself, so the site answers 301 to wherever it lives now. A redirect
 * from the new path is removed, so renaming back does not loop.
 */
export const recordSlugRedirect: FieldHook = async ({ collection, previousValue, value, previousDoc, operation, req }) => {
  if (operation !== 'update' || !collection || !(collection.slug in SECTION_PATHS)) return value
  if (!previousValue || !value || previousValue === value) return value
  if (previousDoc && '_status' in previousDoc && previousDoc._status !== 'published') return value
  const routed = collection.slug as RoutedCollection
  const from = pathFor(routed, previousValue)
  const to = pathFor(routed, value)
  const id = previousDoc?.id
  if (id == null) return value
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
