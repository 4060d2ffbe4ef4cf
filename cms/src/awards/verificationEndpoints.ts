/**
 * The verification tools of the admin, for editors and admins only (the
 * honour roll's officers): an award's QR code as PNG and SVG to download
 * (named after its code), its printable certificate, and all certificates of
 * one decision.
 *
 * - GET /api/awards/:id/qr/png, /api/awards/:id/qr/svg
 * - GET /api/awards/:id/giay-chung-nhan
 * - GET /api/award-decisions/:id/giay-chung-nhan
 */
import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { parseId } from '../engagement/ids'
import { canManageHonourRoll } from './access'
import { certificateAward, certificateAwardsOfDecision, certificatesHtml, MAX_SHEETS } from './certificate'
import { refuse } from './endpoints'
import { awardPageUrl, qrPng, qrSvg } from './verificationQr'

const PRIVATE = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' }

/** The id of the URL when the user may use these tools; else the refusal to send. */
function guard(req: PayloadRequest): { id: number | string } | { refusal: Response } {
  if (!canManageHonourRoll(req.user)) return { refusal: refuse(req.user ? 403 : 401, 'Chỉ Ban biên tập (cán bộ thi đua, khen thưởng) được tải mã QR và in giấy chứng nhận. Vui lòng đăng nhập.') }
  const id = parseId(req.payload, req.routeParams?.id)
  return id === null ? { refusal: refuse(404, 'Không tìm thấy khen thưởng.') } : { id }
}

const qrHandler =
  (format: 'png' | 'svg'): PayloadHandler =>
  async (req) => {
    const checked = guard(req)
    if ('refusal' in checked) return checked.refusal
    const award = await certificateAward(req, checked.id)
    if (!award?.verificationCode) return refuse(404, 'Không tìm thấy khen thưởng.')
    const url = awardPageUrl(award.verificationCode)
    const body = format === 'png' ? new Uint8Array(await qrPng(url)) : await qrSvg(url, `Mã QR xác minh khen thưởng ${award.verificationCode}`)
    return new Response(body, {
      headers: {
        ...PRIVATE,
        'Content-Type': format === 'png' ? 'image/png' : 'image/svg+xml; charset=utf-8',
        'Content-Disposition': `attachment; filename="${award.verificationCode}.${format}"`,
      },
    })
  }

const html = (body: string) => new Response(body, { headers: { ...PRIVATE, 'Content-Type': 'text/html; charset=utf-8' } })

const awardCertificate: PayloadHandler = async (req) => {
  const checked = guard(req)
  if ('refusal' in checked) return checked.refusal
  const award = await certificateAward(req, checked.id)
  if (!award?.verificationCode) return refuse(404, 'Không tìm thấy khen thưởng.')
  if (award.withdrawn) return refuse(409, 'Khen thưởng này đã bị thu hồi: không in giấy chứng nhận.')
  return html(await certificatesHtml(req.payload, [award], `Giấy chứng nhận – ${award.recipientName}`))
}

const decisionCertificates: PayloadHandler = async (req) => {
  const checked = guard(req)
  if ('refusal' in checked) return checked.refusal
  const decision = await req.payload.findByID({ collection: 'award-decisions', id: checked.id, depth: 0, draft: true, req, overrideAccess: false, disableErrors: true }).catch(() => null)
  if (!decision) return refuse(404, 'Không tìm thấy quyết định khen thưởng.')
  const { awards, total } = await certificateAwardsOfDecision(req, checked.id)
  if (awards.length === 0) return refuse(404, 'Quyết định này chưa có khen thưởng nào còn hiệu lực để in giấy chứng nhận.')
  const warnings = total > awards.length ? [`Chỉ in ${MAX_SHEETS} giấy đầu tiên trong ${total} khen thưởng; in từng khen thưởng còn lại từ trang của nó.`] : []
  return html(await certificatesHtml(req.payload, awards, `Giấy chứng nhận – Quyết định số ${decision.number}`, warnings))
}

export const awardVerificationEndpoints: Endpoint[] = [
  { path: '/:id/qr/png', method: 'get', handler: qrHandler('png') },
  { path: '/:id/qr/svg', method: 'get', handler: qrHandler('svg') },
  { path: '/:id/giay-chung-nhan', method: 'get', handler: awardCertificate },
]

export const decisionCertificatesEndpoint: Endpoint = { path: '/:id/giay-chung-nhan', method: 'get', handler: decisionCertificates }
