import type { APIRoute } from 'astro'

import { payload } from '../../../lib/content'
import { jsonEndpoint, jsonRefusal, methodNotAllowed } from '../../../lib/http/answers'
import { crossSiteRefusal } from '../../../lib/http/sameOrigin'
import { firstMessage } from '../../../lib/http/validation'
import { BEACON_ORIGIN, beaconSchema, visitCookieHeader, visitCookieOf } from '../../../lib/visitBeacon'
import { visitRecorder } from '../../../lib/visitStatistics'

/** A transparent 1×1 GIF. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')

/**
 * The beacon for readers without JavaScript: the page's <noscript> image,
 * `/api/thong-ke/ghi.gif?bai=<article id>`. Counts like the POST beacon and
 * answers the pixel; never cached, so each page load asks again.
 */
export const GET: APIRoute = ({ request, url }) =>
  jsonEndpoint('the view pixel', async () => {
    const refused = crossSiteRefusal(request, url, BEACON_ORIGIN)
    if (refused) return refused
    const bai = url.searchParams.get('bai')
    const parsed = beaconSchema((await payload()).db.defaultIDType).safeParse(bai === null ? {} : { bai })
    if (!parsed.success) return jsonRefusal(400, firstMessage(parsed.error))
    const recorder = await visitRecorder()
    const outcome = await recorder.recordView({ headers: request.headers, visitCookie: visitCookieOf(request), articleId: parsed.data.bai ?? null })
    if (!outcome.recorded && outcome.reason === 'unknown-article') return jsonRefusal(404, 'Không tìm thấy bài viết cần ghi lượt xem.')
    const headers: Record<string, string> = {
      'Content-Type': 'image/gif',
      'Cache-Control': 'no-store',
      'X-Visit-Recorded': outcome.recorded ? 'yes' : `no (${outcome.reason})`,
    }
    if (outcome.recorded) headers['Set-Cookie'] = visitCookieHeader(outcome.cookie)
    return new Response(PIXEL, { status: 200, headers })
  })

export const ALL: APIRoute = () => methodNotAllowed('GET')
