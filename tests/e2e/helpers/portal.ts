import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { chromium, type Browser } from 'playwright-core'

import { ensureBuilt, freePort, prepareDatabase, startServers } from '../../../scripts/lib/portal.mjs'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const haveChromium = fs.existsSync(CHROMIUM_PATH)

export interface RunningPortal {
  siteUrl: string
  cmsUrl: string
  dataDir: string
  /** The administrator made with `npm run create-admin`, when asked for. */
  admin: { email: string; password: string }
  stop: () => Promise<void>
}

const ADMIN = { email: 'bientap@example.vn', password: 'mat-khau-bien-tap-123' }

/**
 * The whole portal as `npm start` runs it (built servers, migrated and seeded
 * database), on a temporary data folder and free ports.
 */
export async function startRunningPortal(extraEnv: Record<string, string> = {}, { withAdmin = false } = {}): Promise<RunningPortal> {
  ensureBuilt()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-e2e-'))
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    DATABASE_URL: `file:${path.join(dataDir, 'portal.db')}`,
    PAYLOAD_SECRET: '',
    // Tests change content and look at once; the read cache is measured by the benchmark instead.
    CONTENT_CACHE_MS: '0',
    ...extraEnv,
  }
  delete (env as Record<string, string | undefined>).PAYLOAD_SECRET
  prepareDatabase(env)
  if (withAdmin) {
    const made = spawnSync(process.execPath, ['--conditions=production', '--import', 'tsx', 'cms/src/scripts/createAdmin.ts'], {
      cwd: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..'),
      env: { ...env, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, ADMIN_NAME: 'Biên tập viên' },
      encoding: 'utf8',
    })
    if (made.status !== 0) throw new Error(`create-admin failed: ${made.stderr}`)
  }
  const [cmsPort, sitePort] = [await freePort(), await freePort()]
  const servers = await startServers({ env, cmsPort, sitePort, stdio: ['ignore', 'ignore', 'inherit'] })
  return {
    siteUrl: `http://127.0.0.1:${sitePort}`,
    cmsUrl: `http://127.0.0.1:${cmsPort}`,
    dataDir,
    admin: ADMIN,
    stop: async () => {
      servers.stop()
      await new Promise((resolve) => setTimeout(resolve, 300))
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** Debian's chromium, headless, with the flags this sandbox needs (no background network calls). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
}
