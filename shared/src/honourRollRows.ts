/**
 * The rows of an award decision's list checked one by one, before anything is
 * stored: every bad row gets its line number and a Vietnamese reason; good
 * rows come out normalised (NFC, trimmed) with their award type and unit
 * matched against the reference lists. No I/O: callers pass what is stored.
 */
import type { RecipientKind } from './awardTaxonomy'
import { RECIPIENT_KIND_LABELS } from './awardTaxonomy'
import { foldVietnamese } from './fold'
import {
  HONOUR_ROLL_FIELD_LABELS,
  PERSONAL_FIELD_LABELS,
  isPersonalField,
  type ColumnMapping,
  type HonourRollField,
  type PersonalField,
} from './honourRollColumns'

type Id = number | string

export interface ReferenceAwardType {
  id: Id
  name: string
  recipientKinds: RecipientKind[]
}

export interface ReferenceUnit {
  id: Id
  name: string
}

export interface RowCheckContext {
  awardTypes: ReferenceAwardType[]
  units: ReferenceUnit[]
  /** The year used when the file has no year column (the decision's). */
  defaultYear?: number | null
  /** Latest acceptable year (this year + 1 by default). */
  maxYear?: number
  /** Duplicate keys (see `awardKey`) already stored, with the decision each is in. */
  stored: Map<string, { decision: Id | null; decisionNumber?: string | null }>
  /** The decision being imported into: its own stored rows are "already imported", not errors. */
  decision: Id
}

export interface ImportRow {
  /** Line in the spreadsheet (1-based), for messages. */
  line: number
  /** The decision's own number for the line (STT). */
  lineNumber: number | null
  recipientName: string
  recipientKind: RecipientKind
  position: string | null
  unit: Id | null
  unitName: string | null
  awardType: Id
  year: number
  citation: string | null
  key: string
}

export interface RowProblem {
  line: number
  reason: string
  /** The row as read, for the downloadable report. */
  values: string[]
}

export interface RowCheckResult {
  rows: ImportRow[]
  /** Rows already stored under this decision (a re-import): skipped, not errors. */
  alreadyStored: number
  problems: RowProblem[]
  /** Headings, footers and blank lines skipped, as notes. */
  notes: string[]
  droppedColumns: string[]
}

export const MIN_AWARD_YEAR = 1945
const MAX_LENGTH: Partial<Record<HonourRollField, number>> = { recipientName: 200, position: 200, unitName: 300, citation: 2000, awardType: 300 }

/** Trimmed, single-spaced Unicode NFC: how every imported value is kept. */
export const cleanCell = (value: string | null | undefined) => (value ?? '').normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim()

const ABBREVIATIONS: Array<[RegExp, string]> = [
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\bcstd\b/g, 'chien si thi dua'],
  [/\bldtt\b/g, 'lao dong tien tien'],
  [/\bttg\b/g, 'thu tuong'],
  [/\bcp\b/g, 'chinh phu'],
  [/\bld ?tb ?(va )?xh\b/g, 'lao dong thuong binh va xa hoi'],
  [/\btp\b/g, 'thanh pho'],
]
/** Words that vary between lists without changing which award is meant. */
const FILLER = /\b(cua|chu tich|danh hieu|hinh thuc|tang|duoc|cong nhan)\b/g

/** A name folded for loose matching: "Bằng khen của Chủ tịch UBND tỉnh" and "Bằng khen UBND tỉnh" agree. */
export function looseKey(text: string): string {
  let key = foldVietnamese(text.replace(/[^\p{L}\p{N}\s]/gu, ' '))
  for (const [pattern, full] of ABBREVIATIONS) key = key.replace(pattern, full)
  return key.replace(FILLER, ' ').replace(/\s+/g, ' ').trim()
}

/** Same recipient, unit, award type and year: one award, whichever file or decision it came in. */
export const awardKey = (recipientName: string, unit: Id | string | null, awardType: Id, year: number) =>
  `${foldVietnamese(recipientName)}|${unit == null ? '' : typeof unit === 'string' ? foldVietnamese(unit) : `#${unit}`}|${awardType}|${year}`

const KIND_WORDS: Array<[RegExp, RecipientKind]> = [
  [/\b(ho gia dinh|gia dinh|ho)\b/, 'household'],
  [/\btap the\b/, 'collective'],
  [/\bca nhan\b/, 'individual'],
]

function kindOf(text: string): RecipientKind | null {
  const key = foldVietnamese(text)
  for (const [pattern, kind] of KIND_WORDS) if (pattern.test(key)) return kind
  return null
}

