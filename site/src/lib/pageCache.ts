/**
 * Micro-cache of rendered public pages: the same page asked again within a
 * second or two (PAGE_CACHE_MS, by default CONTENT_CACHE_MS) is answered from
 * memory instead of being rendered again. Only anonymous GETs of HTML that
 * answered 200 and set no cookie are kept; the key includes the reader's
 * display preferences, which change the HTML.
 *
 * A page is keyed by the query parameters it reads (cache/pageParams.ts), so
 * `?utm_source=…` or a reordered query string finds the page already kept.
 * Such a URL is only ever looked up, never stored: its HTML would carry the
 * stray parameters (canonical link, pagination) to every later reader.
 */
import { env } from '@portal/cms/env/index'

import { relevantQuery } from './cache/pageParams'
import { TtlCache } from './cache/ttlCache'
import { PREFERENCES_COOKIE } from './preferences'

const TTL_MS = env().pageCacheMs
const MAX_ENTRIES = 500
/** Marks the key of a request whose own rendering must not be kept (see above). */
const LOOKUP_ONLY = 'lookup-only '

interface Entry {
  /** Encoded once: a hit copies bytes instead of encoding the page again. */
  body: Uint8Array<ArrayBuffer>
  headers: [string, string][]
}

const pages = new TtlCache<Entry>({ maxEntries: MAX_ENTRIES, ttlMs: TTL_MS })

/** The cache key of a request, or null when this request must not be cached. */
export function pageCacheKey(request: Request, url: URL): string | null {
  if (TTL_MS <= 0 || request.method !== 'GET') return null
  const header = request.headers.get('cookie')
  const cookies = header ? header.split(';').map((c) => c.trim()).filter(Boolean) : []
  // Any cookie other than the display preferences may mean a signed-in or identified reader.
  if (cookies.some((c) => !c.startsWith(`${PREFERENCES_COOKIE}=`))) return null
  const query = relevantQuery(url)
  const key = `${url.pathname}${query}|${cookies.join(';')}`
  return url.search === query ? key : LOOKUP_ONLY + key
}

const lookupKey = (key: string) => (key.startsWith(LOOKUP_ONLY) ? key.slice(LOOKUP_ONLY.length) : key)

export function cachedPage(key: string): Response | null {
  const entry = pages.get(lookupKey(key))
  return entry ? new Response(entry.body, { status: 200, headers: entry.headers }) : null
}

/** Keeps a rendered page if it may be shared; returns the response to send either way. */
export async function storePage(key: string, response: Response): Promise<Response> {
  const type = response.headers.get('content-type') ?? ''
  // A page that says it must not be kept (the feedback form carries a single-use stamp; previews) is not kept here either.
  const noStore = /no-store|private/i.test(response.headers.get('cache-control') ?? '')
  if (key.startsWith(LOOKUP_ONLY) || noStore || response.status !== 200 || !type.startsWith('text/html') || response.headers.has('set-cookie')) return response
  const body = new Uint8Array(await response.arrayBuffer())
  const headers = [...response.headers.entries()]
  pages.set(key, { body, headers })
  return new Response(body, { status: 200, headers })
}
