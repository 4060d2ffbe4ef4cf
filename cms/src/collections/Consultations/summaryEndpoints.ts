import type { Endpoint, PayloadHandler } from 'payload'

import { canPublish } from '../../access'
import { parseId } from '../../engagement/ids'
import { councilSummary, summaryCsv, summaryHtml } from '../../consultations/summary'

const refusal = (status: number, message: string) =>
  new Response(JSON.stringify({ errors: [{ message }] }), { status, headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' } })

/** The council summary of one consultation, for editors only (it quotes citizens' comments). */
const summaryHandler =
  (format: 'html' | 'csv'): PayloadHandler =>
  async (req) => {
    if (!canPublish(req.user)) return refusal(req.user ? 403 : 401, 'Chỉ Ban biên tập xem được báo cáo tổng hợp ý kiến. Vui lòng đăng nhập.')
    const id = parseId(req.payload, req.routeParams?.id)
    const summary = id === null ? null : await councilSummary(req.payload, id)
    if (!summary) return refusal(404, 'Không tìm thấy đợt lấy ý kiến.')
    const headers = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' }
    if (format === 'csv') {
      return new Response(summaryCsv(summary), {
        headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="tong-hop-y-kien-${summary.consultation.id}.csv"` },
      })
    }
    return new Response(summaryHtml(summary, `${req.payload.config.routes.api}/consultations/${summary.consultation.id}/tong-hop/csv`), { headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' } })
  }

export const summaryEndpoints: Endpoint[] = [
  { path: '/:id/tong-hop', method: 'get', handler: summaryHandler('html') },
  { path: '/:id/tong-hop/csv', method: 'get', handler: summaryHandler('csv') },
]
