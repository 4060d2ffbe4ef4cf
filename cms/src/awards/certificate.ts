/**
 * The printable certificate sheet of an award ("Giấy chứng nhận khen thưởng"):
 * one A4 landscape page per award with the agency's emblem and name, the
 * recipient, the title or form, the decision that granted it (number, date
 * dd/mm/yyyy, issuer), the QR code of its verification page and the code in
 * text, for whoever cannot scan it. Printed from the browser (Ctrl+P); Times
 * New Roman and the other serif faces named carry every Vietnamese letter.
 */
import { RECIPIENT_KIND_LABELS, escapeHtml as e, formatDate, type RecipientKind } from '@portal/shared'
import type { Payload, PayloadRequest } from 'payload'

import type { Award, AwardDecision, AwardType, Unit } from '../payload-types'
import { agencyIdentity, type Agency } from '../globals/agency'
import { awardPageUrl, qrSvg } from './verificationQr'

/** What a certificate reads of an award: its own fields, its type, unit, decision and the decision's issuer. */
const CERTIFICATE_READ = {
  depth: 2,
  populate: {
    'award-types': { name: true },
    units: { name: true },
    'award-decisions': { number: true, issuedAt: true, issuer: true, signer: true, signerTitle: true, _status: true },
  },
} as const

/** A decision's certificates in one document: at most this many sheets (a longer list is printed in parts by line number). */
export const MAX_SHEETS = 500

const related = <T extends object>(value: unknown): T | null => (value && typeof value === 'object' ? (value as T) : null)

interface Sheet {
  award: Award
  type: AwardType | null
  unitName: string | null
  decision: AwardDecision | null
  issuer: Unit | null
  url: string
  qr: string
}

async function sheetOf(award: Award): Promise<Sheet> {
  const decision = related<AwardDecision>(award.decision)
  const url = awardPageUrl(award.verificationCode ?? '')
  return {
    award,
    type: related<AwardType>(award.awardType),
    unitName: related<Unit>(award.unit)?.name ?? (award.unitName?.trim() || null),
    decision,
    issuer: related<Unit>(decision?.issuer),
    url,
    qr: await qrSvg(url, `Mã QR xác minh khen thưởng ${award.verificationCode}`),
  }
}

function sheetHtml(s: Sheet, agency: Agency): string {
  const a = s.award
  const kind = RECIPIENT_KIND_LABELS[a.recipientKind as RecipientKind] ?? ''
  const granted = s.decision
    ? `theo Quyết định số <strong>${e(s.decision.number)}</strong> ngày ${formatDate(s.decision.issuedAt)}${s.issuer ? ` của ${e(s.issuer.name)}` : ''}`
    : ''
  // The signature block as decisions print it: the title in capitals, the name below.
  const signer = s.decision?.signerTitle || s.decision?.signer ? `${s.decision.signerTitle ? `<strong>${e(s.decision.signerTitle.toUpperCase())}</strong>` : ''}${s.decision.signerTitle && s.decision.signer ? '<br>' : ''}${e(s.decision.signer ?? '')}` : ''
  return `<section class="sheet">
  <header>
    <div class="agency">${agency.emblem ? `<img src="${e(agency.emblem)}" alt="Biểu trưng" width="72" height="72">` : ''}<p>${e(agency.agencyName ?? agency.portalName ?? '')}</p></div>
    <div class="motto"><p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong></p><p class="u">Độc lập – Tự do – Hạnh phúc</p></div>
  </header>
  <h1>GIẤY CHỨNG NHẬN KHEN THƯỞNG</h1>
  <p class="lead">Chứng nhận ${e(kind.toLowerCase())}</p>
  <p class="name">${e(a.recipientName)}</p>
  ${a.position || s.unitName ? `<p class="where">${e([a.position, s.unitName].filter(Boolean).join(', '))}</p>` : ''}
  <p>đã được tặng <strong>${e(s.type?.name ?? '')}</strong> năm ${a.year}${granted ? `,<br>${granted}` : ''}.</p>
  ${a.citation ? `<p class="citation">Thành tích: ${e(a.citation)}</p>` : ''}
  <footer>
    <div class="verify">
      <div class="qr">${s.qr}</div>
      <div><p>Mã xác minh: <strong class="code" data-code>${e(a.verificationCode ?? '')}</strong></p><p>Quét mã QR hoặc nhập mã tại<br><span class="url">${e(s.url.replace(/\/[^/]*$/, ''))}</span><br>để kiểm tra giấy chứng nhận này.</p></div>
    </div>
    ${signer ? `<p class="signer">${signer}</p>` : ''}
  </footer>
</section>`
}

