/**
 * The door in front of Payload's REST handlers. Payload answered 500 to input
 * that is simply wrong (a page number past 2^64, geo operators on a text
 * field, an array where one value belongs, a JSON body of `null`, a NUL in an
 * upload's file name) and read bodies of any size (a 60 MB password took 4 s
 * and 87 MB). Here such requests get a 4xx with a Vietnamese message before
 * Payload sees them; the English reason goes to the log.
 */
import { readBodyCapped } from '@portal/shared/cappedBody'
import { formatFileSize } from '@portal/shared/format'
import { parseId, type IdType } from '@portal/shared/ids'

import { LARGEST_UPLOAD } from '../collections/Media/uploadRules'
import { databaseKind } from '../db/adapter'

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/** Bytes a body may have, by what it is. */
export const BODY_LIMITS = {
  /** Sign-in, password reset and account requests: a few fields. */
  auth: 16 * 1024,
  /** A document as JSON (rich text included). */
  json: 2 * 1024 * 1024,
  /** An upload with its fields. */
  multipart: LARGEST_UPLOAD + 1024 * 1024,
}

/** Operators that only apply to point or hasMany fields, which this content model does not have. */
const UNSUPPORTED_OPERATORS = new Set(['near', 'within', 'intersects', 'all'])
/** Operators that take one value, never a list. */
const SCALAR_OPERATORS = new Set(['equals', 'not_equals', 'like', 'not_like', 'contains', 'exists', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
const NUMBERS: Record<string, number> = { page: 1_000_000, limit: 1000, depth: 10 }

export class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly vietnamese: string,
    reason: string,
  ) {
    super(reason)
  }
}

/** Second path segments that name a Payload endpoint, not a document: /api/<collection>/<segment>. */
const ENDPOINTS = new Set(['count', 'access', 'versions', 'init', 'login', 'logout', 'me', 'refresh-token', 'first-register', 'reset-password', 'forgot-password', 'unlock', 'verify', 'file', 'paste-url'])

let idType: IdType | null = null
const documentIdType = (): IdType => (idType ??= databaseKind() === 'mongodb' ? 'text' : 'number')

/**
 * A document id in the path must be one the database can hold: on SQLite
 * `/api/articles/<script>` reached the database as a number and failed with a
 * 500. Anything else is "not found", as Payload says for a missing document.
 */
export function checkPath(slug: string[]): void {
  // Payload's own bookkeeping answered strangers with 501; nothing outside the CMS reads it.
  if (slug[0] === 'payload-migrations') throw new Refusal(404, 'Không tìm thấy tài liệu.', 'payload-migrations is not served over REST')
  if (slug.length < 2 || slug[0] === 'globals') return
  const [, second, third] = slug
  const id = ENDPOINTS.has(second!) ? (second === 'versions' ? third : undefined) : second
  if (id !== undefined && parseId(id, documentIdType()) === null) {
    throw new Refusal(404, 'Không tìm thấy tài liệu.', `"${id.slice(0, 40)}" is not a document id`)
  }
}

/** Why the query string cannot be answered, or nothing. */
export function checkQuery(url: URL): void {
  for (const [key, value] of url.searchParams) {
    if (key in NUMBERS) {
      const n = Number(value)
      if (!/^\d{1,7}$/.test(value) || n > NUMBERS[key]!) throw new Refusal(400, `Tham số "${key}" phải là số nguyên từ 0 đến ${NUMBERS[key]!.toLocaleString('vi-VN')}.`, `query parameter ${key}=${value.slice(0, 40)} out of range`)
    }
    if (!key.startsWith('where[')) continue
    const path = [...key.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]!)
    path.forEach((segment, i) => {
      if (UNSUPPORTED_OPERATORS.has(segment)) throw new Refusal(400, `Toán tử lọc "${segment}" không được hỗ trợ.`, `where operator ${segment} is not supported`)
      if (SCALAR_OPERATORS.has(segment) && i < path.length - 1) throw new Refusal(400, `Toán tử lọc "${segment}" chỉ nhận một giá trị.`, `where operator ${segment} given a list`)
    })
    if (path.length > 12) throw new Refusal(400, 'Điều kiện lọc lồng quá sâu.', 'where nests deeper than 12')
  }
}

function limitFor(request: Request, slug: string[]): number {
  const type = (request.headers.get('content-type') ?? '').toLowerCase()
  if (slug[0] === 'users' && slug.length === 2 && ['login', 'forgot-password', 'reset-password', 'unlock', 'first-register'].includes(slug[1]!)) return BODY_LIMITS.auth
  return type.startsWith('multipart/form-data') ? BODY_LIMITS.multipart : BODY_LIMITS.json
}

async function readCapped(request: Request, limit: number): Promise<Buffer> {
  const bytes = await readBodyCapped(request, limit)
  if (!bytes) throw new Refusal(413, `Dữ liệu gửi lên quá lớn (tối đa ${formatFileSize(limit)}).`, `body over ${limit} bytes`)
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

/** Checks the body and returns the request to hand on (its body read once, here). */
export async function checkBody(request: Request, slug: string[]): Promise<Request> {
  const bytes = await readCapped(request, limitFor(request, slug))
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (type === 'application/json' && bytes.length > 0) {
    let body: unknown
    try {
      body = JSON.parse(bytes.toString('utf8'))
    } catch {
      throw new Refusal(400, 'Dữ liệu gửi lên không phải JSON hợp lệ.', 'body is not JSON')
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Refusal(400, 'Dữ liệu phải là một đối tượng JSON.', 'JSON body is not an object')
  }
  if (type === 'multipart/form-data' && /Content-Disposition:[^\r\n]*\u0000/i.test(bytes.toString('latin1'))) {
    throw new Refusal(400, 'Tên tệp hoặc tên trường chứa ký tự không hợp lệ.', 'NUL byte in a multipart header')
  }
  return new Request(request.url, { method: request.method, headers: request.headers, body: bytes.length ? new Uint8Array(bytes) : undefined })
}

const answer = (refusal: Refusal) => {
  console.warn(JSON.stringify({ level: 'warn', msg: 'REST request refused', status: refusal.status, reason: refusal.message }))
  return new Response(JSON.stringify({ errors: [{ message: refusal.vietnamese }] }), {
    status: refusal.status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  })
}

/** Wraps one of Payload's REST handlers. */
export function guardRest(handler: Handler, { withBody = false } = {}): Handler {
  return async (request, context) => {
    try {
      checkQuery(new URL(request.url))
      const slug = (await context.params).slug ?? []
      checkPath(slug)
      const forwarded = withBody ? await checkBody(request, slug) : request
      return await handler(forwarded, context)
    } catch (error) {
      if (error instanceof Refusal) return answer(error)
      throw error
    }
  }
}
