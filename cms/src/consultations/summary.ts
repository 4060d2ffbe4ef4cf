import {
  COMMENT_VERDICTS,
  COMMENT_VERDICT_LABELS,
  csvDocument,
  escapeHtml,
  formatDateTime,
  formatNumber,
  NOMINEE_KIND_LABELS,
  NOMINEE_RESULT_LABELS,
  type CommentVerdict,
  type NomineeKind,
  type NomineeResult,
} from '@portal/shared'
import type { Payload } from 'payload'

/** An objection as the council reads it: its substance and code, not who sent it. */
export interface SummaryObjection {
  code: string
  comment: string
  answer: string | null
  receivedAt: string
}

export interface SummaryRow {
  /** null: comments on the whole list. */
  nomineeId: number | string | null
  order: number | null
  name: string
  kind: NomineeKind | null
  position: string | null
  unit: string | null
  awardType: string | null
  result: NomineeResult | null
  total: number
  byVerdict: Record<CommentVerdict, number>
  objections: SummaryObjection[]
}

export interface CouncilSummary {
  consultation: { id: number | string; title: string; council: string; legalBasis: string; opensAt: string; closesAt: string | null }
  generatedAt: string
  rows: SummaryRow[]
  totalComments: number
}

const emptyCounts = () => Object.fromEntries(COMMENT_VERDICTS.map((v) => [v, 0])) as Record<CommentVerdict, number>
const nameOf = (value: unknown): string | null => (value && typeof value === 'object' && 'name' in value ? String((value as { name: unknown }).name ?? '') || null : null)
const idOf = (value: unknown): number | string | null => (value && typeof value === 'object' ? ((value as { id: number | string }).id ?? null) : ((value as number | string | null | undefined) ?? null))

/**
 * The report for the council (tổng hợp ý kiến): per nominee, then for the
 * whole list, the number of comments by verdict and each objection's
 * substance. Read straight from the stored comments, so its counts are theirs.
 */
export async function councilSummary(payload: Payload, consultationId: number | string, now = new Date()): Promise<CouncilSummary | null> {
  const consultation = await payload.findByID({ collection: 'consultations', id: consultationId, depth: 0, overrideAccess: true, draft: true, disableErrors: true })
  if (!consultation) return null
  const [nominees, comments] = await Promise.all([
    payload.find({ collection: 'nominees', where: { consultation: { equals: consultation.id } }, sort: ['order', 'name'], pagination: false, depth: 1, overrideAccess: true, select: { order: true, name: true, kind: true, position: true, unit: true, unitName: true, awardType: true, result: true } }),
    payload.find({
      collection: 'consultation-comments',
      where: { consultation: { equals: consultation.id } },
      sort: 'createdAt',
      pagination: false,
      depth: 0,
      overrideAccess: true,
      // The council reads the substance; the commenter's name, contact and address stay in the admin.
      select: { nominee: true, verdict: true, comment: true, answer: true, code: true, createdAt: true },
    }),
  ])
  const row = (fields: Omit<SummaryRow, 'total' | 'byVerdict' | 'objections'>): SummaryRow => ({ ...fields, total: 0, byVerdict: emptyCounts(), objections: [] })
  const rows = nominees.docs.map((n) =>
    row({
      nomineeId: n.id,
      order: n.order ?? null,
      name: n.name,
      kind: (n.kind as NomineeKind) ?? null,
      position: n.position ?? null,
      unit: nameOf(n.unit) ?? n.unitName ?? null,
      awardType: nameOf(n.awardType),
      result: (n.result as NomineeResult) ?? null,
    }),
  )
  const wholeList = row({ nomineeId: null, order: null, name: 'Ý kiến về cả danh sách', kind: null, position: null, unit: null, awardType: null, result: null })
  const byId = new Map(rows.map((r) => [String(r.nomineeId), r]))
  for (const comment of comments.docs) {
    const target = byId.get(String(idOf(comment.nominee))) ?? wholeList
    const verdict = (comment.verdict ?? 'unsorted') as CommentVerdict
    target.total++
    target.byVerdict[verdict]++
    if (verdict === 'objection') target.objections.push({ code: comment.code ?? '', comment: comment.comment, answer: comment.answer?.trim() || null, receivedAt: comment.createdAt })
  }
  return {
    consultation: { id: consultation.id, title: consultation.title, council: consultation.council, legalBasis: consultation.legalBasis, opensAt: consultation.opensAt, closesAt: consultation.closesAt ?? null },
    generatedAt: now.toISOString(),
    rows: [...rows, wholeList],
    totalComments: comments.docs.length,
  }
}

