/**
 * Grammar of Vietnamese document numbers ("số, ký hiệu"), as agencies write them.
 *
 * State style (Decree 30/2020/NĐ-CP): serial / [year /] TYPE-ISSUER
 *   443/KH-SLĐTBXH, 733/QĐ-TTg, 99/2023/NQ-HĐND, 01/NQ-CP, 15/2023/TT-BLĐTBXH
 *   A plan not yet numbered keeps the slash: /KH-SLĐTBXH.
 * Law style: serial / year / ISSUER  (06/2022/QH15)
 * Party style (Regulation 66-QĐ/TW): serial-TYPE/ISSUER
 *   34-CT/TW, 497-KL/TU, 06-NQ/BCSĐ
 */
export type DocumentNumberStyle = 'state' | 'law' | 'party'

export interface DocumentNumber {
  style: DocumentNumberStyle
  /** The number as written, normalised (NFC, no spaces). */
  text: string
  /** Serial as written ("01", "443"); null for a plan not yet numbered. */
  serial: string | null
  year: number | null
  /** Type code: KH, QĐ, NQ, CT, KL... null in law style. */
  typeCode: string | null
  issuerCode: string
}

const UPPER = 'A-ZĐ'
const CODE = `[${UPPER}0-9][${UPPER}a-zđ0-9]*`
// Type codes are capitals, except Tờ trình, which Decree 30/2020 abbreviates "TTr".
const TYPE = `(?:TTr|[${UPPER}]{1,6})`
const STATE = new RegExp(`^(\\d{1,6})?(?:\\/(\\d{4}))?\\/(${TYPE})-(${CODE}(?:-${CODE})*)$`, 'u')
const LAW = new RegExp(`^(\\d{1,6})\\/(\\d{4})\\/([${UPPER}]{1,6}\\d{1,3})$`, 'u')
const PARTY = new RegExp(`^(\\d{1,6})-([${UPPER}]{1,6})\\/(${CODE}(?:-${CODE})*)$`, 'u')

const MIN_YEAR = 1945
const MAX_YEAR = 2199

export class DocumentNumberError extends Error {
  constructor(
    readonly input: string,
    readonly messageVi: string,
  ) {
    super(`Invalid document number "${input}": expected forms like 443/KH-SLĐTBXH, 99/2023/NQ-HĐND, 06/2022/QH15 or 34-CT/TW`)
    this.name = 'DocumentNumberError'
  }
}

function normalise(input: string): string {
  return input.normalize('NFC').trim()
}

/** Parses a document number; throws DocumentNumberError with a Vietnamese message when it is malformed. */
export function parseDocumentNumber(input: string): DocumentNumber {
  const text = normalise(input)
  const example = 'Ví dụ đúng: 443/KH-SLĐTBXH, 99/2023/NQ-HĐND, 06/2022/QH15, 34-CT/TW hoặc /KH-SLĐTBXH nếu chưa có số.'
  if (text === '') throw new DocumentNumberError(input, 'Số, ký hiệu văn bản đang để trống.')
  if (/\s/.test(text)) {
    throw new DocumentNumberError(input, `Số, ký hiệu "${text}" không được chứa khoảng trắng. ${example}`)
  }
  let parsed: DocumentNumber | null = null
  let m = STATE.exec(text)
  if (m) {
    parsed = { style: 'state', text, serial: m[1] ?? null, year: m[2] ? Number(m[2]) : null, typeCode: m[3]!, issuerCode: m[4]! }
  } else if ((m = LAW.exec(text))) {
    parsed = { style: 'law', text, serial: m[1]!, year: Number(m[2]), typeCode: null, issuerCode: m[3]! }
  } else if ((m = PARTY.exec(text))) {
    parsed = { style: 'party', text, serial: m[1]!, year: null, typeCode: m[2]!, issuerCode: m[3]! }
  }
  if (!parsed) {
    throw new DocumentNumberError(input, `Số, ký hiệu "${text}" không đúng thể thức. ${example}`)
  }
  if (parsed.serial !== null && Number(parsed.serial) === 0) {
    throw new DocumentNumberError(input, `Số văn bản trong "${text}" phải lớn hơn 0.`)
  }
  if (parsed.year !== null && (parsed.year < MIN_YEAR || parsed.year > MAX_YEAR)) {
    throw new DocumentNumberError(input, `Năm ${parsed.year} trong "${text}" không hợp lệ (từ ${MIN_YEAR} đến ${MAX_YEAR}).`)
  }
  return parsed
}

/** Vietnamese error message for an invalid number, or null when it is valid. Blank is valid (not yet numbered). */
export function documentNumberProblem(input: string | null | undefined): string | null {
  if (input == null || normalise(input) === '') return null
  try {
    parseDocumentNumber(input)
    return null
  } catch (error) {
    if (error instanceof DocumentNumberError) return error.messageVi
    throw error
  }
}

/** True for a number that has a serial (so it must be unique per issuer). */
export function isNumbered(input: string | null | undefined): boolean {
  if (input == null || normalise(input) === '' || documentNumberProblem(input)) return false
  return parseDocumentNumber(input).serial !== null
}
