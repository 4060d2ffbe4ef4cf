import { databaseKind } from '@portal/cms/db'
import { parseId, type DocumentId } from '@portal/shared/ids'

/** Reading list parameters from the query string, defensively: bad input falls back, never throws. */
export function pageNumber(url: URL, name = 'trang'): number {
  const n = Number(url.searchParams.get(name))
  return Number.isInteger(n) && n > 0 && n < 100_000 ? n : 1
}

export function yearParam(url: URL, name = 'nam'): number | null {
  const n = Number(url.searchParams.get(name))
  return Number.isInteger(n) && n >= 1900 && n <= 2199 ? n : null
}

/** A document id in this database's type (a number on SQLite, a 24-hex ObjectId on MongoDB), or null. */
export function idParam(url: URL, name: string): DocumentId | null {
  return parseId(url.searchParams.get(name), databaseKind() === 'mongodb' ? 'text' : 'number')
}

export function textParam(url: URL, name: string, max = 200): string {
  return (url.searchParams.get(name) ?? '').trim().slice(0, max)
}
