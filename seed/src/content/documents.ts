import type { Payload } from 'payload'

import { blocksToLexical, linkPhrases, pathFor, type LexicalState } from '@portal/shared'

import { ensure, type SeedReport } from '../ensure'
import { linesBetween, linesFrom, linesToBlocks, sourceLines } from '../sources'
import { seedCitations } from './citations'
import type { Ids, UnitKey } from './referenceData'

export const HA_GIANG_PLAN_ABSTRACT =
  'Phát động thực hiện phong trào thi đua “Công chức, viên chức và người lao động thực hiện văn hóa công sở”, giai đoạn 2022-2025'

interface Context {
  units: Ids<UnitKey>
  documentTypes: Record<string, number | string>
  movementId: number | string
}

/** The Hà Giang plan (source 003): header, legal basis, body, signer and "Nơi nhận", as the text gives them. */
function haGiangPlan() {
  const lines = sourceLines('003')
  const heading = lines.find((l) => /^[^,]+, ngày /.test(l))!
  const body = linesBetween(lines, 'Căn cứ Quyết định số 672/QĐ-LĐTBXH', 'Nơi nhận:')
  const recipientsRaw = linesBetween(lines, 'Nơi nhận:', 'GIÁM ĐỐC')
  // "- Phòng Lao động -TBXH," continues on the next line of the original. Each
  // line keeps its own punctuation (";" and the final "."), as Nghị định 30/2020 writes "Nơi nhận".
  const recipients: string[] = []
  for (const line of recipientsRaw) {
    if (line.startsWith('-')) recipients.push(line.replace(/^-\s*/, ''))
    else recipients[recipients.length - 1] += ` ${line}`
  }
  const preamble = lines.find((l) => l.startsWith('Căn cứ Quyết định số 672/QĐ-LĐTBXH'))!
  return { placeOfIssue: heading.slice(0, heading.indexOf(',')), preamble, body, recipients, signer: lines[lines.length - 1]!, signerTitle: lines[lines.length - 2]! }
}

/** Links to their citation entries, for the texts that cite them. */
export type CitationLinks = Array<{ phrase: string; url: string }>

export async function seedDocuments(payload: Payload, report: SeedReport, { units, documentTypes, movementId }: Context) {
  const citations = await seedCitations(payload, report, { units, documentTypes })
  const ids: Record<string, number | string> = Object.fromEntries(Object.entries(citations).map(([number, c]) => [number, c.id]))
  const links: CitationLinks = Object.entries(citations).map(([number, c]) => ({ phrase: number, url: pathFor('documents', c.slug) }))
  const linked = (state: LexicalState) => linkPhrases(state, links)
  const add = async (key: string, where: Record<string, unknown>, data: Record<string, unknown>) => {
    const { doc, created } = await ensure(payload, 'documents', key, where as never, data, { drafts: true })
    ids[key] = doc.id
    report.add('documents', created)
  }

  // Source 000: the news item gives number, issuer, date and the main contents; not its validity.
  const lines000 = sourceLines('000')
  await add(
    '443/KH-SLĐTBXH',
    { numberKey: { equals: `${units.ownAgency}|443/KH-SLĐTBXH` } },
    {
      number: '443/KH-SLĐTBXH',
      documentType: documentTypes['Kế hoạch'],
      issuer: units.ownAgency,
      issued: { day: 28, month: 2, year: 2022 },
      abstract: 'Kế hoạch triển khai công tác thi đua khen thưởng Ngành Lao động - Thương binh và Xã hội năm 2022',
      body: linked(blocksToLexical(linesToBlocks(linesFrom(lines000, 'Theo đó,', 'Ban biên tập'), { headings: /^\d\. / }))),
      field: 'emulation-commendation',
    },
  )

  // Source 001: 23/KH-SVHTTDL is issued "Thực hiện" (to carry out) 61/KH-UBND, a citation
  // entry; the text lists no legal basis ("Căn cứ") of its own.
  const lines001 = sourceLines('001')
  await add(
    '23/KH-SVHTTDL',
    { numberKey: { equals: `${units.thaiBinhCulture}|23/KH-SVHTTDL` } },
    {
      number: '23/KH-SVHTTDL',
      documentType: documentTypes['Kế hoạch'],
      issuer: units.thaiBinhCulture,
      issued: { day: 30, month: 6, year: 2021 },
      abstract: 'Kế hoạch tuyên truyền về công tác thi đua, khen thưởng và phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến giai đoạn 2021-2025',
      implements: [ids['61/KH-UBND']],
      body: linked(blocksToLexical(linesToBlocks(linesFrom(lines001, 'Với mục đích', 'Tổng số điểm')))),
      field: 'emulation-commendation',
    },
  )

  // Source 003: the full plan, not yet numbered ("Số: /KH-SLĐTBXH"), "Hà Giang, ngày tháng 8 năm 2022".
  // Its only "Căn cứ" is 672/QĐ-LĐTBXH; 733/QĐ-TTg and 1847/QĐ-TTg are cited in its text, and linked there.
  const plan = haGiangPlan()
  await add(
    'ha-giang-plan',
    { abstract: { equals: HA_GIANG_PLAN_ABSTRACT } },
    {
      number: '/KH-SLĐTBXH',
      documentType: documentTypes['Kế hoạch'],
      issuer: units.haGiangDolisa,
      placeOfIssue: plan.placeOfIssue,
      issued: { month: 8, year: 2022 },
      abstract: HA_GIANG_PLAN_ABSTRACT,
      signer: plan.signer,
      signerTitle: plan.signerTitle,
      legalBasis: [{ document: ids['672/QĐ-LĐTBXH'] }],
      body: linked(blocksToLexical([{ type: 'paragraph', text: plan.preamble }, ...linesToBlocks(plan.body)])),
      recipients: plan.recipients.map((name) => ({ name })),
      movement: movementId,
      field: 'emulation-commendation',
    },
  )
  return { ids, links }
}
