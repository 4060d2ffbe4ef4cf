/**
 * Micro-cache of rendered public pages: the same URL asked again within a
 * second or two (PAGE_CACHE_MS, by default CONTENT_CACHE_MS) is answered from memory instead of being
 * rendered again. Under load this is where most of a page's time went (the
 * render, not the database: see the benchmark notes in the README). Only
 * anonymous GETs of HTML that answered 200 and set no cookie are kept; the
 * key includes the reader's display preferences, which change the HTML.
 */
import { env } from '@portal/cms/env/index'

import { PREFERENCES_COOKIE } from './preferences'

const TTL_MS = env().pageCacheMs
const MAX_ENTRIES = 500

interface Entry {
  at: number
  body: string
  headers: [string, string][]
}

const pages = new Map<string, Entry>()

/** The cache key of a request, or null when this request must not be cached. */
export function pageCacheKey(request: Request, url: URL): string | null {
  if (TTL_MS <= 0 || request.method !== 'GET') return null
  const cookies = (request.headers.get('cookie') ?? '').split(';').map((c) => c.trim()).filter(Boolean)
  // Any cookie other than the display preferences may mean a signed-in or identified reader.
  if (cookies.some((c) => !c.startsWith(`${PREFERENCES_COOKIE}=`))) return null
  return `${url.pathname}${url.search}|${cookies.join(';')}`
}

export function cachedPage(key: string): Response | null {
  const entry = pages.get(key)
  if (!entry || Date.now() - entry.at >= TTL_MS) return null
  return new Response(entry.body, { status: 200, headers: entry.headers })
}

/** Keeps a rendered page if it may be shared; returns the response to send either way. */
export async function storePage(key: string, response: Response): Promise<Response> {
  const type = response.headers.get('content-type') ?? ''
  if (response.status !== 200 || !type.startsWith('text/html') || response.headers.has('set-cookie')) return response
  const body = await response.text()
  const headers = [...response.headers.entries()]
  if (pages.size >= MAX_ENTRIES) pages.clear()
  pages.set(key, { at: Date.now(), body, headers })
  return new Response(body, { status: 200, headers })
}
