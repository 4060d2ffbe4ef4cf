import { readinessAnswer } from '@portal/cms/db'
import type { APIRoute } from 'astro'

import { payload } from '../lib/content'

/** Readiness: the database answers and the migrations are applied (cms/src/db/readiness.ts, the CMS's too). */
export const GET: APIRoute = async () => readinessAnswer(await payload())