/** Collectives are named by what they are: "Phòng...", "Trường...", "Ủy ban...". */
const COLLECTIVE_NAME = /^(phong|so|ban|vu|cuc|chi cuc|truong|khoa|to|doi|trung tam|van phong|cong ty|xi nghiep|uy ban|hoi|doan|chi bo|dang uy|benh vien|tram|xa|phuong|thi tran|thon|to dan pho|ban quan ly|vien|tap the|lop|bo phan|nha|hop tac xa|cong doan|chi doan|toa an|vien kiem sat)\b/

/** Family names that begin most Vietnamese personal names: such a name is a person whatever the award allows. */
const FAMILY_NAME = /^(nguyen|tran|le|pham|hoang|huynh|phan|vu|vo|dang|bui|do|ho|ngo|duong|ly|dinh|doan|trinh|truong|lam|luong|mai|cao|ta|ha|chu|kieu|quach|thai|lu|luu|to|ton|vuong|la|khuat|trieu|dao|tang|giang|nong|lo|kim|y|h) \S+( \S+){0,3}$/

/** Who a row names when the file does not say: a person by their family name, else what the award allows, else by how collectives are named. */
function guessKind(name: string, type: ReferenceAwardType): RecipientKind {
  const key = foldVietnamese(name)
  if (FAMILY_NAME.test(key) && !COLLECTIVE_NAME.test(key)) return 'individual'
  if (type.recipientKinds.length === 1) return type.recipientKinds[0]!
  if (/^(ho|gia dinh)\b/.test(key)) return 'household'
  return COLLECTIVE_NAME.test(key) ? 'collective' : 'individual'
}

function columnLetter(index: number): string {
  let s = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s
  return s
}

