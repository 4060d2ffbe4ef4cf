/** Reading list parameters from the query string, defensively: bad input falls back, never throws. */
export function pageNumber(url: URL, name = 'trang'): number {
  const n = Number(url.searchParams.get(name))
  return Number.isInteger(n) && n > 0 && n < 100_000 ? n : 1
}

export function yearParam(url: URL, name = 'nam'): number | null {
  const n = Number(url.searchParams.get(name))
  return Number.isInteger(n) && n >= 1900 && n <= 2199 ? n : null
}

/** A document id: a number on SQLite, a 24-hex ObjectId on MongoDB. */
export function idParam(url: URL, name: string): number | string | null {
  const raw = url.searchParams.get(name)
  if (!raw) return null
  if (/^\d{1,12}$/.test(raw)) return Number(raw)
  return /^[0-9a-f]{24}$/i.test(raw) ? raw : null
}

export function textParam(url: URL, name: string, max = 200): string {
  return (url.searchParams.get(name) ?? '').trim().slice(0, max)
}
