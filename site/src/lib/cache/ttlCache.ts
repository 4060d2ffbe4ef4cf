/**
 * The site's one in-memory cache: entries live for a time to live and the
 * cache holds at most a fixed number of them, dropping the least recently
 * used first. Emptying the whole cache when full (as before) let any burst of
 * distinct keys, such as random query strings, throw out every hot page.
 *
 * A Map keeps insertion order, so re-inserting an entry on each hit makes its
 * first key the least recently used one: eviction is O(1), no list to keep.
 */
interface Entry<V> {
  value: V
  expires: number
}

export interface TtlCacheOptions {
  /** How many entries the cache holds at most. */
  maxEntries: number
  /** How long an entry is served, unless `set` is given another time. */
  ttlMs: number
}

export class TtlCache<V> {
  readonly #entries = new Map<string, Entry<V>>()
  readonly #maxEntries: number
  readonly #ttlMs: number

  constructor({ maxEntries, ttlMs }: TtlCacheOptions) {
    if (!(maxEntries >= 1)) throw new RangeError('A cache holds at least one entry.')
    this.#maxEntries = maxEntries
    this.#ttlMs = ttlMs
  }

  get size(): number {
    return this.#entries.size
  }

  /** The value while it is fresh; a hit makes it the most recently used. */
  get(key: string): V | undefined {
    const entry = this.#entries.get(key)
    if (!entry) return undefined
    this.#entries.delete(key)
    if (Date.now() >= entry.expires) return undefined
    this.#entries.set(key, entry)
    return entry.value
  }

  set(key: string, value: V, ttlMs = this.#ttlMs): void {
    this.#entries.delete(key)
    if (ttlMs <= 0) return
    this.#entries.set(key, { value, expires: Date.now() + ttlMs })
    while (this.#entries.size > this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value!)
  }

  /** Drops the entry only if it still holds this value (a newer one may have replaced it). */
  deleteIf(key: string, value: V): void {
    if (this.#entries.get(key)?.value === value) this.#entries.delete(key)
  }

  delete(key: string): void {
    this.#entries.delete(key)
  }

  clear(): void {
    this.#entries.clear()
  }

  /** Keys from least to most recently used (for tests and diagnostics). */
  keys(): string[] {
    return [...this.#entries.keys()]
  }
}

/**
 * Remembers the promise of a read: callers that ask while it runs or within
 * the time to live share it (one query for many concurrent requests), and a
 * read that fails is forgotten at once so the next caller tries again.
 */
export function rememberRead<T>(cache: TtlCache<Promise<unknown>>, key: string, read: () => Promise<T>, ttlMs?: number): Promise<T> {
  const hit = cache.get(key)
  if (hit) return hit as Promise<T>
  const value = read()
  cache.set(key, value, ttlMs)
  value.catch(() => cache.deleteIf(key, value))
  return value
}
