/**
 * An officer's spreadsheet as rows of text: .xlsx through exceljs (after the
 * ZIP's central directory is checked, so a ZIP bomb is refused before anything
 * is inflated), .csv through csv-parse (after its encoding is found). Every
 * refusal is a Vietnamese sentence; nothing here touches the database.
 */
import ExcelJS from 'exceljs'
import { parse } from 'csv-parse/sync'
import yauzl from 'yauzl'

import { formatFileSize } from '@portal/shared'
import { decodeVietnameseText, EncodingError, fromTcvn3, fromVni, repairLegacyText, type TextEncoding } from '@portal/shared/vietnameseEncodings'

/** The largest file an officer may upload (a 100,000-line list is about 10 MB as .xlsx). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024
/** What the .xlsx may inflate to, in total, by its own central directory. */
export const MAX_UNZIPPED_BYTES = 400 * 1024 * 1024
const MAX_ZIP_ENTRIES = 5000
/** Deflate rarely beats 1:100 on real sheets; bombs are 1:1000 and more. */
const MAX_RATIO = 250

export class ImportRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** English, for the logs. */
    readonly detail: string,
  ) {
    super(message)
    this.name = 'ImportRefusal'
  }
}

export interface Sheet {
  rows: string[][]
  /** Encoding the text was in (for CSV) or the legacy font its cells were typed in (for .xlsx), null for plain Unicode. */
  encoding: TextEncoding | null
  kind: 'xlsx' | 'csv'
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04
const isOle = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0

/** Reads the ZIP's central directory only (no inflating) and refuses archives that would inflate too far. */
export function checkZip(bytes: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    const refuse = (detail: string) =>
      reject(new ImportRefusal(400, 'Tệp .xlsx không hợp lệ hoặc bung ra quá lớn (có thể là tệp nén độc hại). Hãy mở tệp trong Excel và lưu lại.', detail))
    yauzl.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) return refuse(`not a zip: ${error?.message}`)
      let total = 0
      let entries = 0
      zip.on('entry', (entry: yauzl.Entry) => {
        entries++
        total += entry.uncompressedSize
        const ratio = entry.compressedSize > 0 ? entry.uncompressedSize / entry.compressedSize : entry.uncompressedSize > 0 ? Infinity : 0
        if (entries > MAX_ZIP_ENTRIES) return zip.close(), refuse(`${entries} zip entries`)
        if (total > MAX_UNZIPPED_BYTES) return zip.close(), refuse(`zip inflates to over ${total} bytes`)
        if (entry.uncompressedSize > 1024 * 1024 && ratio > MAX_RATIO) return zip.close(), refuse(`zip entry ${entry.fileName} ratio ${Math.round(ratio)}`)
        zip.readEntry()
      })
      zip.on('end', () => resolve())
      zip.on('error', (e: Error) => refuse(`zip error: ${e.message}`))
      zip.readEntry()
    })
  })
}

const pad = (n: number) => String(n).padStart(2, '0')

/** A cell's value as the officer sees it. Formulas come back as "=..." so the row checks refuse them. */
function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (value instanceof Date) return `${pad(value.getUTCDate())}/${pad(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`
  if (typeof value === 'object') {
    if ('formula' in value && value.formula) return `=${value.formula}`
    if ('sharedFormula' in value && value.sharedFormula) return `=${value.sharedFormula}`
    if ('richText' in value) return value.richText.map((r) => r.text).join('')
    if ('text' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as ExcelJS.CellValue)
    if ('error' in value) return String(value.error)
  }
  return ''
}

/** Old lists typed in the ABC or VNI fonts keep those letters inside .xlsx too: read the sheet as the font meant it. */
function repairSheet(rows: string[][]): { rows: string[][]; encoding: TextEncoding | null } {
  const sample = rows.slice(0, 500).flat().filter(Boolean).join('\n')
  const { encoding } = repairLegacyText(sample)
  const fix = encoding === 'tcvn3' ? fromTcvn3 : encoding === 'vni' ? fromVni : (t: string) => t.normalize('NFC')
  return { rows: rows.map((row) => row.map((cell) => (cell ? fix(cell) : cell))), encoding }
}

