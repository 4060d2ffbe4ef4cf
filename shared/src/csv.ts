/**
 * Spreadsheets as CSV that Excel opens right: UTF-8 with a byte-order mark
 * (Vietnamese letters intact), CRLF lines, every cell quoted. A cell starting
 * with = + - @ (or a tab or carriage return) would be read as a formula by a
 * spreadsheet (CSV injection): it gets a leading apostrophe, shown as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/

export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value)
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`
  return `"${text.replace(/"/g, '""')}"`
}

export function csvDocument(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}
