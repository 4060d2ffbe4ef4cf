/**
 * Dates as sources give them. A plan may be dated "ngày tháng 8 năm 2022" before
 * it is signed: we keep the year and month and say so, rather than invent a day.
 */
export interface PartialDate {
  year: number
  month?: number | null
  day?: number | null
}

export function validatePartialDate(date: PartialDate): string | null {
  const { year, month, day } = date
  if (!Number.isInteger(year) || year < 1900 || year > 2199) return 'Năm phải từ 1900 đến 2199.'
  if (month == null) return day == null ? null : 'Có ngày thì phải có tháng.'
  if (!Number.isInteger(month) || month < 1 || month > 12) return 'Tháng phải từ 1 đến 12.'
  if (day == null) return null
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth) return `Tháng ${month}/${year} không có ngày ${day}.`
  return null
}

const pad = (n: number) => String(n).padStart(2, '0')

/** "28/02/2022", "tháng 8/2022" or "năm 2022". */
export function formatPartialDate(date: PartialDate): string {
  if (date.month == null) return `năm ${date.year}`
  if (date.day == null) return `tháng ${date.month}/${date.year}`
  return `${pad(date.day)}/${pad(date.month)}/${date.year}`
}

/** The wording of a document header: "ngày 28 tháng 02 năm 2022", "ngày tháng 8 năm 2022", "năm 2022". */
export function formatPartialDateLong(date: PartialDate): string {
  if (date.month == null) return `năm ${date.year}`
  if (date.day == null) return `ngày tháng ${date.month} năm ${date.year}`
  return `ngày ${pad(date.day)} tháng ${pad(date.month)} năm ${date.year}`
}

/** ISO date at the start of the known period, for sorting and filtering (UTC midnight). */
export function partialDateToSortKey(date: PartialDate): string {
  return `${date.year}-${pad(date.month ?? 1)}-${pad(date.day ?? 1)}T00:00:00.000Z`
}

/** ISO 8601 with only what is known: "2022-02-28", "2022-08" or "2022". */
export function partialDateToIso(date: PartialDate): string {
  if (date.month == null) return String(date.year)
  if (date.day == null) return `${date.year}-${pad(date.month)}`
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`
}
