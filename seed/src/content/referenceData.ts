import type { Payload } from 'payload'

import { AWARD_TYPES } from '@portal/shared'

import { ensure, type SeedReport } from '../ensure'

export const DOCUMENT_TYPES: Array<{ name: string; code?: string }> = [
  { name: 'Luật' },
  { name: 'Nghị định', code: 'NĐ' },
  { name: 'Nghị quyết', code: 'NQ' },
  { name: 'Thông tư', code: 'TT' },
  { name: 'Chỉ thị', code: 'CT' },
  { name: 'Kết luận', code: 'KL' },
  { name: 'Quyết định', code: 'QĐ' },
  { name: 'Kế hoạch', code: 'KH' },
  { name: 'Hướng dẫn', code: 'HD' },
  { name: 'Thông báo', code: 'TB' },
  { name: 'Báo cáo', code: 'BC' },
  { name: 'Công văn' },
]

/** Units named by the sources. Province names only where the source gives them. */
export const UNITS = {
  ownAgency: { name: 'Sở Lao động - Thương binh và Xã hội', shortName: 'Sở LĐ-TB&XH', code: 'SLĐTBXH', kind: 'agency' },
  haGiangDolisa: { name: 'Sở Lao động - Thương binh và Xã hội tỉnh Hà Giang', shortName: 'Sở LĐ-TB&XH Hà Giang', code: 'SLĐTBXH', kind: 'agency' },
  konTumDolisa: { name: 'Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum', shortName: 'Sở LĐ-TB&XH Kon Tum', code: 'SLĐTBXH', kind: 'agency' },
  thaiBinhCulture: { name: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Thái Bình', shortName: 'Sở VHTTDL Thái Bình', code: 'SVHTTDL', kind: 'agency' },
  thaiBinhPeoplesCommittee: { name: 'Ủy ban nhân dân tỉnh Thái Bình', shortName: 'UBND tỉnh Thái Bình', code: 'UBND', kind: 'provincial' },
  ministry: { name: 'Bộ Lao động - Thương binh và Xã hội', shortName: 'Bộ LĐ-TB&XH', code: 'LĐTBXH', kind: 'central' },
  primeMinister: { name: 'Thủ tướng Chính phủ', shortName: 'Thủ tướng Chính phủ', code: 'TTg', kind: 'central' },
  // Issuers of the texts the sources cite (seed/src/content/citations.ts). Source 004 does not name its province.
  politburo: { name: 'Bộ Chính trị', code: 'TW', kind: 'central' },
  government: { name: 'Chính phủ', code: 'CP', kind: 'central' },
  provincialPeoplesCommittee: { name: 'Ủy ban nhân dân tỉnh', shortName: 'UBND tỉnh', code: 'UBND', kind: 'provincial' },
  provincialCouncil: { name: 'Hội đồng nhân dân tỉnh', shortName: 'HĐND tỉnh', code: 'HĐND', kind: 'provincial' },
  provincialPartyCommittee: { name: 'Tỉnh ủy', code: 'TU', kind: 'provincial' },
  provincialPartyDelegation: { name: 'Ban cán sự Đảng Ủy ban nhân dân tỉnh', code: 'BCSĐ', kind: 'provincial' },
  // The eight members of the bloc in source 004 (province not named there).
  ethnicCommittee: { name: 'Ban Dân tộc tỉnh', code: 'BDT', kind: 'agency' },
  informationDept: { name: 'Sở Thông tin và Truyền thông', code: 'STTTT', kind: 'agency' },
  scienceDept: { name: 'Sở Khoa học và Công nghệ', code: 'SKHCN', kind: 'agency' },
  healthDept: { name: 'Sở Y tế', code: 'SYT', kind: 'agency' },
  broadcaster: { name: 'Đài Phát thanh - Truyền hình tỉnh', code: 'PTTH', kind: 'agency' },
  educationDept: { name: 'Sở Giáo dục và Đào tạo', code: 'SGDĐT', kind: 'agency' },
  cultureDept: { name: 'Sở Văn hóa, Thể thao và Du lịch', code: 'SVHTTDL', kind: 'agency' },
} as const

export type UnitKey = keyof typeof UNITS
export type Ids<K extends string> = Record<K, number | string>

export async function seedReferenceData(payload: Payload, report: SeedReport) {
  const documentTypes: Record<string, number | string> = {}
  for (const [order, type] of DOCUMENT_TYPES.entries()) {
    const { doc, created } = await ensure(payload, 'document-types', type.name, { name: { equals: type.name } }, { ...type, order })
    documentTypes[type.name] = doc.id
    report.add('document-types', created)
  }
  for (const award of AWARD_TYPES) {
    const { created } = await ensure(payload, 'award-types', award.name, { name: { equals: award.name } }, { ...award })
    report.add('award-types', created)
  }
  const units = {} as Ids<UnitKey>
  for (const [key, unit] of Object.entries(UNITS) as Array<[UnitKey, (typeof UNITS)[UnitKey]]>) {
    const { doc, created } = await ensure(payload, 'units', key, { name: { equals: unit.name } }, { ...unit })
    units[key] = doc.id
    report.add('units', created)
  }
  return { documentTypes, units }
}
