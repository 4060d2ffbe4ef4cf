/**
 * `npm run backup` and `npm run restore -- FILE` (SQLite installations; MongoDB and object storage: README
 * "Sao lưu"). One dated archive (tar.gz, mode 0600: it holds the secret) with:
 *   portal.db                      a consistent copy made by SQLite's VACUUM INTO, a read transaction: the
 *                                  portal keeps running and writing, the copy is the database as of its start
 *   media/                         uploaded files (MEDIA_DIR)
 *   private/feedback-attachments/  readers' attachments
 *   payload-secret                 the secret (from PAYLOAD_SECRET or $DATA_DIR/.payload-secret)
 *   manifest.json                  what, when, from which migrations
 * Files are archived after the database copy, so every file a copied row names is there (files are written
 * before their row). Restoring never deletes: what it replaces is moved aside to <name>.before-restore-<time>.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'

import { feedbackAttachmentsDir } from '../collections/FeedbackAttachments'
import { databaseKind, databaseUrl } from '../db/adapter'
import { env } from '../env/index'
import { dataDir, mediaDir, repoRoot } from '../env/paths'

export interface BackupResult {
  file: string
  bytes: number
  milliseconds: number
  databaseBytes: number
  mediaFiles: number
  attachmentFiles: number
}

const sqlitePath = (url = databaseUrl()): string => path.resolve(repoRoot, url.replace(/^file:/, ''))

function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z').replace('T', '-')
}

function countFiles(dir: string): number {
  if (!fs.existsSync(dir)) return 0
  let n = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) n += entry.isDirectory() ? countFiles(path.join(dir, entry.name)) : 1
  return n
}

function tar(args: string[]): void {
  const result = spawnSync('tar', args, { encoding: 'utf8' })
  // GNU tar exits 1 when a file changed while it was read (an upload in progress): the archive is still whole.
  if (result.status === 1) console.error(`tar: ${result.stderr.trim()}`)
  else if (result.status !== 0) throw new Error(`tar ${args[0]} failed: ${result.stderr || result.error?.message}`)
}

function secretValue(): string | null {
  const configured = env().payloadSecret
  if (configured) return configured
  const file = path.join(dataDir, '.payload-secret')
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : null
}

/** Writes one archive into `outDir` (BACKUP_DIR, else <repository>/backups) while the portal keeps running. */
export async function backup(outDir = env().backupDir ?? path.join(repoRoot, 'backups'), now = new Date()): Promise<BackupResult> {
  if (databaseKind() !== 'sqlite') throw new Error('npm run backup copies the embedded SQLite database; for MongoDB use mongodump (README "Sao lưu")')
  const started = performance.now()
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-backup-'))
  try {
    const copy = path.join(staging, 'portal.db')
    const client = createClient({ url: `file:${sqlitePath()}` })
    try {
      // Wait for a writer's lock rather than fail; the copy itself blocks no one under WAL.
      await client.execute(`PRAGMA busy_timeout = ${env().sqliteBusyTimeoutMs}`)
      await client.execute({ sql: 'VACUUM INTO ?', args: [copy] })
      const migrations = await client.execute('SELECT name FROM payload_migrations ORDER BY id')
      fs.writeFileSync(
        path.join(staging, 'manifest.json'),
        JSON.stringify({ kind: 'recognition-portal backup', version: 1, createdAt: now.toISOString(), migrations: migrations.rows.map((r) => r.name) }, null, 2),
      )
    } finally {
      client.close()
    }
    const secret = secretValue()
    if (secret) fs.writeFileSync(path.join(staging, 'payload-secret'), secret + '\n', { mode: 0o600 })
    // Symbolic links into the live folders, followed by tar (-h): no second copy of the media on disk.
    if (fs.existsSync(mediaDir)) fs.symlinkSync(mediaDir, path.join(staging, 'media'))
    if (fs.existsSync(feedbackAttachmentsDir)) {
      fs.mkdirSync(path.join(staging, 'private'))
      fs.symlinkSync(feedbackAttachmentsDir, path.join(staging, 'private', 'feedback-attachments'))
    }
    fs.mkdirSync(outDir, { recursive: true })
    const file = path.join(outDir, `portal-${stamp(now)}.tar.gz`)
    const partial = `${file}.partial`
    // Created private before anything is written into it.
    fs.writeFileSync(partial, '', { mode: 0o600 })
    tar(['-czhf', partial, '-C', staging, '.'])
    fs.renameSync(partial, file)
    return {
      file,
      bytes: fs.statSync(file).size,
      milliseconds: Math.round(performance.now() - started),
      databaseBytes: fs.statSync(copy).size,
      mediaFiles: countFiles(mediaDir),
      attachmentFiles: countFiles(feedbackAttachmentsDir),
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}

/**
 * Is a process using the database now? Leaving WAL mode needs every other connection closed, so a refusal
 * means a portal (or anything else) has the file open.
 */
async function databaseInUse(file: string): Promise<boolean> {
  if (!fs.existsSync(file)) return false
  const client = createClient({ url: `file:${file}` })
  try {
    await client.execute('PRAGMA busy_timeout = 0')
    const mode = await client.execute('PRAGMA journal_mode = DELETE')
    const now = String(mode.rows[0]?.[0] ?? '')
    if (now.toLowerCase() !== 'delete') return true
    await client.execute('PRAGMA journal_mode = WAL')
    return false
  } catch {
    return true
  } finally {
    client.close()
  }
}

export interface RestoreResult {
  database: string
  movedAside: string[]
  integrity: string
}

/** Puts an archive back. Refuses while the database is open elsewhere, unless `force`. */
export async function restore(archive: string, { force = false, now = new Date() } = {}): Promise<RestoreResult> {
  if (databaseKind() !== 'sqlite') throw new Error('npm run restore restores the embedded SQLite database; for MongoDB use mongorestore (README "Sao lưu")')
  if (!fs.existsSync(archive)) throw new Error(`No such archive: ${archive}`)
  const target = sqlitePath()
  if (!force && (await databaseInUse(target))) {
    throw new Error(`The database ${target} is in use (is the portal running?). Stop the portal first, or pass --force to restore anyway.`)
  }
  const staging = fs.mkdtempSync(path.join(path.dirname(target), '.restore-'))
  const aside = `.before-restore-${stamp(now)}`
  const movedAside: string[] = []
  const moveAside = (p: string) => {
    if (fs.existsSync(p)) {
      fs.renameSync(p, p + aside)
      movedAside.push(p + aside)
    }
  }
  try {
    tar(['-xzf', archive, '-C', staging])
    const manifest = path.join(staging, 'manifest.json')
    if (!fs.existsSync(manifest) || !fs.existsSync(path.join(staging, 'portal.db'))) throw new Error(`${archive} is not a portal backup (no manifest.json or portal.db)`)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    for (const suffix of ['', '-wal', '-shm']) moveAside(target + suffix)
    fs.renameSync(path.join(staging, 'portal.db'), target)
    for (const [from, to] of [
      ['media', mediaDir],
      [path.join('private', 'feedback-attachments'), feedbackAttachmentsDir],
    ] as const) {
      if (!fs.existsSync(path.join(staging, from))) continue
      moveAside(to)
      fs.mkdirSync(path.dirname(to), { recursive: true })
      fs.renameSync(path.join(staging, from), to)
    }
    const secret = path.join(staging, 'payload-secret')
    if (fs.existsSync(secret)) {
      const value = fs.readFileSync(secret, 'utf8').trim()
      const configured = env().payloadSecret
      if (configured && configured !== value) console.error('PAYLOAD_SECRET differs from the backup\'s: sessions, reader cookies and IP hashes made before the backup will not be recognised.')
      const file = path.join(dataDir, '.payload-secret')
      moveAside(file)
      fs.writeFileSync(file, value, { mode: 0o600 })
    }
    const client = createClient({ url: `file:${target}` })
    try {
      const check = await client.execute('PRAGMA integrity_check')
      return { database: target, movedAside, integrity: String(check.rows[0]?.[0]) }
    } finally {
      client.close()
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}