/** A cell Excel would run as a formula: refused, never stored (=HYPERLINK(...), =cmd|...). */
export const isFormulaText = (text: string) => /^[=]/.test(text) || /^[+\-@]\s*[A-Za-z_]+[(!|]/.test(text)

function yearOf(text: string): number | null {
  const match = /(?:^|\D)(\d{4})(?:\D|$)/.exec(text)
  return match ? Number(match[1]) : null
}

/**
 * Checks every row below the header. `sheetRows` are the sheet's rows as
 * text (merged cells already filled in by the reader); `firstLine` is the
 * spreadsheet line number of `sheetRows[0]`.
 */
export function checkRows(sheetRows: string[][], mapping: ColumnMapping, context: RowCheckContext, firstLine = 1): RowCheckResult {
  const field = new Map<HonourRollField, number>()
  const droppedColumns: string[] = []
  for (const c of mapping.columns) {
    if (c.target === 'ignore') continue
    if (isPersonalField(c.target)) droppedColumns.push(`${PERSONAL_FIELD_LABELS[c.target as PersonalField]} (cột ${columnLetter(c.index)} "${c.header}")`)
    else field.set(c.target, c.index)
  }
  const result: RowCheckResult = { rows: [], alreadyStored: 0, problems: [], notes: [], droppedColumns }
  if (!field.has('recipientName')) {
    result.problems.push({ line: mapping.headerRow + firstLine, reason: 'Không tìm thấy cột "Họ và tên" (hoặc tên tập thể).', values: [] })
    return result
  }
  if (!field.has('awardType')) result.notes.push('Tệp không có cột danh hiệu: lấy danh hiệu từ các dòng tiêu đề nhóm (ví dụ "I. Danh hiệu Lao động tiên tiến").')
  if (!field.has('year')) {
    if (context.defaultYear) result.notes.push(`Tệp không có cột năm: dùng năm ${context.defaultYear}.`)
  }

  const typeByKey = new Map(context.awardTypes.map((t) => [looseKey(t.name), t]))
  const unitByKey = new Map(context.units.map((u) => [looseKey(u.name), u]))
  // A list repeats a handful of award and unit names thousands of times: fold each spelling once.
  const memo = <T>(lookup: Map<string, T>) => {
    const seenText = new Map<string, T | null>()
    return (text: string) => {
      if (!seenText.has(text)) seenText.set(text, lookup.get(looseKey(text)) ?? null)
      return seenText.get(text)!
    }
  }
  const typeOf = memo(typeByKey)
  const unitOf = memo(unitByKey)
  const maxYear = context.maxYear ?? new Date().getFullYear() + 1
  const seen = new Map<string, number>()
  let sectionKind: RecipientKind | null = null
  let sectionType: ReferenceAwardType | null = null
  let skipped = 0

  for (let r = mapping.headerRow + 1; r < sheetRows.length; r++) {
    const line = r + firstLine
    const raw = (sheetRows[r] ?? []).map((v) => cleanCell(v))
    const filled = raw.filter(Boolean)
    if (filled.length === 0) continue
    const cell = (f: HonourRollField) => (field.has(f) ? (raw[field.get(f)!] ?? '') : '')
    const problem = (reason: string) => result.problems.push({ line, reason, values: raw })

    // A heading ("I. TẬP THỂ", "Danh hiệu Lao động tiên tiến") or footer is one value, often merged across the row.
    if (new Set(filled).size === 1 && !(cell('recipientName') && cell('awardType'))) {
      const text = filled[0]!
      sectionKind = kindOf(text) ?? sectionKind
      const type = context.awardTypes.find((t) => looseKey(text).includes(looseKey(t.name)))
      if (type) sectionType = type
      skipped++
      continue
    }
    const formula = raw.find((v, i) => isFormulaText(v) && [...field.values()].includes(i))
    if (formula) {
      problem(`Ô có công thức "${formula.slice(0, 40)}": không nhận công thức, hãy nhập giá trị.`)
      continue
    }
    const name = cell('recipientName')
    if (!name) {
      // A line number with nothing else is a spacer line some agencies keep; anything more is a missing name.
      if (filled.length === 1 && cell('lineNumber')) continue
      problem('Thiếu họ và tên (hoặc tên tập thể).')
      continue
    }
    if (!/\p{L}/u.test(name)) {
      problem(`Họ và tên "${name}" không có chữ cái.`)
      continue
    }
    const tooLong = (Object.keys(MAX_LENGTH) as HonourRollField[]).find((f) => cell(f).length > MAX_LENGTH[f]!)
    if (tooLong) {
      problem(`${HONOUR_ROLL_FIELD_LABELS[tooLong]} dài quá ${MAX_LENGTH[tooLong]} ký tự.`)
      continue
    }

    const typeText = cell('awardType')
    const type = typeText ? typeOf(typeText) : sectionType
    if (!type) {
      problem(typeText ? `Danh hiệu / hình thức "${typeText}" không có trong danh mục.` : 'Thiếu danh hiệu / hình thức khen thưởng.')
      continue
    }

    const kindText = cell('recipientKind')
    let kind: RecipientKind | null = kindText ? kindOf(kindText) : null
    if (kindText && !kind) {
      problem(`Đối tượng "${kindText}" không rõ: ghi "Cá nhân", "Tập thể" hoặc "Hộ gia đình".`)
      continue
    }
    kind ??= sectionKind ?? guessKind(name, type)
    if (!type.recipientKinds.includes(kind)) {
      problem(`"${type.name}" không dành cho ${RECIPIENT_KIND_LABELS[kind].toLowerCase()}.`)
      continue
    }

    const yearText = cell('year')
    const year = yearText ? yearOf(yearText) : (context.defaultYear ?? null)
    if (year == null) {
      problem(yearText ? `Năm "${yearText}" không hợp lệ.` : 'Thiếu năm.')
      continue
    }
    if (year < MIN_AWARD_YEAR || year > maxYear) {
      problem(`Năm ${year} ngoài khoảng ${MIN_AWARD_YEAR}–${maxYear}.`)
      continue
    }

    const unitText = cell('unitName')
    const unit = unitText ? unitOf(unitText) : null
    if (unitText && !unit) {
      problem(`Đơn vị "${unitText}" chưa có trong danh mục đơn vị: thêm vào danh mục hoặc sửa tên cho khớp.`)
      continue
    }

    const key = awardKey(name, unit ? unit.id : null, type.id, year)
    const earlier = seen.get(key)
    if (earlier !== undefined) {
      problem(`Trùng với dòng ${earlier} (cùng người, đơn vị, danh hiệu và năm).`)
      continue
    }
    seen.set(key, line)
    const stored = context.stored.get(key)
    if (stored) {
      if (String(stored.decision) === String(context.decision)) {
        result.alreadyStored++
        continue
      }
      problem(`Đã có trong bảng vàng${stored.decisionNumber ? ` theo Quyết định ${stored.decisionNumber}` : ''} (cùng người, đơn vị, danh hiệu và năm).`)
      continue
    }

    const stt = cell('lineNumber')
    result.rows.push({
      line,
      lineNumber: /^\d{1,6}$/.test(stt) ? Number(stt) : null,
      recipientName: name,
      recipientKind: kind,
      position: cell('position') || null,
      unit: unit ? unit.id : null,
      unitName: null,
      awardType: type.id,
      year,
      citation: cell('citation') || null,
      key,
    })
  }
  if (skipped) result.notes.push(`Bỏ qua ${skipped} dòng tiêu đề nhóm hoặc chân danh sách.`)
  if (droppedColumns.length) {
    result.notes.push(
      `Đã bỏ các cột thông tin cá nhân: ${droppedColumns.join('; ')}. Các cột này không được lưu và không công bố (quy định bảo vệ dữ liệu cá nhân).`,
    )
  }
  return result
}
