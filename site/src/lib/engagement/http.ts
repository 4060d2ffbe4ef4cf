/**
 * Reading requests and writing answers for the engagement endpoints (ratings,
 * polls, feedback, staff sign-in). Bad input always ends in a 4xx with a
 * Vietnamese sentence, never in a 5xx: the body is read with a size cap, JSON
 * and forms are parsed defensively, and only the expected types are accepted.
 */
export const JSON_LIMIT_BYTES = 4 * 1024
export const FORM_LIMIT_BYTES = 16 * 1024

export const jsonAnswer = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  })

/** A refusal as JSON: `{ "error": "<Vietnamese sentence>" }`, plus per-field messages when there are some. */
export const jsonRefusal = (status: number, message: string, fields?: Record<string, string>) =>
  jsonAnswer(status, { error: message, ...(fields ? { fields } : {}) })

export class BadRequest extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

const mediaType = (request: Request) => (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()

export const isJsonRequest = (request: Request) => mediaType(request) === 'application/json'

const FORM_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data'])

/** The body, at most `limit` bytes, whether or not the client announced its length. */
async function readCapped(request: Request, limit: number): Promise<Buffer> {
  const most = limit >= 1024 * 1024 ? `${Math.floor(limit / (1024 * 1024))} MB` : `${Math.round(limit / 1024)} KB`
  const tooLarge = () => new BadRequest(413, `Dữ liệu gửi lên quá lớn (tối đa ${most}).`)
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > limit) throw tooLarge()
  if (!request.body) return Buffer.alloc(0)
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => undefined)
      throw tooLarge()
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

/** A JSON body (application/json only), parsed; 415, 413 or 400 otherwise. */
export async function readJson(request: Request, limit = JSON_LIMIT_BYTES): Promise<unknown> {
  if (!isJsonRequest(request)) throw new BadRequest(415, 'Chỉ nhận dữ liệu JSON (Content-Type: application/json).')
  const bytes = await readCapped(request, limit)
  try {
    return JSON.parse(bytes.toString('utf8'))
  } catch {
    throw new BadRequest(400, 'Dữ liệu gửi lên không phải JSON hợp lệ.')
  }
}

/** A form body (URL-encoded or multipart), parsed; 415, 413 or 400 otherwise. */
export async function readForm(request: Request, limit = FORM_LIMIT_BYTES): Promise<FormData> {
  const type = mediaType(request)
  if (!FORM_TYPES.has(type)) throw new BadRequest(415, 'Chỉ nhận dữ liệu gửi từ biểu mẫu của trang.')
  const bytes = await readCapped(request, limit)
  try {
    return await new Response(new Uint8Array(bytes), { headers: { 'Content-Type': request.headers.get('content-type')! } }).formData()
  } catch {
    throw new BadRequest(400, 'Không đọc được dữ liệu biểu mẫu, vui lòng gửi lại.')
  }
}

/** A path on this site to go back to after a form, never another site (no open redirect). */
export function returnPath(raw: unknown, fallback = '/'): string {
  if (typeof raw !== 'string' || raw.length > 500) return fallback
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\') || /[\r\n]/.test(raw)) return fallback
  return raw
}
