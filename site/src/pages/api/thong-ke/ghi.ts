import type { APIRoute } from 'astro'

import { acceptsBeaconType, beaconSchema, crossSiteRefusal, problem, readLimitedBody, validationMessage, visitCookieHeader, visitCookieOf } from '../../../lib/visitRequests'
import { visitRecorder } from '../../../lib/visitStatistics'

/**
 * The view beacon: every public page sends one POST here when it is shown
 * (navigator.sendBeacon), so views are counted even when the HTML came from a
 * cache. Body: {} or {"bai": <article id>}. Answers 204; bots and prefetches
 * get 204 too but are not counted (X-Visit-Recorded says which).
 */
export const POST: APIRoute = async ({ request, url }) => {
  const refused = crossSiteRefusal(request, url)
  if (refused) return refused
  if (!acceptsBeaconType(request)) return problem(415, 'Chỉ nhận dữ liệu JSON (application/json).')
  const body = await readLimitedBody(request)
  if (body instanceof Response) return body
  let data: unknown = {}
  if (body.trim()) {
    try {
      data = JSON.parse(body)
    } catch {
      return problem(400, 'Dữ liệu gửi lên không phải JSON hợp lệ.')
    }
  }
  const parsed = beaconSchema.safeParse(data)
  if (!parsed.success) return problem(400, validationMessage(parsed.error))
  const recorder = await visitRecorder()
  const outcome = await recorder.recordView({ headers: request.headers, visitCookie: visitCookieOf(request), articleId: parsed.data.bai ?? null })
  if (!outcome.recorded && outcome.reason === 'unknown-article') return problem(404, 'Không tìm thấy bài viết cần ghi lượt xem.')
  const headers: Record<string, string> = { 'Cache-Control': 'no-store', 'X-Visit-Recorded': outcome.recorded ? 'yes' : `no (${outcome.reason})` }
  if (outcome.recorded) headers['Set-Cookie'] = visitCookieHeader(outcome.cookie)
  return new Response(null, { status: 204, headers })
}

export const ALL: APIRoute = () => problem(405, 'Chỉ nhận yêu cầu POST.', { Allow: 'POST' })
