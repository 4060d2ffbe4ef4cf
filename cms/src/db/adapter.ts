import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { env } from '../env/index'
import { dataDir, migrationsDir } from '../env/paths'

export type DatabaseKind = 'sqlite' | 'mongodb'

/** The configured database URL; the embedded SQLite file under data/ when none is set. */
export function databaseUrl(): string {
  return env().databaseUrl || `file:${path.join(dataDir, 'portal.db')}`
}

export function databaseKind(url = databaseUrl()): DatabaseKind {
  if (/^mongodb(\+srv)?:\/\//.test(url)) return 'mongodb'
  if (url.startsWith('file:')) return 'sqlite'
  throw new Error(`Unsupported DATABASE_URL "${url.replace(/\/\/[^@]*@/, '//***@')}": use file:path.db or mongodb://...`)
}

/**
 * Picks the adapter from the URL alone, so moving to MongoDB is a change of
 * environment, not of code.
 *
 * SQLite: several processes (the CMS, one or more site processes, seed
 * scripts) share one file. WAL lets readers run beside the writer, and the
 * busy timeout makes a writer wait for the lock instead of failing at once: a
 * single SQLITE_BUSY leaves libsql's connection unable to persist later writes
 * (see DEVELOPERS.md), so we must never let one happen. Transactions stay off
 * for the same reason: a deferred transaction that upgrades to a write can hit
 * BUSY without waiting.
 */
export function databaseAdapter(url = databaseUrl()): DatabaseAdapterObj {
  if (databaseKind(url) === 'mongodb') {
    // Uniqueness (slugs, document numbers, one vote per voter, counters, rate
    // limits) is enforced by unique indexes; mongoose builds them in the
    // background after connecting, so without this the first writes could slip
    // duplicates past them. With it, the adapter awaits every index while
    // connecting, before Payload's init returns and so before any write.
    // Transactions: the adapter uses them when the URL names a replica set
    // (`?replicaSet=rs0`) and turns them off on a standalone server, which has none.
    return mongooseAdapter({ url, ensureIndexes: true })
  }
  return sqliteAdapter({
    client: { url },
    wal: true,
    busyTimeout: env().sqliteBusyTimeoutMs,
    push: false,
    migrationDir: migrationsDir,
  })
}
