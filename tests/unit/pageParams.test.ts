import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { ROUTE_PARAMS, paramsReadAt, relevantQuery } from '../../site/src/lib/cache/pageParams'

const PAGES = path.resolve(import.meta.dirname, '../../site/src/pages')

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]))
}

/** The Astro route of a page file: pages/tin-tuc/index.astro → /tin-tuc. */
function routeOf(file: string): string {
  const route = '/' + path.relative(PAGES, file).replace(/\.(astro|ts|js|md)$/, '').replace(/(^|\/)index$/, '')
  return route === '/' ? '/' : route.replace(/\/$/, '')
}

// Each way a page reads the query string, with the name read (the helpers' defaults come from site/src/lib/params.ts).
const READS: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
  [/searchParams\.(?:get|getAll|has)\(\s*'([^']+)'\s*\)/g, (m) => m[1]!],
  [/pageNumber\(\s*[\w.]+\s*(?:,\s*'([^']+)'\s*)?\)/g, (m) => m[1] ?? 'trang'],
  [/yearParam\(\s*[\w.]+\s*(?:,\s*'([^']+)'\s*)?\)/g, (m) => m[1] ?? 'nam'],
  [/(?:idParam|textParam)\(\s*[\w.]+\s*,\s*'([^']+)'[^)]*\)/g, (m) => m[1]!],
]

function paramsReadBy(source: string): { names: Set<string>; unrecognised: string[] } {
  const names = new Set<string>()
  let rest = source
  for (const [pattern, name] of READS) {
    for (const match of source.matchAll(pattern)) names.add(name(match))
    rest = rest.replace(pattern, '')
  }
  // Whatever read of the query string is left was not understood: the table cannot be trusted for that page.
  const unrecognised = [...rest.matchAll(/searchParams\.(?!set\(|delete\()\w+|\b(?:pageNumber|yearParam|idParam|textParam)\(/g)].map((m) => m[0])
  return { names, unrecognised }
}

const pages = files(PAGES).filter((f) => /\.(astro|ts|js|md)$/.test(f))

describe('the page cache knows which query parameters each page reads', () => {
  it('lists every route, and no route that does not exist', () => {
    expect(Object.keys(ROUTE_PARAMS).sort()).toEqual(pages.map(routeOf).sort())
  })

  it.each(pages.map((f) => [routeOf(f), f]))('%s: every parameter it reads is in the table', (route, file) => {
    const { names, unrecognised } = paramsReadBy(fs.readFileSync(file, 'utf8'))
    expect(unrecognised, `${route} reads the query string in a way the scan does not understand`).toEqual([])
    expect([...names].filter((n) => !ROUTE_PARAMS[route]!.includes(n)), `${route} reads parameters missing from ROUTE_PARAMS`).toEqual([])
  })

  it('the scan finds reads of each kind (it would pass on nothing otherwise)', () => {
    const { names } = paramsReadBy("pageNumber(Astro.url) yearParam(url) idParam(Astro.url, 'don-vi') textParam(url, 'q', 200) url.searchParams.getAll('loai') x.searchParams.has('da-gui')")
    expect([...names].sort()).toEqual(['da-gui', 'don-vi', 'loai', 'nam', 'q', 'trang'])
    expect(paramsReadBy('url.searchParams.entries()').unrecognised).toEqual(['searchParams.entries'])
  })

  it('a path matching a static and a dynamic route gets the union of their parameters', () => {
    expect([...paramsReadAt('/tin-tuc')]).toEqual(['trang'])
    expect([...paramsReadAt('/tin-tuc/mot-bai-viet')]).toEqual([])
    expect([...paramsReadAt('/tham-do/12')]).toEqual(['da-binh-chon'])
    // [poll] matches "12.json" too: the union is kept, which only costs a cache entry.
    expect([...paramsReadAt('/tham-do/12.json')]).toEqual(['da-binh-chon'])
    expect([...paramsReadAt('/api/thong-ke/ghi.gif')]).toEqual(['bai'])
  })

  it('keeps only the parameters read, in one order', () => {
    const q = (u: string) => relevantQuery(new URL(`http://localhost${u}`))
    expect(q('/tin-tuc/bai?utm_source=x&fbclid=1')).toBe('')
    expect(q('/tin-tuc?utm_source=x&trang=2')).toBe('?trang=2')
    expect(q('/van-ban?q=khen%20thuong&nam=2024&loai=qd')).toBe(q('/van-ban?loai=qd&nam=2024&q=khen+thuong'))
    expect(q('/tim-kiem?loai=b&q=a&loai=a')).toBe('?loai=b&loai=a&q=a')
  })
})
