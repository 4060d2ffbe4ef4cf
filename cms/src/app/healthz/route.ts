/* /healthz: the CMS process answers (liveness). No database access: a slow database must not get it restarted. */
import { probeAnswer } from '../../db/readiness'

export const dynamic = 'force-dynamic'

export const GET = (): Response => probeAnswer(200, { status: 'ok' })
