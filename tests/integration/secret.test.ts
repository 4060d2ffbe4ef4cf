import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPortal, type TestPortal } from './helpers/payload'
import { resultOf, runFixture } from './helpers/processes'

let portal: TestPortal

beforeAll(async () => {
  portal = await startPortal()
})
afterAll(async () => portal?.close())

/** A start of the portal with no PAYLOAD_SECRET configured: it must generate one, or reuse the one it kept. */
async function start(env: Record<string, string>) {
  const run = await runFixture(portal, 'session.ts', { PAYLOAD_SECRET: '', EMAIL: 'can-bo-khoi-dong-lai@example.vn', ...env }).done
  expect(run.code, run.stderr).toBe(0)
  return resultOf(run)
}

describe('the generated secret', () => {
  it('is written once to data/.payload-secret and reused by later starts, so sessions survive a restart', async () => {
    const file = path.join(portal.dir, '.payload-secret')
    expect(fs.existsSync(file)).toBe(false)

    const first = await start({ MODE: 'sign-in' })
    expect(fs.existsSync(file)).toBe(true)
    const kept = fs.readFileSync(file, 'utf8')
    expect(kept.trim().length).toBeGreaterThanOrEqual(32)
    expect(fs.statSync(file).mode & 0o077).toBe(0)

    const second = await start({ MODE: 'check', TOKEN: first.token })
    expect(fs.readFileSync(file, 'utf8')).toBe(kept)
    expect(second.secret).toBe(first.secret)
    expect(second.email).toBe('can-bo-khoi-dong-lai@example.vn')

    // The control: without the kept file a new secret is generated, and the old session is no longer valid.
    fs.rmSync(file)
    const third = await start({ MODE: 'check', TOKEN: first.token })
    expect(third.secret).not.toBe(first.secret)
    expect(third.email).toBeNull()
    expect(fs.readFileSync(file, 'utf8')).not.toBe(kept)
  })
})
