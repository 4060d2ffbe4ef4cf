/**
 * npm run bench:statistics [rows] — how long the honour roll's statistics take
 * to compute (uncached: three GROUP BY over the public roll, the summaries and
 * the reference lists), to serve once kept (the roll's stamp: a few indexed
 * reads) and to answer another filter from the kept counts, at `rows` awards (100,000 by default), on a temporary SQLite
 * database with the committed migrations. Rows are written in bulk through
 * insertAwards, as the import does. Prints one line per measure.
 */
import { createLocalReq } from 'payload'

import { AWARD_TYPES } from '@portal/shared'

import { startPortal } from '../integration/helpers/payload'

const ROWS = Number(process.argv[2] ?? 100_000)
const RUNS = 7
const UNITS = 60
const DECISIONS = 400

const portal = await startPortal()
const { payload } = portal
const { insertAwards, INSERT_CHUNK } = await import('@portal/cms/awards/insertAwards')
const statistics = await import('@portal/cms/awards/statistics')

const types: Array<{ id: number; kinds: string[]; rank: number }> = []
for (const t of AWARD_TYPES) types.push({ id: (await payload.create({ collection: 'award-types', data: t, overrideAccess: true, depth: 0 })).id as number, kinds: t.recipientKinds, rank: t.rank })
const units: number[] = []
for (let i = 0; i < UNITS; i++) units.push((await payload.create({ collection: 'units', data: { name: `Đơn vị ${i + 1}` }, overrideAccess: true, depth: 0 })).id as number)
const movements: number[] = []
for (let i = 0; i < 5; i++) {
  movements.push((await payload.create({ collection: 'movements', data: { name: `Phong trào ${i + 1}`, periodStart: 2020, _status: 'published' } as never, overrideAccess: true, depth: 0 })).id as number)
}
const decisions: number[] = []
for (let i = 0; i < DECISIONS; i++) {
  const data = { number: `${i + 1}/QĐ-BENCH`, issuer: units[0], issuedAt: '2025-01-10T00:00:00.000Z', abstract: 'Benchmark', _status: i % 10 === 9 ? 'draft' : 'published', movement: i % 3 ? movements[i % 5] : undefined }
  decisions.push((await payload.create({ collection: 'award-decisions', data: data as never, overrideAccess: true, depth: 0, draft: data._status === 'draft' })).id as number)
}

// Lower honours are far more frequent: the weight of a type falls with its rank.
const weights = types.map((t) => (t.rank >= 900 ? 40 : t.rank >= 800 ? 15 : t.rank >= 200 && t.rank < 300 ? 10 : t.rank === 130 ? 400 : t.rank === 120 ? 60 : 1))
const totalWeight = weights.reduce((a, b) => a + b, 0)
let seed = 42
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
function pickType() {
  let r = random() * totalWeight
  for (const [i, w] of weights.entries()) if ((r -= w) < 0) return types[i]!
  return types[0]!
}

const req = await createLocalReq({}, payload)
const now = new Date().toISOString()
let started = performance.now()
for (let done = 0; done < ROWS; done += INSERT_CHUNK) {
  const chunk = Array.from({ length: Math.min(INSERT_CHUNK, ROWS - done) }, (_, j) => {
    const i = done + j
    const type = pickType()
    return {
      recipientName: `Người nhận ${i}`,
      recipientKind: type.kinds[i % type.kinds.length],
      unit: units[i % UNITS],
      awardType: type.id,
      year: 2000 + (i % 25),
      decision: i % 50 === 0 ? null : decisions[i % DECISIONS],
      lineNumber: i,
      withdrawn: i % 997 === 0,
      isSample: false,
      search: `nguoi nhan ${i}`,
      createdAt: now,
      updatedAt: now,
    }
  })
  await insertAwards(payload, chunk, req)
}
const insertMs = performance.now() - started
console.log(`${ROWS.toLocaleString('vi-VN')} awards inserted in ${(insertMs / 1000).toFixed(1)} s (${Math.round(ROWS / (insertMs / 1000)).toLocaleString('vi-VN')} rows/s)`)

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
async function measure(label: string, run: () => Promise<unknown>) {
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    started = performance.now()
    await run()
    times.push(performance.now() - started)
  }
  console.log(`${label}: median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms (${RUNS} runs)`)
}

const stats = await statistics.computeAwardStatistics(payload)
console.log(`public roll: ${stats.total.named.toLocaleString('vi-VN')} of ${ROWS.toLocaleString('vi-VN')} awards; ${stats.byType.length} types, ${stats.byUnit.length} units, ${stats.byMovement.length} movement groups`)
await measure('compute, whole roll (uncached)', () => statistics.computeAwardStatistics(payload))
await measure('compute, 2010-2020, grassroots level (uncached)', () => statistics.computeAwardStatistics(payload, { fromYear: 2010, toYear: 2020, level: 'grassroots' }))
await statistics.awardStatistics(payload)
await measure('kept figures (stamp check only)', () => statistics.awardStatistics(payload))
const stamp = await statistics.rollStamp(payload)
await measure('another filter, summed from the kept counts', () => statistics.computeAwardStatistics(payload, { fromYear: 2005, level: 'state' }, { stamp }))
await portal.close()
