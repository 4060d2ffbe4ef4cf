/**
 * Cells written to spreadsheets a person will open in Excel or LibreOffice:
 * a value starting with =, +, -, @ (or a tab or carriage return before one)
 * would run as a formula ("CSV injection"), so it gets a leading apostrophe,
 * which spreadsheets show as text and do not display.
 */
export function escapeSpreadsheetCell(value: string | number | null | undefined): string | number {
  if (value == null) return ''
  if (typeof value === 'number') return value
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

const quoteCsv = (value: string) => (/[",\r\n;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)

/**
 * Rows as CSV that Excel opens right: UTF-8 with a BOM (without it Excel reads
 * Vietnamese as Windows-1252), CRLF line ends, every cell escaped.
 */
export function toCsv(rows: Array<Array<string | number | null | undefined>>): string {
  return '\ufeff' + rows.map((row) => row.map((cell) => quoteCsv(String(escapeSpreadsheetCell(cell)))).join(',')).join('\r\n') + '\r\n'
}
