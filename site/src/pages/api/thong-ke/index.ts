import type { APIRoute } from 'astro'

import { methodNotAllowed } from '../../../lib/http/answers'
import { visitStatistics } from '../../../lib/visitStatistics'

/**
 * The figures as JSON, for the widget and for outside monitoring (the law asks
 * portals to feed usage figures to the national monitoring platform): public,
 * readable from any origin, cached five seconds.
 */
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
  'Access-Control-Max-Age': '86400',
}

export const GET: APIRoute = async () => {
  const statistics = await visitStatistics()
  return new Response(JSON.stringify(statistics), {
    status: 200,
    headers: { ...CORS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=5' },
  })
}

export const OPTIONS: APIRoute = () => new Response(null, { status: 204, headers: CORS })

export const ALL: APIRoute = () => methodNotAllowed('GET, OPTIONS', CORS)
