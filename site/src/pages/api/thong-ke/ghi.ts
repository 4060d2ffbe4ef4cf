import type { APIRoute } from 'astro'

import { payload } from '../../../lib/content'
import { jsonEndpoint, jsonRefusal, methodNotAllowed } from '../../../lib/http/answers'
import { readJson } from '../../../lib/http/body'
import { crossSiteRefusal } from '../../../lib/http/sameOrigin'
import { firstMessage } from '../../../lib/http/validation'
import { BEACON_BODY, BEACON_ORIGIN, beaconSchema, visitCookieHeader, visitCookieOf } from '../../../lib/visitBeacon'
import { visitRecorder } from '../../../lib/visitStatistics'

/**
 * The view beacon: every public page sends one POST here when it is shown
 * (navigator.sendBeacon), so views are counted even when the HTML came from a
 * cache. Body: {} or {"bai": <article id>}. Answers 204; bots and prefetches
 * get 204 too but are not counted (X-Visit-Recorded says which).
 */
export const POST: APIRoute = ({ request, url }) =>
  jsonEndpoint('the view beacon', async () => {
    const refused = crossSiteRefusal(request, url, BEACON_ORIGIN)
    if (refused) return refused
    const data = await readJson(request, BEACON_BODY)
    const parsed = beaconSchema((await payload()).db.defaultIDType).safeParse(data)
    if (!parsed.success) return jsonRefusal(400, firstMessage(parsed.error))
    const recorder = await visitRecorder()
    const outcome = await recorder.recordView({ headers: request.headers, visitCookie: visitCookieOf(request), articleId: parsed.data.bai ?? null })
    if (!outcome.recorded && outcome.reason === 'unknown-article') return jsonRefusal(404, 'Không tìm thấy bài viết cần ghi lượt xem.')
    const headers: Record<string, string> = { 'Cache-Control': 'no-store', 'X-Visit-Recorded': outcome.recorded ? 'yes' : `no (${outcome.reason})` }
    if (outcome.recorded) headers['Set-Cookie'] = visitCookieHeader(outcome.cookie)
    return new Response(null, { status: 204, headers })
  })

export const ALL: APIRoute = () => methodNotAllowed('POST')
