/**
 * Reading request bodies with a size cap, whether or not the client announced
 * the length, and parsing them as JSON or forms. Bad input always ends in a
 * BadRequest (415, 413 or 400 with a Vietnamese sentence), never in a 5xx.
 */
import { readBodyCapped } from '@portal/shared/cappedBody'

import { BadRequest } from './refusal'

export const JSON_LIMIT_BYTES = 4 * 1024
export const FORM_LIMIT_BYTES = 16 * 1024

/**
 * Past the cap, reading on (up to this much more) lets the client finish
 * sending and read our 413 instead of seeing the connection reset. A body
 * announced larger than the cap is refused at once; Node discards the rest as
 * it arrives and keeps the connection, so the client still reads the 413 (a
 * closed connection made it see a write error instead). The proxy in front
 * caps bodies by size too.
 */
export const DRAIN_BYTES = 1024 * 1024

const readable = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.floor(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`)

const tooLarge = (limit: number, headers: Record<string, string> = {}) => new BadRequest(413, `Dữ liệu gửi lên quá lớn (tối đa ${readable(limit)}).`, headers)

export const mediaType = (request: Request) => (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()

/** The body, at most `limit` bytes; a BadRequest 413 when larger. */
export async function readCapped(request: Request, limit: number): Promise<Buffer> {
  const bytes = await readBodyCapped(request, limit, { drainBytes: DRAIN_BYTES })
  if (!bytes) throw tooLarge(limit)
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

export interface JsonOptions {
  limit?: number
  /** Media types taken as JSON ('' for none): sendBeacon sends a string as text/plain. */
  types?: readonly string[]
  /** What an empty (or all-blank) body means; without it, an empty body is invalid JSON. */
  whenEmpty?: unknown
}

/** A JSON body, parsed; 415, 413 or 400 otherwise. */
export async function readJson(request: Request, { limit = JSON_LIMIT_BYTES, types = ['application/json'], whenEmpty }: JsonOptions = {}): Promise<unknown> {
  if (!types.includes(mediaType(request))) throw new BadRequest(415, 'Chỉ nhận dữ liệu JSON (Content-Type: application/json).')
  const text = (await readCapped(request, limit)).toString('utf8')
  if (whenEmpty !== undefined && !text.trim()) return whenEmpty
  try {
    return JSON.parse(text)
  } catch {
    throw new BadRequest(400, 'Dữ liệu gửi lên không phải JSON hợp lệ.')
  }
}

const FORM_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data'])

/** A form body (URL-encoded or multipart, files included), parsed; 415, 413 or 400 otherwise. */
export async function readForm(request: Request, limit = FORM_LIMIT_BYTES): Promise<FormData> {
  if (!FORM_TYPES.has(mediaType(request))) throw new BadRequest(415, 'Chỉ nhận dữ liệu gửi từ biểu mẫu của trang.')
  const bytes = await readCapped(request, limit)
  try {
    return await new Response(new Uint8Array(bytes), { headers: { 'Content-Type': request.headers.get('content-type')! } }).formData()
  } catch {
    throw new BadRequest(400, 'Không đọc được dữ liệu biểu mẫu, vui lòng gửi lại.')
  }
}

/**
 * A FormData as a plain object for a schema. Names in `lists` collect every
 * value (check boxes), under `rename[name]` when given; files become null, so
 * a file where text belongs fails the schema instead of slipping through.
 */
export function formObject(form: FormData, lists: Record<string, string> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of new Set(form.keys())) {
    const values = form.getAll(key).map((v) => (typeof v === 'string' ? v : null))
    if (key in lists) out[lists[key]!] = values.filter((v): v is string => v !== null)
    else out[key] = values[0]
  }
  for (const target of Object.values(lists)) out[target] ??= []
  return out
}
