/**
 * Site settings and the main menu: every page shows them and they change
 * rarely. The CMS runs in another process (on other machines with MongoDB),
 * so it cannot tell this process that a global changed. Each global is kept
 * in memory and, at most every CONTENT_CACHE_MS, revalidated with one cheap
 * read of its `updatedAt`; the whole global is read again only when that
 * changed. CONTENT_CACHE_MS=0 reads the whole global every time.
 */
import { env } from '@portal/cms/env/index'
import type { GlobalSlug, Payload } from 'payload'

import { payload } from './instance'
import type { Navigation, SiteSetting } from './types'

type SiteGlobal = 'site-settings' | 'navigation'

interface Held {
  value: unknown
  updatedAt: string | null | undefined
  checkedAt: number
}

const held = new Map<SiteGlobal, Promise<Held>>()

const readWhole = async (p: Payload, slug: SiteGlobal): Promise<Held> => {
  // Depth 0: a populated relation could change without the global's updatedAt changing.
  const value = (await p.findGlobal({ slug: slug as GlobalSlug, depth: 0, draft: false, overrideAccess: false })) as { updatedAt?: string | null }
  return { value, updatedAt: value.updatedAt, checkedAt: Date.now() }
}

const readStamp = async (p: Payload, slug: SiteGlobal) =>
  ((await p.findGlobal({ slug: slug as GlobalSlug, depth: 0, draft: false, overrideAccess: false, select: { updatedAt: true } })) as { updatedAt?: string | null }).updatedAt

async function revalidate(slug: SiteGlobal, previous: Held): Promise<Held> {
  const p = await payload()
  const stamp = await readStamp(p, slug)
  return stamp === previous.updatedAt ? { ...previous, checkedAt: Date.now() } : readWhole(p, slug)
}

async function siteGlobal<T>(slug: SiteGlobal): Promise<T> {
  const ttl = env().contentCacheMs
  if (ttl <= 0) return (await readWhole(await payload(), slug)).value as T
  const current = held.get(slug)
  let next: Promise<Held>
  if (!current) next = payload().then((p) => readWhole(p, slug))
  else {
    const known = await current
    if (Date.now() - known.checkedAt < ttl) return known.value as T
    // Another request may already be revalidating: share its answer.
    if (held.get(slug) !== current) return ((await held.get(slug)!) as Held).value as T
    next = revalidate(slug, known)
  }
  held.set(slug, next)
  // A failed read is not remembered: the next request tries again.
  next.catch(() => held.get(slug) === next && held.delete(slug))
  return (await next).value as T
}

export const siteSettings = () => siteGlobal<SiteSetting>('site-settings')
export const navigation = () => siteGlobal<Navigation>('navigation')

/** Forgets the kept globals (tests). */
export const forgetGlobals = () => held.clear()
