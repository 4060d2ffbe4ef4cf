import type { Payload } from 'payload'

import type { PartialDate } from '@portal/shared'

import { ensure, type SeedReport } from '../ensure'
import type { Ids, UnitKey } from './referenceData'

/**
 * The directives, decisions and resolutions the sources cite, as citation
 * entries of the document library: number, issuer and date as the citing text
 * gives them, and as abstract the words the citing text uses for it ("về
 * tiếp tục đổi mới công tác thi đua khen thưởng") or, where it gives none, the
 * citation itself. Nothing else is known of them here, so nothing else is said:
 * no body, no signer, validity "chưa xác định".
 */
export const CITATIONS: Array<{ number: string; type: string; issuer: UnitKey; issued: PartialDate; abstract: string }> = [
  {
    number: '34-CT/TW',
    type: 'Chỉ thị',
    issuer: 'politburo',
    issued: { day: 7, month: 4, year: 2014 },
    abstract: 'Về tiếp tục đổi mới công tác thi đua khen thưởng',
  },
  {
    number: '07/CT-TTg',
    type: 'Chỉ thị',
    issuer: 'primeMinister',
    issued: { day: 19, month: 3, year: 2014 },
    abstract: 'Về đẩy mạnh phòng chống tiêu cực trong công tác quản lý công chức viên chức và thi đua khen thưởng',
  },
  {
    number: '61/KH-UBND',
    type: 'Kế hoạch',
    issuer: 'thaiBinhPeoplesCommittee',
    issued: { day: 19, month: 4, year: 2021 },
    abstract: 'Kế hoạch số 61/KH-UBND ngày 19/4/2021 của Ủy ban nhân dân tỉnh Thái Bình',
  },
  {
    number: '672/QĐ-LĐTBXH',
    type: 'Quyết định',
    issuer: 'ministry',
    issued: { day: 27, month: 7, year: 2022 },
    abstract:
      'Về việc phê duyệt kế hoạch tổ chức và phát động thực hiện phong trào thi đua "cán bộ, công chức, viên chức và người lao động thực hiện văn hoá công sở", giai đoạn 2022-2025',
  },
  {
    number: '733/QĐ-TTg',
    type: 'Quyết định',
    issuer: 'primeMinister',
    issued: { day: 14, month: 6, year: 2019 },
    abstract: 'Về việc ban hành Kế hoạch tổ chức thực hiện Phong trào thi đua “Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở” giai đoạn 2019-2025',
  },
  {
    number: '1847/QĐ-TTg',
    type: 'Quyết định',
    issuer: 'primeMinister',
    issued: { day: 27, month: 12, year: 2018 },
    abstract: 'Phê duyệt Đề án văn hóa công sở',
  },
  {
    number: '50/QĐ-UBND',
    type: 'Quyết định',
    issuer: 'provincialPeoplesCommittee',
    issued: { day: 10, month: 1, year: 2024 },
    abstract: 'Về việc ban hành Chương trình hành động thực hiện Nghị quyết số 01/NQ-CP ngày 05/01/2024 của Chính phủ',
  },
  {
    number: '01/NQ-CP',
    type: 'Nghị quyết',
    issuer: 'government',
    issued: { day: 5, month: 1, year: 2024 },
    abstract: 'Nghị quyết số 01/NQ-CP ngày 05/01/2024 của Chính phủ',
  },
  {
    number: '497-KL/TU',
    type: 'Kết luận',
    issuer: 'provincialPartyCommittee',
    issued: { day: 29, month: 11, year: 2023 },
    abstract: 'Kết luận số 497-KL/TU ngày 29/11/2023 của Tỉnh ủy',
  },
  {
    number: '99/2023/NQ-HĐND',
    type: 'Nghị quyết',
    issuer: 'provincialCouncil',
    issued: { day: 7, month: 12, year: 2023 },
    abstract: 'Nghị quyết số 99/2023/NQ-HĐND ngày 07/12/2023 của HĐND tỉnh',
  },
  {
    number: '06-NQ/BCSĐ',
    type: 'Nghị quyết',
    issuer: 'provincialPartyDelegation',
    issued: { day: 2, month: 1, year: 2024 },
    abstract: 'Về kế hoạch phát triển kinh tế - xã hội năm 2024',
  },
]

/** Creates the citation entries; returns id and slug by number, for links from the texts that cite them. */
export async function seedCitations(
  payload: Payload,
  report: SeedReport,
  { units, documentTypes }: { units: Ids<UnitKey>; documentTypes: Record<string, number | string> },
): Promise<Record<string, { id: number | string; slug: string }>> {
  const found: Record<string, { id: number | string; slug: string }> = {}
  for (const citation of CITATIONS) {
    const issuer = units[citation.issuer]
    const { doc, created } = await ensure(
      payload,
      'documents',
      citation.number,
      { numberKey: { equals: `${issuer}|${citation.number}` } },
      {
        number: citation.number,
        entryKind: 'citation',
        documentType: documentTypes[citation.type],
        issuer,
        issued: citation.issued,
        abstract: citation.abstract,
        field: 'emulation-commendation',
        validity: 'undetermined',
      },
      { drafts: true },
    )
    found[citation.number] = { id: doc.id, slug: doc.slug }
    report.add('documents', created)
  }
  return found
}
