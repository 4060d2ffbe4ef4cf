import type { APIRoute } from 'astro'

import { methodNotAllowed } from '../../lib/http/answers'
import { readerAddress } from '../../lib/http/clientAddress'
import { CORS_HEADERS, openDataResponse } from '../../lib/openData'

/**
 * Open data: /du-lieu-mo/bang-vang.json|.csv, van-ban, thong-ke-truy-cap,
 * with the filters of the matching site page (documented on /du-lieu-mo).
 */
export const GET: APIRoute = (context) =>
  openDataResponse({ dataset: context.params.dataset, format: context.params.format, url: context.url, address: readerAddress(context) })

// Astro would send HEAD to ALL (a 405) once ALL exists: answered as GET, without the body.
export const HEAD: APIRoute = GET

export const OPTIONS: APIRoute = () => new Response(null, { status: 204, headers: CORS_HEADERS })

export const ALL: APIRoute = () => methodNotAllowed('GET, HEAD, OPTIONS', CORS_HEADERS)
