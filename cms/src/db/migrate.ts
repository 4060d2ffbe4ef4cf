import type { Payload } from 'payload'

import { databaseKind } from './adapter'
import { migrations } from '../migrations'

/**
 * Applies the committed migrations to the SQLite database; MongoDB needs none.
 * Called once by `npm start` before any server opens the file, and by tests on
 * their temporary databases. Never prompts.
 */
export async function migrateDatabase(payload: Payload): Promise<void> {
  if (databaseKind() !== 'sqlite') return
  // Generated migrations type their arguments precisely; the adapter's signature says `unknown`.
  await payload.db.migrate({ migrations: migrations as Parameters<typeof payload.db.migrate>[0] extends { migrations?: infer M } ? M : never })
}
