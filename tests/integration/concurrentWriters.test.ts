import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPortal, type TestPortal } from './helpers/payload'
import { resultOf, runFixture as runPortalFixture } from './helpers/processes'
import { eventually } from './helpers/poll'

const WRITES = 60
const WRITERS = ['a', 'b']

let portal: TestPortal
let payload: Payload
let counterId: number

beforeAll(async () => {
  portal = await startPortal()
  payload = portal.payload
  counterId = (
    await payload.create({
      collection: 'award-types',
      data: { name: 'Bộ đếm dùng chung', kind: 'emulation-title', level: 'grassroots', recipientKinds: ['individual'], rank: 0 },
    })
  ).id
})
afterAll(async () => portal?.close())

const runFixture = (file: string, env: Record<string, string>) => runPortalFixture(portal, file, { COUNTER_ID: String(counterId), ...env })

const BUSY = /SQLITE_BUSY|database is locked/i

const waitFor = (condition: () => boolean, timeoutMs: number, what: string) => eventually(condition, { timeoutMs, intervalMs: 20, what })

describe('two processes writing the same SQLite file at once', () => {
  it('the $inc form of db.updateOne is atomic and works on this adapter', async () => {
    const updated = await payload.db.updateOne({
      collection: 'award-types',
      where: { id: { equals: counterId } },
      data: { rank: { $inc: 1 } },
      returning: true,
    })
    expect((updated as { rank?: number } | null)?.rank).toBe(1)
    const again = await payload.db.updateOne({ collection: 'award-types', where: { id: { equals: counterId } }, data: { rank: { $inc: -1 } } })
    expect((again as { rank?: number } | null)?.rank).toBe(0)
    expect((await payload.findByID({ collection: 'award-types', id: counterId })).rank).toBe(0)
  })

  it(`lose nothing: ${WRITERS.length} × ${WRITES} units and as many counter increments, counted by a third process`, async () => {
    const before = (await payload.findByID({ collection: 'award-types', id: counterId, depth: 0 })).rank ?? 0
    const barrier = fs.mkdtempSync(path.join(portal.dir, 'barrier-'))
    // The test keeps its own connection open (idle), as the CMS would while scripts run beside it.
    const writers = WRITERS.map((id) => runFixture('writer.ts', { WRITER_ID: id, WRITES: String(WRITES), START_BARRIER_DIR: barrier }))
    try {
      // Both have loaded Payload and connected: let them start writing at the same moment
      await Promise.race([
        waitFor(() => WRITERS.every((id) => fs.existsSync(path.join(barrier, `ready-${id}`))), 90_000, 'both writers to be ready'),
        Promise.all(writers.map((w) => w.done)).then((runs) => {
          throw new Error(`a writer exited before the start: ${runs.map((r) => `${r.code} ${r.stderr}`).join('\n')}`)
        }),
      ])
      fs.writeFileSync(path.join(barrier, 'go'), '')
      const runs = await Promise.all(writers.map((w) => w.done))
      for (const [i, run] of runs.entries()) {
        expect(run.code, `writer ${WRITERS[i]} exit code\n${run.stderr}`).toBe(0)
        expect(run.stdout + run.stderr, `writer ${WRITERS[i]} hit a lock`).not.toMatch(BUSY)
        expect(resultOf(run)).toMatchObject({ writer: WRITERS[i], writes: WRITES })
      }
      // They really wrote at the same time: their writing windows overlap
      const [a, b] = runs.map(resultOf) as [Record<string, number>, Record<string, number>]
      expect(a.startedAt!, 'a started before b finished').toBeLessThan(b.endedAt!)
      expect(b.startedAt!, 'b started before a finished').toBeLessThan(a.endedAt!)
    } finally {
      for (const w of writers) w.kill()
    }

    const count = runFixture('count.ts', {})
    const counted = await count.done
    expect(counted.code, counted.stderr).toBe(0)
    const result = resultOf(counted)
    expect(result.units).toBe(WRITERS.length * WRITES)
    expect(result.distinctNames).toBe(WRITERS.length * WRITES)
    expect(result.byWriter).toEqual(Object.fromEntries(WRITERS.map((id) => [id, WRITES])))
    expect(result.counter - before).toBe(WRITERS.length * WRITES)
  })
})
