/**
 * What the visit-statistics beacon accepts (zod, Vietnamese messages), from
 * where, and its cookie. Reading the body and answering refusals are the
 * site's one toolkit's (lib/http).
 */
import { env } from '@portal/cms/env/index'
import { z } from 'zod'

import { parseId, type DocumentId, type IdType } from '@portal/shared/ids'
import { VISIT_COOKIE, VISIT_IDLE_MS } from '@portal/shared/visitSession'

import type { JsonOptions } from './http/body'
import type { OriginRules } from './http/sameOrigin'

/** A beacon carries at most an article id: 2 KB is generous. JSON (sendBeacon with a Blob, or fetch) or text (sendBeacon with a string). */
export const BEACON_BODY: JsonOptions = { limit: 2048, types: ['', 'application/json', 'text/plain'], whenEmpty: {} }

/**
 * Only this site's pages count views: the pixel is a GET and sends only a
 * Referer, so it is judged too. A client that sends none of Origin,
 * Sec-Fetch-Site or Referer is not a browser on another site's page: there is
 * nothing to forge for it, and the bot rules decide.
 */
export const BEACON_ORIGIN: OriginRules = {
  safeMethods: true,
  referer: true,
  json: true,
  message: 'Yêu cầu từ trang web khác bị từ chối: chỉ trang của cổng thông tin mới được ghi lượt truy cập.',
}

const ARTICLE_ID_MESSAGE: Record<IdType, string> = {
  number: 'Mã bài viết ("bai") phải là số nguyên dương.',
  text: 'Mã bài viết ("bai") phải là mã gồm 24 chữ số thập lục phân.',
}

/** `bai` is checked here and normalised by the recorder (the same parser): a transform would cost the hot path a few µs. */
const beaconSchemaFor = (idType: IdType) =>
  z
    .object(
      { bai: z.custom<DocumentId>((raw) => parseId(raw, idType) !== null, ARTICLE_ID_MESSAGE[idType]).optional() },
      { errorMap: () => ({ message: 'Dữ liệu phải là một đối tượng JSON, ví dụ {"bai": 12}.' }) },
    )
    .strict('Dữ liệu có trường không được hỗ trợ; chỉ nhận "bai" (mã bài viết).')

const BEACON_SCHEMAS = { number: beaconSchemaFor('number'), text: beaconSchemaFor('text') }

/** The beacon's schema for this database's ids (numbers on SQLite, ObjectIds on MongoDB). */
export const beaconSchema = (idType: IdType) => BEACON_SCHEMAS[idType]

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
