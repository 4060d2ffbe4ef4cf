/** Old URLs (slugs that changed), kept by the CMS in the redirects collection. */
import { pathFor, type RoutedCollection } from '@portal/shared'
import type { CollectionSlug } from 'payload'

import { payload } from './instance'
import { hasDrafts, queryOne } from './query'

interface Redirect {
  to?: { type?: string | null; url?: string | null; reference?: { relationTo: string; value: unknown } | null } | null
}

/** Where an old URL now lives, or null; a redirect to a page the reader may not see leads nowhere. */
export async function redirectFor(path: string): Promise<string | null> {
  const redirect = await queryOne<Redirect>('redirects', { from: { equals: path } }, { depth: 1 })
  if (!redirect) return null
  if (redirect.to?.type === 'custom') return redirect.to.url ?? null
  const ref = redirect.to?.reference
  const target = ref && typeof ref.value === 'object' ? (ref.value as { slug?: string | null; _status?: string | null } | null) : null
  if (!ref || !target?.slug) return null
  if (hasDrafts(await payload(), ref.relationTo as CollectionSlug) && target._status !== 'published') return null
  return pathFor(ref.relationTo as RoutedCollection, target.slug)
}