const HEADER = ['STT', 'Người/tập thể được đề nghị', 'Đối tượng', 'Chức vụ', 'Đơn vị', 'Hình thức đề nghị', 'Kết quả xét', 'Tổng số ý kiến', ...COMMENT_VERDICTS.map((v) => COMMENT_VERDICT_LABELS[v]), 'Nội dung phản ánh']

/** The summary as a spreadsheet (CSV, UTF-8 with BOM, formula-looking cells neutralised). */
export function summaryCsv(summary: CouncilSummary): string {
  return csvDocument([
    HEADER,
    ...summary.rows.map((r) => [
      r.order,
      r.name,
      r.kind ? NOMINEE_KIND_LABELS[r.kind] : '',
      r.position,
      r.unit,
      r.awardType,
      r.result ? NOMINEE_RESULT_LABELS[r.result] : '',
      r.total,
      ...COMMENT_VERDICTS.map((v) => r.byVerdict[v]),
      r.objections.map((o) => `[${o.code}] ${o.comment}`).join('\n'),
    ]),
  ])
}

/** The summary as a printable page (A4, the browser's print), for the admin. */
export function summaryHtml(summary: CouncilSummary, csvHref: string): string {
  const e = escapeHtml
  const c = summary.consultation
  const body = summary.rows
    .map(
      (r) => `<tr>
  <td>${r.order ?? ''}</td>
  <td><strong>${e(r.name)}</strong>${r.position ? `<br>${e(r.position)}` : ''}${r.unit ? `<br>${e(r.unit)}` : ''}</td>
  <td>${e(r.awardType ?? '')}</td>
  <td class="n">${formatNumber(r.total)}</td>
  ${COMMENT_VERDICTS.map((v) => `<td class="n">${formatNumber(r.byVerdict[v])}</td>`).join('')}
  <td>${r.objections.length ? `<ol>${r.objections.map((o) => `<li><span class="code">${e(o.code)}</span> (${formatDateTime(o.receivedAt)}): ${e(o.comment)}${o.answer ? `<br><em>Trả lời:</em> ${e(o.answer)}` : ''}</li>`).join('')}</ol>` : '–'}</td>
</tr>`,
    )
    .join('\n')
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Tổng hợp ý kiến – ${e(c.title)}</title>
<style>
  body { font-family: 'Times New Roman', serif; margin: 2rem; color: #000; }
  h1 { font-size: 1.4rem; text-align: center; margin-bottom: 0.25rem; }
  p.meta { text-align: center; margin: 0.2rem 0; }
  table { border-collapse: collapse; width: 100%; margin-top: 1rem; font-size: 0.95rem; }
  th, td { border: 1px solid #000; padding: 0.3rem 0.4rem; vertical-align: top; text-align: left; }
  td.n { text-align: right; white-space: nowrap; }
  .code { font-family: monospace; }
  ol { margin: 0; padding-left: 1.2rem; }
  .actions { margin-bottom: 1rem; }
  @media print { .actions { display: none; } body { margin: 0; } @page { size: A4 landscape; margin: 1.5cm; } }
</style>
</head>
<body>
<p class="actions"><a href="${e(csvHref)}">Tải bảng tính (CSV)</a> · In trang này bằng lệnh In của trình duyệt (Ctrl+P).</p>
<h1>BÁO CÁO TỔNG HỢP Ý KIẾN NHÂN DÂN</h1>
<p class="meta"><strong>${e(c.title)}</strong></p>
<p class="meta">Kính gửi: ${e(c.council)}</p>
<p>Căn cứ: ${e(c.legalBasis)}</p>
<p>Thời gian lấy ý kiến: từ ${formatDateTime(c.opensAt)} đến ${c.closesAt ? formatDateTime(c.closesAt) : '–'}. Tổng số ý kiến nhận được: <strong data-total>${formatNumber(summary.totalComments)}</strong>.</p>
<table>
<thead><tr><th>STT</th><th>Người/tập thể được đề nghị</th><th>Hình thức đề nghị</th><th>Tổng số ý kiến</th>${COMMENT_VERDICTS.map((v) => `<th>${e(COMMENT_VERDICT_LABELS[v])}</th>`).join('')}<th>Nội dung phản ánh</th></tr></thead>
<tbody>
${body}
</tbody>
</table>
<p>Lập lúc ${formatDateTime(summary.generatedAt)}. Thông tin cá nhân của người góp ý được lưu tại cơ quan, không đưa vào báo cáo này.</p>
</body>
</html>`
}
