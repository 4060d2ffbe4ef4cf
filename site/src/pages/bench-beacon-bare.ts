import { env } from '@portal/cms/env/index'
import type { APIRoute } from 'astro'

/**
 * The beacon benchmark's reference: an endpoint of this same server that only
 * answers 204 (npm run bench:beacon). Answers only when the server was started with BENCH=1.
 */
export const POST: APIRoute = () =>
  env().bench ? new Response(null, { status: 204 }) : new Response('Không tìm thấy trang.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
