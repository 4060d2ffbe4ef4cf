/**
 * A short-lived, per-process cache of content reads. Every page reads the same
 * few queries (menu, settings, latest items); keeping each result for a second
 * or two multiplies throughput under load, while an edit still shows within
 * that time. Only what an anonymous reader may see is ever read, so nothing
 * private can be served from here. CONTENT_CACHE_MS=0 turns it off.
 */
import { env } from '@portal/cms/env/index'

import { TtlCache, rememberRead } from './cache/ttlCache'

const TTL_MS = env().contentCacheMs
const MAX_ENTRIES = 1000

const reads = new TtlCache<Promise<unknown>>({ maxEntries: MAX_ENTRIES, ttlMs: TTL_MS })

/** The result of `read`, shared by every caller of the same key within `ttlMs`; failures are not kept. */
export function cachedRead<T>(key: string, read: () => Promise<T>, ttlMs = TTL_MS): Promise<T> {
  if (ttlMs <= 0) return read()
  return rememberRead(reads, key, read, ttlMs)
}
