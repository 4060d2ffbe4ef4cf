/**
 * npm run bench:import — honour-roll import throughput, in rows per second:
 * the dry run (read, map, check every row against what is stored) and the
 * commit (write every row), for a CSV and an .xlsx of BENCH_ROWS lines
 * (100,000 by default), on a temporary SQLite database with the committed
 * migrations, as `npm start` runs it. Prints one line per measure.
 */
import ExcelJS from 'exceljs'

import { AWARD_TYPES } from '@portal/shared'

import { startPortal } from '../integration/helpers/payload'

const ROWS = Number(process.argv[2] ?? 100_000)
const HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Chức vụ', 'Đơn vị', 'Danh hiệu', 'Năm']
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ']
const MIDDLE = ['Văn', 'Thị', 'Ngọc', 'Minh', 'Đức', 'Thu', 'Quốc', 'Hữu']
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Giang', 'Hà', 'Hương', 'Khánh', 'Linh', 'Mai', 'Nam', 'Phúc', 'Quân', 'Sơn', 'Trang']
const TYPES = ['Lao động tiên tiến', 'Chiến sĩ thi đua cơ sở', 'Bằng khen UBND tỉnh']

function rows(year: number): string[][] {
  return Array.from({ length: ROWS }, (_, i) => [
    String(i + 1),
    `${FAMILY[i % FAMILY.length]} ${MIDDLE[(i >> 4) % MIDDLE.length]} ${GIVEN[(i >> 7) % GIVEN.length]} ${i + 1}`,
    '01/01/1980',
    'Chuyên viên',
    i % 2 ? 'Văn phòng Sở' : 'Phòng Người có công',
    TYPES[i % TYPES.length]!,
    String(year),
  ])
}

const csv = (data: string[][]) => Buffer.from(data.map((r) => r.join(',')).join('\r\n'))

async function xlsx(data: string[][]) {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Danh sách')
  for (const row of data) sheet.addRow(row)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

const portal = await startPortal()
const { payload } = portal
const awards = await import('@portal/cms/awards')
for (const t of AWARD_TYPES) await payload.create({ collection: 'award-types', data: t, overrideAccess: true, depth: 0 })
const issuer = await payload.create({ collection: 'units', data: { name: 'Sở Lao động - Thương binh và Xã hội' }, overrideAccess: true, depth: 0 })
for (const name of ['Văn phòng Sở', 'Phòng Người có công']) await payload.create({ collection: 'units', data: { name, parent: issuer.id }, overrideAccess: true, depth: 0 })
let serial = 0
const decision = async () =>
  (
    await payload.create({
      collection: 'award-decisions',
      data: { number: `${++serial}/QĐ-BENCH`, issuer: issuer.id, issuedAt: '2025-01-10T00:00:00.000Z', abstract: 'Benchmark' },
      overrideAccess: true,
      depth: 0,
    })
  ).id

const rate = (n: number, ms: number) => `${Math.round((n / ms) * 1000).toLocaleString('vi-VN')} dòng/s (${(ms / 1000).toFixed(1)} s)`
const results: Record<string, unknown> = { rows: ROWS }

for (const [kind, build, year] of [
  ['csv', async (d: string[][]) => csv([HEADER, ...d]), 2024],
  ['xlsx', async (d: string[][]) => xlsx([HEADER, ...d]), 2023],
] as const) {
  const file = await build(rows(year))
  const id = await decision()
  let started = performance.now()
  const plan = await awards.planImport(payload, { decision: id, fileName: `bench.${kind}`, bytes: file })
  const dryMs = performance.now() - started
  if (plan.check.problems.length || plan.check.rows.length !== ROWS) throw new Error(`unexpected plan: ${awards.reportText(plan).slice(0, 2000)}`)
  console.log(`${kind} ${(file.length / 1024 / 1024).toFixed(1)} MB, ${ROWS} rows: dry run ${rate(ROWS, dryMs)}`)
  started = performance.now()
  const result = await awards.commitImport(payload, plan, { progressEvery: 5000 })
  const commitMs = performance.now() - started
  console.log(`${kind}: commit ${rate(result.created, commitMs)}`)
  started = performance.now()
  const again = await awards.planImport(payload, { decision: id, fileName: `bench.${kind}`, bytes: file })
  const reMs = performance.now() - started
  console.log(`${kind}: re-import dry run (${again.check.alreadyStored} already stored) ${rate(ROWS, reMs)}`)
  results[kind] = { bytes: file.length, dryRunRowsPerSecond: Math.round((ROWS / dryMs) * 1000), commitRowsPerSecond: Math.round((ROWS / commitMs) * 1000), reimportDryRunRowsPerSecond: Math.round((ROWS / reMs) * 1000) }
}
console.log(`RESULT ${JSON.stringify(results)}`)
await portal.close()
process.exit(0)
