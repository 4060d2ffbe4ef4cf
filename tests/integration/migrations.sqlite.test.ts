import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

const CMS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'cms')
const MIGRATIONS = path.join(CMS, 'src', 'migrations')

// SQLite only: the MongoDB run leaves *.sqlite.test.ts out (MongoDB has no schema to migrate), and says so.
describe('committed SQLite migrations', () => {
  it('match the content model (no schema change without a migration)', () => {
    const before = new Set(fs.readdirSync(MIGRATIONS))
    const index = fs.readFileSync(path.join(MIGRATIONS, 'index.ts'), 'utf8')
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-drift-'))
    const result = spawnSync('npx', ['payload', 'migrate:create', 'schema-drift-check', '--skip-empty'], {
      cwd: CMS,
      env: {
        ...process.env,
        NODE_OPTIONS: '--conditions=production',
        PAYLOAD_CONFIG_PATH: 'src/payload.config.ts',
        DATABASE_URL: `file:${path.join(scratch, 'drift.db')}`,
        DATA_DIR: scratch,
      },
      encoding: 'utf8',
    })
    const created = fs.readdirSync(MIGRATIONS).filter((name) => !before.has(name))
    // Leave the tree as it was, then report.
    for (const name of created) fs.rmSync(path.join(MIGRATIONS, name))
    fs.writeFileSync(path.join(MIGRATIONS, 'index.ts'), index)
    fs.rmSync(scratch, { recursive: true, force: true })
    expect(result.status, result.stderr).toBe(0)
    expect(created, 'the content model changed: run `npm run migrate:create -w cms -- <name>` and commit the migration').toEqual([])
  })
})
