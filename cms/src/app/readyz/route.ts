/* /readyz: the database answers and the migrations are applied (readiness; see cms/src/db/readiness.ts). */
import config from '@payload-config'
import { getPayload } from 'payload'

import { readinessAnswer } from '../../db/readiness'

export const dynamic = 'force-dynamic'

export const GET = async (): Promise<Response> => readinessAnswer(await getPayload({ config }))
