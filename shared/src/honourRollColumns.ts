/**
 * The columns of an award decision's list as agencies lay them out, matched
 * loosely (case, diacritics, spacing, punctuation, common variants), and the
 * header row found below whatever title block sits above it.
 */
import { foldVietnamese } from './fold'

/** What a column can hold. Personal columns are recognised only to be dropped. */
export type HonourRollField = 'lineNumber' | 'recipientName' | 'position' | 'unitName' | 'awardType' | 'year' | 'citation' | 'recipientKind'
export type PersonalField = 'birthDate' | 'idNumber' | 'address' | 'phone' | 'email' | 'gender'
export type ColumnTarget = HonourRollField | PersonalField | 'ignore'

export const HONOUR_ROLL_FIELD_LABELS: Record<HonourRollField, string> = {
  lineNumber: 'STT',
  recipientName: 'Họ và tên / tên tập thể',
  position: 'Chức vụ',
  unitName: 'Đơn vị',
  awardType: 'Danh hiệu / hình thức khen thưởng',
  year: 'Năm',
  citation: 'Thành tích / ghi chú',
  recipientKind: 'Đối tượng (cá nhân, tập thể, hộ gia đình)',
}

export const PERSONAL_FIELD_LABELS: Record<PersonalField, string> = {
  birthDate: 'Ngày sinh',
  idNumber: 'Số CMND/CCCD',
  address: 'Địa chỉ, quê quán',
  phone: 'Điện thoại',
  email: 'Thư điện tử',
  gender: 'Giới tính',
}

export const isPersonalField = (target: ColumnTarget): target is PersonalField => target in PERSONAL_FIELD_LABELS

/** Header text folded for matching: no diacritics, no punctuation, single spaces. */
export const headerKey = (text: string) => foldVietnamese(text.replace(/[^\p{L}\p{N}\s]/gu, ' '))

/** Exact folded names first, then words that give a column away. Order matters: "năm sinh" is a birth date, not a year. */
const EXACT: Record<string, ColumnTarget> = {
  stt: 'lineNumber', tt: 'lineNumber', 'so tt': 'lineNumber', 'so thu tu': 'lineNumber',
  ten: 'recipientName', 'ho ten': 'recipientName', 'ho va ten': 'recipientName',
  nam: 'year', 'ghi chu': 'citation', sdt: 'phone', dt: 'phone', cmnd: 'idNumber', cccd: 'idNumber', email: 'email',
}

const CONTAINS: Array<[RegExp, ColumnTarget]> = [
  [/\b(ngay|nam|thang) (thang )?(nam )?sinh\b|\bsinh ngay\b|\bngay sinh\b|\bnam sinh\b/, 'birthDate'],
  [/\b(cmnd|cccd|can cuoc|chung minh|dinh danh|ho chieu)\b/, 'idNumber'],
  [/\b(dien thoai|sdt|so dt|di dong)\b/, 'phone'],
  [/\b(dia chi|que quan|thuong tru|tam tru|noi o|cho o)\b/, 'address'],
  [/\b(e ?mail|thu dien tu)\b/, 'email'],
  [/\bgioi tinh\b/, 'gender'],
  [/\b(ho (va )?ten|ten (ca nhan|tap the|don vi duoc khen))\b/, 'recipientName'],
  [/\b(doi tuong|loai doi tuong|ca nhan tap the)\b/, 'recipientKind'],
  [/\b(danh hieu|hinh thuc)\b/, 'awardType'],
  [/\b(chuc vu|chuc danh)\b/, 'position'],
  [/\b(don vi|co quan|noi cong tac)\b/, 'unitName'],
  [/^nam\b|\bnam (thanh tich|khen thuong|hoc|danh gia)\b/, 'year'],
  [/\b(thanh tich|ghi chu|noi dung)\b/, 'citation'],
]

/** What a header cell names, or null when it names nothing we know. */
export function matchHeader(text: string): ColumnTarget | null {
  const key = headerKey(text)
  if (!key) return null
  if (key in EXACT) return EXACT[key]!
  for (const [pattern, target] of CONTAINS) if (pattern.test(key)) return target
  return null
}

export interface ColumnMapping {
  /** Index of the header row in the sheet's rows (0-based). */
  headerRow: number
  /** Per column index: its header text and what it maps to. */
  columns: Array<{ index: number; header: string; target: ColumnTarget }>
}

/**
 * The header row: the first of the top rows with a name column and at least
 * two known columns. A title block ("UBND TỈNH...", "DANH SÁCH...", "Kèm theo
 * Quyết định số...") above it matches at most one column and is skipped.
 * A header split over two rows (merged cells) is read as the two joined.
 */
export function findHeader(rows: string[][], scanRows = 30): ColumnMapping | null {
  const mappingOf = (cells: string[]) =>
    cells.map((header, index) => ({ index, header: header.trim(), target: matchHeader(header) ?? ('ignore' as const) })).filter((c) => c.header !== '')
  for (let r = 0; r < Math.min(rows.length, scanRows); r++) {
    const columns = mappingOf(rows[r] ?? [])
    const known = columns.filter((c) => c.target !== 'ignore')
    if (known.length >= 2 && known.some((c) => c.target === 'recipientName')) {
      // One field per column: a second "Họ và tên" is ignored rather than overwriting the first.
      const seen = new Set<ColumnTarget>()
      for (const c of columns) {
        if (c.target !== 'ignore' && seen.has(c.target)) c.target = 'ignore'
        seen.add(c.target)
      }
      return { headerRow: r, columns }
    }
  }
  return null
}

/** The mapping as edited by the officer: any field to any column, personal ones still dropped. */
export function applyMappingOverrides(mapping: ColumnMapping, overrides: Record<string, ColumnTarget> | null | undefined): ColumnMapping {
  if (!overrides) return mapping
  const columns = mapping.columns.map((c) => ({ ...c, target: overrides[String(c.index)] ?? c.target }))
  return { ...mapping, columns }
}
