/**
 * Paging and the parameter list of an open-data request, read strictly: the
 * site's pages forgive a bad link (they show the unfiltered list), a program
 * is told what it got wrong (400), so that a typo never passes for "no filter".
 */
import { badParameter, OpenDataRefusal } from './refusal'

/** The page number, as on the site's lists. */
export const PAGE_PARAM = 'trang'
/** The key of the last record read (the honour roll's keyset paging, as on /bang-vang). */
export const ROLL_CURSOR_PARAM = 'sau'
/** Records per page. */
export const LIMIT_PARAM = 'so-dong'
export const DEFAULT_LIMIT = 100
export const MAX_LIMIT = 1000
/** The site's own bound on page numbers (site/src/lib/params.ts pageNumber). */
export const MAX_PAGE = 99_999

export interface Paging {
  page: number
  limit: number
}

const wholeNumber = (raw: string) => (/^\d{1,9}$/.test(raw) ? Number(raw) : NaN)

/** Every parameter must be one the dataset reads, and given once. */
export function checkParameterNames(url: URL, allowed: readonly string[]): void {
  const seen = new Set<string>()
  for (const name of url.searchParams.keys()) {
    if (!allowed.includes(name)) {
      const known = allowed.length ? `Các tham số được nhận: ${allowed.join(', ')}.` : 'Bộ dữ liệu này không nhận tham số nào.'
      throw new OpenDataRefusal(400, 'unknown_parameter', `Không có tham số “${name.slice(0, 40)}”. ${known}`, 'unknown parameter')
    }
    if (seen.has(name)) throw new OpenDataRefusal(400, 'repeated_parameter', `Tham số “${name}” chỉ được ghi một lần.`, `parameter '${name}' repeated`)
    seen.add(name)
  }
}

/** ?trang (from 1) and ?so-dong (1 to MAX_LIMIT); absent or empty: the first page of DEFAULT_LIMIT records. */
export function readPaging(url: URL): Paging {
  const rawPage = url.searchParams.get(PAGE_PARAM)?.trim() ?? ''
  const rawLimit = url.searchParams.get(LIMIT_PARAM)?.trim() ?? ''
  const page = rawPage === '' ? 1 : wholeNumber(rawPage)
  const limit = rawLimit === '' ? DEFAULT_LIMIT : wholeNumber(rawLimit)
  if (!(page >= 1 && page <= MAX_PAGE)) throw badParameter(PAGE_PARAM, `Số trang phải là số nguyên từ 1 đến ${MAX_PAGE}.`, 'is not a page number')
  if (!(limit >= 1 && limit <= MAX_LIMIT)) throw badParameter(LIMIT_PARAM, `Số dòng mỗi trang phải là số nguyên từ 1 đến ${MAX_LIMIT}.`, 'is out of range')
  return { page, limit }
}

/** A page past the last one is refused (the site's lists show the first page instead; a program would walk in circles). */
export function checkPageInRange(asked: number, result: { page: number; totalPages: number }): void {
  if (asked === 1 || result.page === asked) return
  throw new OpenDataRefusal(
    400,
    'page_out_of_range',
    `Trang ${asked} không có: kết quả có ${Math.max(result.totalPages, 0)} trang.`,
    `page ${asked} past the last page (${result.totalPages})`,
  )
}
