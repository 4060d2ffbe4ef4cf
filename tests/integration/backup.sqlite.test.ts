/**
 * `npm run backup` while another process keeps writing (a file, then the row naming it, as uploads do), then
 * `npm run restore` into a new folder: the restored database passes PRAGMA integrity_check, holds every row
 * acknowledged before the backup began, every restored row's file is there, and so is the secret. A restore
 * onto a database that another process has open is refused.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPortal, type TestPortal } from './helpers/payload'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

let portal: TestPortal

beforeAll(async () => {
  portal = await startPortal()
  fs.writeFileSync(path.join(portal.dir, '.payload-secret'), 'secret-of-this-installation-for-the-backup-test')
  fs.mkdirSync(path.join(portal.dir, 'private', 'feedback-attachments'), { recursive: true })
  fs.writeFileSync(path.join(portal.dir, 'private', 'feedback-attachments', 'gop-y.pdf'), '%PDF-1.4 test')
  const client = createClient({ url: portal.databaseUrl })
  await client.execute('CREATE TABLE backup_probe (id INTEGER PRIMARY KEY, file TEXT NOT NULL)')
  client.close()
})
afterAll(async () => portal?.close())

/** Runs one of the npm scripts' entry points on a data folder. */
function script(file: string, args: string[], dataDir: string, extra: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['--conditions=production', '--import', 'tsx', file, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: `file:${path.join(dataDir, 'portal.db')}`, PAYLOAD_SECRET: '', ...extra },
  })
}

// A writer of its own: each row is acknowledged (printed) only once its file and its row are committed.
const WRITER = `
import fs from 'node:fs'
import path from 'node:path'
import { createClient } from '@libsql/client'
const client = createClient({ url: process.env.DATABASE_URL })
await client.execute('PRAGMA busy_timeout = 30000')
const media = path.join(process.env.DATA_DIR, 'media')
fs.mkdirSync(media, { recursive: true })
for (let i = 1; ; i++) {
  const file = 'probe-' + i + '.csv'
  fs.writeFileSync(path.join(media, file), 'so,ten\\n' + i + ',Nguyễn Văn ' + i + '\\n')
  await client.execute({ sql: 'INSERT INTO backup_probe (id, file) VALUES (?, ?)', args: [i, file] })
  process.stdout.write('ACK ' + i + '\\n')
}
`

describe('backup under concurrent writes, and restore', () => {
  it('restores every acknowledged row and its file, passes integrity_check, and refuses a database in use', async () => {
    const writer = spawn(process.execPath, ['--input-type=module', '-e', WRITER], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: portal.databaseUrl, DATA_DIR: portal.dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let acknowledged = 0
    let errors = ''
    writer.stdout!.on('data', (chunk: Buffer) => {
      for (const match of chunk.toString().matchAll(/ACK (\d+)\n/g)) acknowledged = Math.max(acknowledged, Number(match[1]))
    })
    writer.stderr!.on('data', (chunk: Buffer) => (errors += chunk))
    try {
      for (let i = 0; i < 600 && acknowledged < 200; i++) await new Promise((resolve) => setTimeout(resolve, 50))
      expect(acknowledged, errors).toBeGreaterThanOrEqual(200)

      const beforeBackup = acknowledged
      const backupDir = path.join(portal.dir, 'backups')
      const started = Date.now()
      const made = await new Promise<{ code: number | null; out: string }>((resolve) => {
        const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', 'cms/src/scripts/backup.ts'], {
          cwd: ROOT,
          env: { ...process.env, DATA_DIR: portal.dir, DATABASE_URL: portal.databaseUrl, PAYLOAD_SECRET: '', BACKUP_DIR: backupDir },
          stdio: ['ignore', 'pipe', 'pipe'],
        })
        let out = ''
        child.stdout.on('data', (c) => (out += c))
        child.stderr.on('data', (c) => (out += c))
        child.on('exit', (code) => resolve({ code, out }))
      })
      expect(made.code, made.out).toBe(0)
      // The writer kept writing while the backup ran.
      expect(acknowledged).toBeGreaterThan(beforeBackup)
      const [archive] = fs.readdirSync(backupDir).filter((f) => /^portal-\d{8}-\d{6}Z\.tar\.gz$/.test(f))
      expect(archive, made.out).toBeTruthy()
      const archivePath = path.join(backupDir, archive!)
      expect(fs.statSync(archivePath).mode & 0o077).toBe(0)
      console.log(`backup under writes: ${made.out.trim()} (${Date.now() - started} ms with process start)`)

      // Refused onto the live database (the writer and this test have it open); nothing there changes.
      const refused = script('cms/src/scripts/restore.ts', [archivePath], portal.dir)
      expect(refused.status).toBe(1)
      expect(refused.stderr).toContain('in use')
      expect(fs.readdirSync(portal.dir).some((f) => f.includes('before-restore'))).toBe(false)

      const target = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-restored-'))
      try {
        const restored = script('cms/src/scripts/restore.ts', [archivePath], target)
        expect(restored.status, restored.stderr).toBe(0)
        expect(restored.stdout).toContain('integrity_check: ok')
        const client = createClient({ url: `file:${path.join(target, 'portal.db')}` })
        try {
          expect((await client.execute('PRAGMA integrity_check')).rows[0]![0]).toBe('ok')
          const rows = (await client.execute('SELECT id, file FROM backup_probe ORDER BY id')).rows
          const ids = new Set(rows.map((r) => Number(r.id)))
          for (let id = 1; id <= beforeBackup; id++) expect(ids.has(id), `row ${id}`).toBe(true)
          for (const row of rows) expect(fs.existsSync(path.join(target, 'media', String(row.file))), String(row.file)).toBe(true)
          // The portal's own tables came along too.
          expect(Number((await client.execute('SELECT count(*) AS n FROM payload_migrations')).rows[0]!.n)).toBeGreaterThan(0)
        } finally {
          client.close()
        }
        expect(fs.readFileSync(path.join(target, '.payload-secret'), 'utf8')).toBe('secret-of-this-installation-for-the-backup-test')
        expect(fs.readFileSync(path.join(target, 'private', 'feedback-attachments', 'gop-y.pdf'), 'utf8')).toBe('%PDF-1.4 test')

        // Restoring again over the restored (closed) folder keeps the replaced data aside instead of deleting it.
        const again = script('cms/src/scripts/restore.ts', [archivePath], target)
        expect(again.status, again.stderr).toBe(0)
        expect(fs.readdirSync(target).filter((f) => f.includes('.before-restore-')).sort()).toEqual(
          expect.arrayContaining([expect.stringMatching(/^portal\.db\.before-restore-/), expect.stringMatching(/^media\.before-restore-/)]),
        )
      } finally {
        fs.rmSync(target, { recursive: true, force: true })
      }
    } finally {
      writer.kill()
    }
  })
})
