import type { Payload } from 'payload'

import { databaseKind } from './adapter'
import { migrations } from '../migrations'

export type Readiness = { ready: true } | { ready: false; reason: string }

/**
 * Is this process ready for readers (`/readyz` on both servers)? The database answers a query, and on SQLite
 * every committed migration is applied (a new build started against an old database is not ready until
 * `npm run serve` or `payload migrate` has run). MongoDB needs no migrations: answering is enough.
 * The reason is English, for the operator's probe and logs; readers never see this endpoint's answer.
 */
export async function readiness(payload: Payload): Promise<Readiness> {
  try {
    const { docs } = await payload.find({ collection: 'payload-migrations', limit: 1000, pagination: false, depth: 0, overrideAccess: true, select: { name: true } })
    if (databaseKind() !== 'sqlite') return { ready: true }
    const applied = new Set(docs.map((doc) => doc.name))
    const missing = migrations.map((m) => m.name).filter((name) => !applied.has(name))
    return missing.length === 0 ? { ready: true } : { ready: false, reason: `migrations not applied: ${missing.join(', ')}` }
  } catch (error) {
    return { ready: false, reason: `database does not answer: ${(error as Error).message}` }
  }
}

/** The probes' answers: small JSON, never cached by a proxy. */
export function probeAnswer(status: number, body: Record<string, unknown>): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' } })
}

export async function readinessAnswer(payload: Payload): Promise<Response> {
  const state = await readiness(payload)
  return state.ready ? probeAnswer(200, { status: 'ready' }) : probeAnswer(503, { status: 'not ready', reason: state.reason })
}
