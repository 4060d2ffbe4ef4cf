import { probeAnswer } from '@portal/cms/db'
import type { APIRoute } from 'astro'

/** Liveness: this site process answers. No database access, so a slow database does not get it restarted. */
export const GET: APIRoute = () => probeAnswer(200, { status: 'ok' })
