import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { expect } from 'vitest'

import type { TestPortal } from './payload'
import { eventually } from './poll'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const ROOT = path.resolve(HERE, '..', '..', '..')
const FIXTURES = path.resolve(HERE, '..', 'fixtures')

export interface Run {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

export interface Fixture {
  child: ChildProcess
  done: Promise<Run>
  /** What it has printed so far. */
  output: () => string
  kill: () => void
}

/** A portal process of its own on the test database, started the way the portal's scripts are. */
export function runFixture(portal: TestPortal, file: string, env: Record<string, string>): Fixture {
  const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', path.join(FIXTURES, file)], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: portal.databaseUrl, DATA_DIR: portal.dir, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET!, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => (stdout += chunk))
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const done = new Promise<Run>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }))
  })
  return { child, done, output: () => stdout, kill: () => child.kill('SIGKILL') }
}

export function resultOf(run: Run): Record<string, any> {
  const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '))
  expect(line, `no RESULT line in\n${run.stdout}\n${run.stderr}`).toBeDefined()
  return JSON.parse(line!.slice('RESULT '.length))
}

/** Starts fixtures that wait at a start line, releases them together once all are ready, and returns their runs. */
export async function runTogether(portal: TestPortal, file: string, envs: Array<Record<string, string>>): Promise<Run[]> {
  const barrier = fs.mkdtempSync(path.join(portal.dir, 'barrier-'))
  const runs = envs.map((env, i) => runFixture(portal, file, { ...env, WRITER_ID: env.WRITER_ID ?? `w${i}`, START_BARRIER_DIR: barrier }))
  try {
    const ids = envs.map((env, i) => env.WRITER_ID ?? `w${i}`)
    await eventually(() => ids.every((id) => fs.existsSync(path.join(barrier, `ready-${id}`))), { timeoutMs: 90_000, intervalMs: 20, what: 'the processes to get ready' })
    fs.writeFileSync(path.join(barrier, 'go'), '')
    return await Promise.all(runs.map((r) => r.done))
  } finally {
    for (const r of runs) r.kill()
  }
}
