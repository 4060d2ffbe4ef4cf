import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

export interface TestPortal {
  payload: Payload
  /** Temporary folder holding this test file's database, media and secret. */
  dir: string
  databaseUrl: string
  close: () => Promise<void>
}

/** Which database the integration suite runs on: SQLite always, MongoDB when MONGODB_URL is set and TEST_DATABASE=mongodb. */
export const testDatabase = process.env.TEST_DATABASE === 'mongodb' ? 'mongodb' : 'sqlite'

function databaseUrlFor(dir: string): string {
  if (testDatabase === 'sqlite') return `file:${path.join(dir, 'portal.db')}`
  const base = process.env.MONGODB_URL
  if (!base) throw new Error('TEST_DATABASE=mongodb needs MONGODB_URL')
  const url = new URL(base)
  url.pathname = `/portal_test_${path.basename(dir).replace(/[^a-zA-Z0-9]/g, '_')}`
  return url.toString()
}

/**
 * Starts Payload on a fresh temporary database through the real config, with
 * the committed migrations applied, exactly as `npm start` does.
 * Env must be set before the config is imported, hence the dynamic imports.
 */
export async function startPortal(): Promise<TestPortal> {
  const portal = await startUnmigratedPortal()
  const { migrateDatabase } = await import('@portal/cms/db')
  await migrateDatabase(portal.payload)
  return portal
}

/**
 * Payload on a fresh temporary database with no migration applied: for tests
 * of an upgrade, which apply the migrations before theirs, store what an older
 * portal held, then apply the rest.
 */
export async function startUnmigratedPortal(): Promise<TestPortal> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-test-'))
  const databaseUrl = databaseUrlFor(dir)
  process.env.DATABASE_URL = databaseUrl
  process.env.DATA_DIR = dir
  process.env.PAYLOAD_SECRET = 'kQ7vR2mX9pL4wT8zN3bH6jF1dS5gY0cV-tests-only'
  ;(await import('@portal/cms/env/index')).resetEnv()
  const { getPayload } = await import('payload')
  const { default: config } = await import('@portal/cms/config')
  const payload = await getPayload({ config })
  return {
    payload,
    dir,
    databaseUrl,
    close: async () => {
      if (testDatabase === 'mongodb') await payload.db.dropDatabase?.({ adapter: payload.db } as never)
      await payload.destroy()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** A user of the given role, created directly (admins make accounts; there is no sign-up). */
export async function makeUser(payload: Payload, role: 'admin' | 'editor' | 'author' | 'staff', name: string = role) {
  const user = await payload.create({
    collection: 'users',
    data: { email: `${name}-${Math.random().toString(36).slice(2, 8)}@example.vn`, password: 'a-long-test-password-123', name, role },
    overrideAccess: true,
  })
  return { ...user, collection: 'users' as const }
}
