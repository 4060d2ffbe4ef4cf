import type { Payload } from 'payload'

import { discardBatch } from './importAwards'

/**
 * Imports still "running" when the portal starts were cut off by a crash or a
 * kill: their rows are deleted, so no half list ever stays. Runs before any
 * server opens the database (seed/src/cli.ts, after the migrations).
 */
export async function discardInterruptedImports(payload: Payload): Promise<number> {
  const running = await payload.find({ collection: 'award-imports', where: { status: { equals: 'running' } }, limit: 0, pagination: false, depth: 0, overrideAccess: true })
  for (const batch of running.docs) await discardBatch(payload, batch.id)
  return running.docs.length
}
