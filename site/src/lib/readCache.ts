/**
 * A short-lived, per-process cache of content reads. Every page reads the same
 * few queries (menu, settings, latest items); keeping each result for a second
 * or two multiplies throughput under load, while an edit still shows within
 * that time. Only what an anonymous reader may see is ever read, so nothing
 * private can be served from here. CONTENT_CACHE_MS=0 turns it off.
 */
import { env } from '@portal/cms/env/index'

const TTL_MS = env().contentCacheMs
const MAX_ENTRIES = 1000

const entries = new Map<string, { at: number; value: Promise<unknown> }>()

export function cachedRead<T>(key: string, read: () => Promise<T>, ttlMs = TTL_MS): Promise<T> {
  if (ttlMs <= 0) return read()
  const now = Date.now()
  const hit = entries.get(key)
  if (hit && now - hit.at < ttlMs) return hit.value as Promise<T>
  if (entries.size >= MAX_ENTRIES) entries.clear()
  const value = read()
  entries.set(key, { at: now, value })
  // A failed read is not remembered.
  value.catch(() => entries.delete(key))
  return value
}