async function readXlsx(bytes: Uint8Array): Promise<Sheet> {
  await checkZip(bytes)
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer)
  } catch (error) {
    throw new ImportRefusal(400, 'Không đọc được tệp .xlsx. Hãy mở tệp trong Excel, lưu lại dạng "Excel Workbook (.xlsx)" rồi tải lên.', `exceljs: ${(error as Error).message}`)
  }
  // The first sheet with something in it: lists often keep an empty "Sheet2".
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0)
  if (!sheet) return { rows: [], encoding: null, kind: 'xlsx' }
  const width = sheet.columnCount
  const rows: string[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = []
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c)
      // A merged cell (a unit spanning its people) counts for every row it covers.
      cells.push(cellText(cell.isMerged ? cell.master.value : cell.value))
    }
    rows[rowNumber - 1] = cells
  })
  for (let i = 0; i < rows.length; i++) rows[i] ??= []
  return { ...repairSheet(rows), kind: 'xlsx' }
}

/** The delimiter of the first lines: Excel writes ";" where the decimal mark is a comma, as in Vietnamese settings. */
function delimiterOf(text: string): string {
  const head = text.split(/\r?\n/, 20).join('\n')
  const counts = [',', ';', '\t'].map((d) => [d, head.split(d).length] as const)
  return counts.sort((a, b) => b[1] - a[1])[0]![0]
}

function readCsv(bytes: Uint8Array): Sheet {
  let decoded: { text: string; encoding: TextEncoding }
  try {
    decoded = decodeVietnameseText(bytes)
  } catch (error) {
    if (error instanceof EncodingError) throw new ImportRefusal(400, error.message, 'unknown text encoding')
    throw error
  }
  let rows: string[][]
  try {
    rows = parse(decoded.text, { delimiter: delimiterOf(decoded.text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true })
  } catch (error) {
    throw new ImportRefusal(400, 'Tệp CSV sai cấu trúc (dấu ngoặc kép không đóng?). Hãy lưu lại từ Excel dạng "CSV UTF-8".', `csv-parse: ${(error as Error).message}`)
  }
  return { rows, encoding: decoded.encoding === 'utf-8' ? null : decoded.encoding, kind: 'csv' }
}

/** The rows of an uploaded file, refused with a Vietnamese message when it is too big, empty or not a spreadsheet. */
export async function readSpreadsheet(bytes: Uint8Array, fileName: string): Promise<Sheet> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new ImportRefusal(413, `Tệp quá lớn (${formatFileSize(bytes.byteLength)}); tối đa ${formatFileSize(MAX_IMPORT_BYTES)}. Hãy chia danh sách thành nhiều tệp.`, `file of ${bytes.byteLength} bytes`)
  }
  if (bytes.byteLength === 0 || !/\S/.test(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1').replace(/^\ufeff|^\xef\xbb\xbf/, ''))) {
    throw new ImportRefusal(400, 'Tệp rỗng: không có dòng nào để nhập.', 'empty file')
  }
  const extension = fileName.toLowerCase().split('.').pop() ?? ''
  if (isOle(bytes) || extension === 'xls') {
    throw new ImportRefusal(415, 'Tệp .xls (Excel 97-2003) không được hỗ trợ. Hãy mở tệp trong Excel và lưu thành "Excel Workbook (.xlsx)".', 'legacy .xls')
  }
  if (isZip(bytes)) return readXlsx(bytes)
  if (['xlsx', 'xlsm', 'ods'].includes(extension)) {
    throw new ImportRefusal(400, 'Tệp .xlsx không hợp lệ. Hãy mở tệp trong Excel và lưu lại.', 'xlsx extension without zip signature')
  }
  if (bytes.subarray(0, 4096).includes(0) && !/^(csv|txt|tsv)$/.test(extension)) {
    throw new ImportRefusal(415, 'Chỉ nhận tệp Excel (.xlsx) hoặc CSV.', 'binary file that is not a zip')
  }
  return readCsv(bytes)
}