const STYLE = `
  @page { size: A4 landscape; margin: 12mm; }
  * { box-sizing: border-box; }
  body { margin: 0; font-family: 'Times New Roman', 'Noto Serif', 'DejaVu Serif', 'Liberation Serif', serif; color: #000; background: #eee; }
  .actions { font-family: system-ui, sans-serif; padding: 0.75rem 1rem; background: #fff; border-bottom: 1px solid #ccc; }
  .actions .warn { color: #8a1c1c; font-weight: 600; }
  .sheet { width: 273mm; height: 186mm; margin: 1rem auto; padding: 10mm 14mm; background: #fff; border: 3px double #8a1c1c; display: flex; flex-direction: column; text-align: center; font-size: 14pt; page-break-after: always; break-after: page; overflow: hidden; }
  .sheet:last-child { page-break-after: auto; break-after: auto; }
  header { display: flex; justify-content: space-between; align-items: flex-start; text-align: center; font-size: 12pt; }
  header p { margin: 0.1rem 0; }
  .agency { max-width: 45%; text-transform: uppercase; font-weight: 700; }
  .motto .u { text-decoration: underline; }
  h1 { font-size: 24pt; color: #8a1c1c; margin: 6mm 0 3mm; letter-spacing: 0.05em; }
  .lead { margin: 0; }
  .name { font-size: 22pt; font-weight: 700; margin: 2mm 0; }
  .where { margin: 0 0 2mm; }
  .citation { font-style: italic; font-size: 12pt; max-width: 80%; margin: 2mm auto 0; }
  footer { margin-top: auto; display: flex; justify-content: space-between; align-items: flex-end; text-align: left; font-size: 11pt; }
  .verify { display: flex; gap: 4mm; align-items: center; }
  .qr svg { width: 32mm; height: 32mm; display: block; }
  .code { font-family: 'Courier New', monospace; font-size: 12pt; letter-spacing: 0.05em; }
  .url { font-family: 'Courier New', monospace; }
  .signer { text-align: center; min-width: 70mm; }
  footer p { margin: 0.2rem 0; }
  @media print { body { background: none; } .actions { display: none; } .sheet { margin: 0; border-color: #8a1c1c; } }
`

/** The whole printable document: a screen-only bar (how to print, warnings), then the sheets. */
export async function certificatesHtml(payload: Payload, awards: Award[], title: string, warnings: string[] = []): Promise<string> {
  const [agency, sheets] = await Promise.all([agencyIdentity(payload), Promise.all(awards.map(sheetOf))])
  const unpublished = sheets.some((s) => s.decision && s.decision._status !== 'published')
  const notes = [
    ...warnings,
    ...(unpublished ? ['Quyết định chưa xuất bản: mã QR chỉ xác minh được sau khi quyết định được xuất bản.'] : []),
  ]
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<div class="actions"><p>In bằng lệnh In của trình duyệt (Ctrl+P), khổ A4 ngang, mỗi giấy chứng nhận một trang.</p>${notes.map((n) => `<p class="warn">${e(n)}</p>`).join('')}</div>
${sheets.map((s) => sheetHtml(s, agency)).join('\n')}
</body>
</html>`
}

/** One award, as the editor asking may read it; null when there is none (or it is not theirs to see). */
export async function certificateAward(req: PayloadRequest, id: number | string): Promise<Award | null> {
  return (await req.payload
    .findByID({ collection: 'awards', id, ...CERTIFICATE_READ, req, overrideAccess: false, disableErrors: true } as never)
    .catch(() => null)) as Award | null
}

/** The lines of a decision still standing (withdrawn ones get no certificate), in the decision's order. */
export async function certificateAwardsOfDecision(req: PayloadRequest, decisionId: number | string) {
  const result = await req.payload.find({
    collection: 'awards',
    where: { and: [{ decision: { equals: decisionId } }, { withdrawn: { not_equals: true } }] },
    sort: ['lineNumber', 'recipientName'],
    limit: MAX_SHEETS,
    ...CERTIFICATE_READ,
    req,
    overrideAccess: false,
  } as never)
  return { awards: result.docs as Award[], total: result.totalDocs }
}
