/**
 * Which query parameters each route reads. A page's HTML depends on these
 * and on nothing else of the query string, so the page cache keys a page by
 * them alone: `?utm_source=…`, `?fbclid=…` or a crawler's random suffix no
 * longer make a URL of its own. tests/unit/pageParams.test.ts scans the pages
 * and fails when one reads a parameter this table does not list.
 *
 * Every route is listed (even those that read none), so the test can also
 * tell when a page is added. Routes are Astro's: `[name]` is one segment (or
 * part of one), `[...name]` the rest of the path.
 */
export const ROUTE_PARAMS: Readonly<Record<string, readonly string[]>> = {
  '/': [],
  '/404': [],
  '/500': [],
  '/[slug]': [],
  '/api/thong-ke': [],
  '/api/thong-ke/ghi': [],
  '/api/thong-ke/ghi.gif': ['bai'],
  '/bang-vang': ['nam', 'loai', 'cap', 'don-vi', 'phong-trao', 'quyet-dinh', 'q', 'trang', 'sau'],
  '/bang-vang/quyet-dinh/[slug]': ['trang', 'sap-xep'],
  '/bang-vang/quyet-dinh/[slug]/in': ['sap-xep'],
  '/bang-vang/thong-ke': ['tu-nam', 'den-nam', 'cap'],
  '/bang-vang/tai-ve.[format]': ['nam', 'loai', 'don-vi', 'q', 'quyet-dinh', 'sap-xep'],
  '/bench-bare': [],
  '/bench-beacon-bare': [],
  '/chuyen-muc/[slug]': ['trang'],
  '/dang-nhap': ['ve'],
  '/dang-xuat': [],
  '/danh-gia/[article]': ['da-gui'],
  '/danh-gia/[article].json': [],
  '/dat-lai-mat-khau': ['token'],
  '/dien-hinh-tien-tien': ['nam', 'don-vi', 'phong-trao', 'trang'],
  '/dien-hinh-tien-tien/[slug]': [],
  '/du-lieu-mo': [],
  '/du-lieu-mo/[dataset].[format]': ['q', 'nam', 'loai', 'cap', 'don-vi', 'co-quan', 'linh-vuc', 'hieu-luc', 'trang', 'so-dong'],
  '/english': [],
  '/healthz': [],
  '/gop-y': ['da-gui'],
  '/gop-y/tra-cuu': ['ma'],
  '/hoi-dap': ['trang'],
  '/khoi-thi-dua': ['trang'],
  '/khoi-thi-dua/[slug]': [],
  '/lay-y-kien': [],
  '/lay-y-kien/[slug]': ['da-gui', 've'],
  '/lich-van-nien': ['nam', 'thang'],
  '/media/[...file]': [],
  '/phong-trao-thi-dua': ['trang'],
  '/phong-trao-thi-dua/[slug]': [],
  '/qua-nhieu-yeu-cau': [],
  '/quen-mat-khau': [],
  '/readyz': [],
  '/rss/[section].xml': [],
  '/sitemap.xml': [],
  '/so-do-cong': [],
  '/tham-do': [],
  '/tham-do/[poll]': ['da-binh-chon'],
  '/tham-do/[poll].json': [],
  '/thong-ke-truy-cap': [],
  '/thu-vien': ['loai', 'trang'],
  '/thu-vien/[slug]': [],
  '/tim-kiem': ['q', 'loai'],
  '/tin-tuc': ['trang'],
  '/tin-tuc/[slug]': [],
  '/tuy-chinh': ['chon', 've'],
  '/van-ban': ['nam', 'loai', 'co-quan', 'linh-vuc', 'hieu-luc', 'q', 'trang'],
  '/van-ban/[slug]': [],
  '/xac-minh': ['ma'],
  '/xac-minh/[code]': [],
  '/xem-truoc/[token]': ['trang'],
}

function patternOf(route: string): RegExp {
  const source = route
    .split(/(\[\.\.\.[^\]]+\]|\[[^\]]+\])/)
    .map((part) => (part.startsWith('[...') ? '.*' : part.startsWith('[') ? '[^/]+' : part.replace(/[.*+?^${}()|\\]/g, '\\$&')))
    .join('')
  return new RegExp(`^${source}$`)
}

// Only routes that read parameters matter below: the others add nothing to a key.
const READERS = Object.entries(ROUTE_PARAMS)
  .filter(([, names]) => names.length > 0)
  .map(([route, names]) => ({ pattern: patternOf(route), names }))

/**
 * The parameters the page at `pathname` may read. When a static and a dynamic
 * route both match (`/tin-tuc` and `/[slug]`), the union is kept: a parameter
 * too many only costs a cache entry, one too few would serve the wrong page.
 */
export function paramsReadAt(pathname: string): ReadonlySet<string> {
  const names = new Set<string>()
  for (const reader of READERS) if (reader.pattern.test(pathname)) for (const name of reader.names) names.add(name)
  return names
}

/**
 * The query string as the page sees it: only the parameters it reads, sorted
 * by name (the values of one name keep their order), "" when none is left.
 */
export function relevantQuery(url: URL): string {
  if (!url.search) return ''
  const read = paramsReadAt(url.pathname)
  if (read.size === 0) return ''
  const kept = [...url.searchParams].filter(([name]) => read.has(name))
  if (kept.length === 0) return ''
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `?${new URLSearchParams(kept).toString()}`
}
