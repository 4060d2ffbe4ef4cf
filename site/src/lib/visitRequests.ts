/**
 * The guards of the visit-statistics endpoints: schema validation (zod),
 * body size, cross-site refusal, and Vietnamese error answers. Bad input is
 * always a 4xx with a message a person can read, never a 5xx.
 */
import { env } from '@portal/cms/env/index'
import { z } from 'zod'

import { VISIT_COOKIE, VISIT_IDLE_MS } from '@portal/shared/visitSession'

/** A beacon carries at most an article id: 2 KB is generous. */
export const MAX_BEACON_BYTES = 2048

export const problem = (status: number, message: string, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ error: message }), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  })

const ARTICLE_ID_MESSAGE = 'Mã bài viết ("bai") phải là số nguyên dương hoặc mã gồm chữ và số.'

/** A document id: a number on SQLite, an ObjectId string on MongoDB; numeric strings are accepted too (the query-string form). */
const articleId = z.union(
  [
    z.number({ message: ARTICLE_ID_MESSAGE }).int(ARTICLE_ID_MESSAGE).positive(ARTICLE_ID_MESSAGE).max(Number.MAX_SAFE_INTEGER, ARTICLE_ID_MESSAGE),
    z.string({ message: ARTICLE_ID_MESSAGE }).regex(/^[A-Za-z0-9]{1,64}$/, ARTICLE_ID_MESSAGE),
  ],
  { errorMap: () => ({ message: ARTICLE_ID_MESSAGE }) },
)

export const beaconSchema = z
  .object({ bai: articleId.optional() }, { errorMap: () => ({ message: 'Dữ liệu phải là một đối tượng JSON, ví dụ {"bai": 12}.' }) })
  .strict('Dữ liệu có trường không được hỗ trợ; chỉ nhận "bai" (mã bài viết).')

export type Beacon = z.infer<typeof beaconSchema>

/** The first validation message, in Vietnamese. */
export function validationMessage(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'Dữ liệu không hợp lệ.'
}

const CONFIGURED_ORIGIN = env().siteOrigin

/** Origins this site answers as: the request's own and the configured public one (behind a proxy they differ). */
const ownOrigins = (url: URL): string[] => (CONFIGURED_ORIGIN ? [url.origin, CONFIGURED_ORIGIN] : [url.origin])

const CROSS_SITE = 'Yêu cầu từ trang web khác bị từ chối: chỉ trang của cổng thông tin mới được ghi lượt truy cập.'

/**
 * Refuses a request sent by another site's page. Browsers say where a
 * request comes from (Sec-Fetch-Site, and Origin on POST, Referer on images);
 * a client that sends none of them is not a browser on another site's page,
 * so there is nothing to forge for it, and the bot rules decide.
 */
export function crossSiteRefusal(request: Request, url: URL): Response | null {
  const fetchSite = request.headers.get('sec-fetch-site')
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') return problem(403, CROSS_SITE)
  const origins = ownOrigins(url)
  const origin = request.headers.get('origin')
  if (origin && !origins.includes(origin)) return problem(403, CROSS_SITE)
  const referer = request.headers.get('referer')
  if (!fetchSite && !origin && referer) {
    let from: string | null = null
    try {
      from = new URL(referer).origin
    } catch {
      from = null
    }
    if (!from || !origins.includes(from)) return problem(403, CROSS_SITE)
  }
  return null
}

const TOO_LARGE = `Dữ liệu gửi lên quá lớn (tối đa ${MAX_BEACON_BYTES / 1024} KB).`

/** Reading a refused body to its end (up to this much) lets the client finish sending and read our 413, instead of seeing the connection reset. */
const DRAIN_LIMIT = 1024 * 1024

async function drain(reader: ReadableStreamDefaultReader<Uint8Array>, already: number): Promise<void> {
  let size = already
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return
    size += value.byteLength
    if (size > DRAIN_LIMIT) {
      await reader.cancel().catch(() => undefined)
      return
    }
  }
}

/** The body as text, or a 413 when it is larger than the limit (announced or not). */
export async function readLimitedBody(request: Request, limit = MAX_BEACON_BYTES): Promise<string | Response> {
  const length = request.headers.get('content-length')
  if (!request.body) return ''
  // Too big to be worth reading even to discard it: refuse at once and close the connection.
  if (Number(length) > DRAIN_LIMIT) return problem(413, TOO_LARGE, { Connection: 'close' })
  // Node's HTTP parser delivers exactly Content-Length bytes: a declared small body can be read at once (the fast, usual path).
  if (length !== null && Number(length) <= limit) return request.text()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await drain(reader, size)
      return problem(413, TOO_LARGE)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** JSON (sendBeacon with a JSON Blob, or fetch) or text/plain (sendBeacon with a string). */
export function acceptsBeaconType(request: Request): boolean {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  return type === '' || type === 'application/json' || type === 'text/plain'
}

/** The visit cookie is sent back to the statistics endpoints only: pages stay free of it (and cacheable). */
export function visitCookieHeader(value: string): string {
  const secure = env().cookieSecure ? '; Secure' : ''
  return `${VISIT_COOKIE}=${value}; Path=/api/thong-ke; Max-Age=${VISIT_IDLE_MS / 1000}; HttpOnly; SameSite=Lax${secure}`
}

export function visitCookieOf(request: Request): string | null {
  const header = request.headers.get('cookie')
  if (!header) return null
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=')
    if (name === VISIT_COOKIE) return rest.join('=')
  }
  return null
}
