/**
 * How open data is answered: JSON (records with their paging, licence and
 * links) or CSV (UTF-8 with BOM, formulas escaped, the same columns), with
 * CORS open to any origin, a Cache-Control fitting the dataset, paging in
 * Link headers (RFC 8288), and refusals as JSON {error: {code, message}}.
 */
import { toCsv } from '@portal/shared/spreadsheetCells'
import type { OpenDataLicence } from '@portal/shared/openDataLicence'

import { absolute } from './columns'
import type { Dataset, DatasetPage } from './datasets'
import { PAGE_PARAM, ROLL_CURSOR_PARAM, type Paging } from './paging'
import type { OpenDataRefusal } from './refusal'

export const OPEN_DATA_PATH = '/du-lieu-mo'
export type OpenDataFormat = 'json' | 'csv'

export const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Expose-Headers': 'Link, X-Total-Count, Retry-After',
  'Access-Control-Max-Age': '86400',
}

export const datasetPath = (dataset: Dataset, format: OpenDataFormat) => `${OPEN_DATA_PATH}/${dataset.slug}.${format}`

/** The same request on another page: every parameter kept, `trang` replaced (left out for page 1). */
function pageUrl(url: URL, page: number, base: URL): string {
  const params = new URLSearchParams(url.searchParams)
  params.delete(PAGE_PARAM)
  if (page > 1) params.set(PAGE_PARAM, String(page))
  const query = params.toString()
  return absolute(`${url.pathname}${query ? `?${query}` : ''}`, base)
}

interface Links {
  self: string
  first: string
  /** Unknown (null) when the count is a lower bound. */
  last: string | null
  next: string | null
  previous: string | null
  documentation: string
}

function cursorUrl(url: URL, cursor: string, base: URL): string {
  const params = new URLSearchParams(url.search)
  params.delete(PAGE_PARAM)
  params.set(ROLL_CURSOR_PARAM, cursor)
  return absolute(`${url.pathname}?${params.toString()}`, base)
}

function linksOf(dataset: Dataset, url: URL, result: DatasetPage, base: URL): Links {
  const lastPage = Math.max(1, result.totalPages)
  const first = new URL(url)
  first.searchParams.delete(ROLL_CURSOR_PARAM)
  // Where the dataset pages by key, "next" follows the key: it reaches every record, however deep, and stays right while records are added.
  const next = result.nextCursor ? cursorUrl(url, result.nextCursor, base) : !result.byCursor && result.page < lastPage ? pageUrl(url, result.page + 1, base) : null
  return {
    self: result.byCursor ? absolute(`${url.pathname}${url.search}`, base) : pageUrl(url, result.page, base),
    first: pageUrl(first, 1, base),
    last: result.totalIsLowerBound ? null : pageUrl(first, lastPage, base),
    next,
    previous: !result.byCursor && result.page > 1 ? pageUrl(url, result.page - 1, base) : null,
    documentation: absolute(`${OPEN_DATA_PATH}#${dataset.slug}`, base),
  }
}

function linkHeader(links: Links, license: OpenDataLicence): string {
  const parts = [`<${links.first}>; rel="first"`]
  if (links.last) parts.push(`<${links.last}>; rel="last"`)
  if (links.next) parts.push(`<${links.next}>; rel="next"`)
  if (links.previous) parts.push(`<${links.previous}>; rel="prev"`)
  parts.push(`<${links.documentation}>; rel="describedby"`)
  if (license.url) parts.push(`<${license.url}>; rel="license"`)
  return parts.join(', ')
}

export interface Publication {
  dataset: Dataset
  format: OpenDataFormat
  url: URL
  base: URL
  paging: Paging
  result: DatasetPage
  license: OpenDataLicence
  publisher: string
}

export function dataAnswer({ dataset, format, url, base, paging, result, license, publisher }: Publication): Response {
  const links = linksOf(dataset, url, result, base)
  const headers: Record<string, string> = {
    ...CORS_HEADERS,
    'Cache-Control': `public, max-age=${dataset.maxAgeSeconds}`,
    Link: linkHeader(links, license),
  }
  // A count that stopped at its cap is no total.
  if (!result.totalIsLowerBound) headers['X-Total-Count'] = String(result.totalRecords)
  if (format === 'csv') {
    const rows = [dataset.fields.map((f) => f.name), ...result.records.map((r) => dataset.fields.map((f) => csvValue(r[f.name])))]
    const name = result.page > 1 ? `${dataset.slug}-trang-${result.page}.csv` : `${dataset.slug}.csv`
    return new Response(toCsv(rows), {
      headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8; header=present', 'Content-Disposition': `attachment; filename="${name}"` },
    })
  }
  const body = {
    dataset: dataset.slug,
    title: dataset.title,
    publisher,
    license,
    generatedAt: new Date().toISOString(),
    filters: result.filters,
    page: result.page,
    limit: dataset.paged ? paging.limit : result.records.length,
    totalRecords: result.totalRecords,
    totalRecordsIsLowerBound: Boolean(result.totalIsLowerBound),
    totalPages: result.totalPages,
    links,
    ...result.extra,
    records: result.records,
  }
  return new Response(JSON.stringify(body), { headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } })
}

/** CSV has no null and no boolean: empty and true/false. */
const csvValue = (value: unknown): string | number => (value === null || value === undefined ? '' : typeof value === 'number' ? value : String(value))

export function refusalAnswer(refusal: OpenDataRefusal): Response {
  return new Response(JSON.stringify({ error: { code: refusal.code, message: refusal.message } }), {
    status: refusal.status,
    headers: { ...CORS_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...refusal.headers },
  })
}

