/**
 * Importing an award decision's list from a spreadsheet, on a real database:
 * every encoding, title blocks and merged cells, bad rows, re-imports, a
 * failure half-way, personal columns, hostile files, and the exports.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { AWARD_TYPES } from '@portal/shared'

import { csvInEveryEncoding, csvText, HEADER, LIST_CSV, listWorkbook, peopleOf, TITLE_BLOCK, zipWith } from './fixtures/honourRollFiles'
import { httpApi } from './helpers/http'
import { makeUser, startPortal, type TestPortal } from './helpers/payload'
import { eventually } from './helpers/poll'

let portal: TestPortal
let awards: typeof import('@portal/cms/awards')
let issuer: number
let editor: Awaited<ReturnType<typeof makeUser>>
let serial = 0

async function newDecision(number = `${++serial}/QĐ-SLĐTBXH`) {
  const decision = await portal.payload.create({
    collection: 'award-decisions',
    // Published: the public roll shows only the lines of published decisions (workflow.test.ts covers drafts).
    data: { number, issuer, issuedAt: '2025-01-10T00:00:00.000Z', abstract: 'Tặng danh hiệu thi đua năm 2024', _status: 'published' },
    overrideAccess: true,
    depth: 0,
  })
  return decision.id as number
}

const countFor = (decision: number) => portal.payload.count({ collection: 'awards', where: { decision: { equals: decision } }, overrideAccess: true }).then((r) => r.totalDocs)
const plan = (decision: number, bytes: Buffer, fileName = 'danh-sach.csv') => awards.planImport(portal.payload, { decision, fileName, bytes })

beforeAll(async () => {
  portal = await startPortal()
  awards = await import('@portal/cms/awards')
  const p = portal.payload
  for (const t of AWARD_TYPES) await p.create({ collection: 'award-types', data: t, overrideAccess: true, depth: 0 })
  const parent = await p.create({ collection: 'units', data: { name: 'Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum', shortName: 'Sở LĐ-TB&XH Kon Tum' }, overrideAccess: true, depth: 0 })
  issuer = parent.id as number
  for (const name of ['Văn phòng Sở', 'Phòng Người có công']) await p.create({ collection: 'units', data: { name, parent: issuer }, overrideAccess: true, depth: 0 })
  editor = await makeUser(p, 'editor')
})

afterAll(async () => portal?.close())

describe('reading the file', () => {
  it.each(csvInEveryEncoding())('%s: every name arrives in Unicode NFC', async (_label, bytes) => {
    const result = await plan(await newDecision(), bytes)
    expect(result.check.problems).toEqual([])
    expect(result.mapping.headerRow).toBe(TITLE_BLOCK.length)
    expect(result.check.rows.map((r) => r.recipientName)).toEqual(['Nguyễn Văn Đặng', 'Đỗ Thị Hương', 'Phạm Ngọc Ánh'])
    for (const r of result.check.rows) expect(r.recipientName).toBe(r.recipientName.normalize('NFC'))
  })

  it('an .xlsx with a title block, merged unit cells, a blank spacer and a footer', async () => {
    const result = await plan(await newDecision(), await listWorkbook(), 'danh-sach.xlsx')
    expect(result.kind).toBe('xlsx')
    expect(result.check.problems).toEqual([])
    expect(result.check.rows.map((r) => [r.lineNumber, r.recipientName, r.position])).toEqual([
      [1, 'Nguyễn Văn Đặng', 'Trưởng phòng'],
      [2, 'Đỗ Thị Hương', 'Chuyên viên'],
      [3, 'Phạm Ngọc Ánh', 'Kế toán'],
    ])
    // The merged "Văn phòng Sở" reaches both of its rows.
    expect(result.check.rows[0]!.unit).toBe(result.check.rows[1]!.unit)
    expect(result.check.rows[0]!.unit).not.toBeNull()
  })

  it('matches units by full or short name, loosely', async () => {
    const rows = [HEADER, ['1', 'Lê Thị Mai', '', '', '', 'sở lđ-tb&xh  KON TUM', 'Lao động tiên tiến', '2017', ''], ['2', 'Lê Thị Lan', '', '', '', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH KON TUM', 'Lao động tiên tiến', '2017', '']]
    const result = await plan(await newDecision(), Buffer.from(csvText(rows)))
    expect(result.check.problems).toEqual([])
    expect(result.check.rows.map((r) => r.unit)).toEqual([issuer, issuer])
  })
})

describe('commit', () => {
  it('stores the list with STT and without personal columns, and a re-import creates nothing', async () => {
    const decision = await newDecision()
    const first = await plan(decision, await listWorkbook(), 'danh-sach.xlsx')
    expect(first.check.notes.join(' ')).toMatch(/Đã bỏ các cột thông tin cá nhân: Ngày sinh .*Số CMND\/CCCD/)
    const committed = await awards.commitImport(portal.payload, first)
    expect(committed).toMatchObject({ created: 3, alreadyStored: 0 })
    const stored = await portal.payload.find({ collection: 'awards', where: { decision: { equals: decision } }, sort: 'lineNumber', overrideAccess: true, depth: 0 })
    expect(stored.docs.map((d) => [d.lineNumber, d.recipientName, d.year, d.importBatch])).toEqual([
      [1, 'Nguyễn Văn Đặng', 2024, committed.batch],
      [2, 'Đỗ Thị Hương', 2024, committed.batch],
      [3, 'Phạm Ngọc Ánh', 2024, committed.batch],
    ])
    expect(stored.docs[0]!.search).toContain('nguyen van dang')
    const everything = JSON.stringify(stored.docs)
    for (const personal of ['062080001234', '02/03/1980', '062185005678', '1985']) expect(everything).not.toContain(personal)
    const batch = await portal.payload.findByID({ collection: 'award-imports', id: committed.batch, overrideAccess: true, depth: 0 })
    expect(batch).toMatchObject({ status: 'committed', created: 3, processed: 3 })

    const again = await plan(decision, await listWorkbook(), 'danh-sach.xlsx')
    expect(again.check).toMatchObject({ rows: [], problems: [], alreadyStored: 3 })
    expect(await awards.commitImport(portal.payload, again)).toMatchObject({ created: 0, alreadyStored: 3 })
    // The same list as CSV is the same awards.
    expect((await plan(decision, Buffer.from(LIST_CSV))).check.alreadyStored).toBe(3)
    expect(await countFor(decision)).toBe(3)
  })

  it('a file with every kind of bad row is reported line by line and nothing is written', async () => {
    const decision = await newDecision()
    const bad = [
      ['1', '', '', '', 'Chuyên viên', 'Văn phòng Sở', 'Lao động tiên tiến', '2023', ''],
      ['2', 'Lê Văn Bình', '', '', '', '', 'Huân chương Sao Hỏa', '2023', ''],
      ['3', 'Lê Văn Chung', '', '', '', '', 'Tập thể lao động xuất sắc', '2023', ''],
      ['4', 'Lê Văn Dũng', '', '', '', '', 'Lao động tiên tiến', '1890', ''],
      ['5', 'Lê Văn Giang', '', '', '', 'Sở Không Có Thật', 'Lao động tiên tiến', '2023', ''],
      ['6', 'Lê Văn Hải', '', '', '', '', 'Lao động tiên tiến', '2023', ''],
      ['7', 'LÊ VĂN HẢI', '', '', '', '', 'Lao động tiên tiến', '2023', ''],
      ['8', '=HYPERLINK("http://evil.example","Bấm")', '', '', '', '', 'Lao động tiên tiến', '2023', ''],
      ['9', 'Nguyễn Văn Đặng', '', '', 'Trưởng phòng', 'Văn phòng Sở', 'Lao động tiên tiến', '2023', ''],
    ]
    // Row 9 duplicates an award stored under another decision.
    await awards.commitImport(portal.payload, await plan(await newDecision(), Buffer.from(csvText([HEADER, ...peopleOf(2023)]))))
    const result = await plan(decision, Buffer.from(csvText([...TITLE_BLOCK, HEADER, ...bad])))
    const reasons = Object.fromEntries(result.check.problems.map((p) => [p.line, p.reason]))
    expect(reasons).toMatchObject({
      7: expect.stringMatching(/Thiếu họ và tên/),
      8: expect.stringMatching(/"Huân chương Sao Hỏa" không có trong danh mục/),
      9: expect.stringMatching(/không dành cho cá nhân/),
      10: expect.stringMatching(/Năm 1890 ngoài khoảng/),
      11: expect.stringMatching(/Đơn vị "Sở Không Có Thật" chưa có trong danh mục/),
      13: expect.stringMatching(/Trùng với dòng 12/),
      14: expect.stringMatching(/công thức/),
      15: expect.stringMatching(/Đã có trong bảng vàng theo Quyết định/),
    })
    expect(result.check.problems).toHaveLength(8)
    expect(awards.reportText(result)).toContain('Dòng 8: Danh hiệu / hình thức "Huân chương Sao Hỏa" không có trong danh mục.')
    await expect(awards.commitImport(portal.payload, result)).rejects.toThrow(/Còn 8 dòng lỗi/)
    expect(await countFor(decision)).toBe(0)
    // The report downloads as a workbook with every bad row and no personal column.
    const workbook = new (await import('exceljs')).default.Workbook()
    await workbook.xlsx.load((await awards.problemsWorkbook(result)) as never)
    const sheet = workbook.getWorksheet('Dòng lỗi')!
    expect(sheet.rowCount).toBe(9)
    expect(String(sheet.getRow(8).getCell(4).value)).toMatch(/^'=HYPERLINK/)
    expect(sheet.getRow(8).getCell(1).value).toBe(14)
  })

  it('a failure half-way leaves nothing, and an import cut off by a crash is removed at the next start', async () => {
    const decision = await newDecision()
    // More than two chunks of 500, so the failure comes after rows were really written.
    const many = Array.from({ length: 1200 }, (_, i) => [String(i + 1), `Trần Văn Số ${i + 1}`, '', '', '', '', 'Lao động tiên tiến', '2024', ''])
    const planned = await plan(decision, Buffer.from(csvText([HEADER, ...many])))
    expect(planned.check.rows).toHaveLength(1200)
    let seen = 0
    await expect(
      awards.commitImport(portal.payload, planned, {
        progressEvery: 500,
        onProgress: async (written) => {
          seen = written
          // Rows are in the database at this point: the failure must take them out again.
          expect(await countFor(decision)).toBeGreaterThan(0)
          if (written >= 1000) throw new Error('disk full (simulated)')
        },
      }),
    ).rejects.toThrow(/disk full/)
    expect(seen).toBe(1000)
    expect(await countFor(decision)).toBe(0)
    const failed = await portal.payload.find({ collection: 'award-imports', where: { decision: { equals: decision } }, overrideAccess: true, depth: 0 })
    expect(failed.docs[0]).toMatchObject({ status: 'failed', error: expect.stringContaining('disk full') })

    // A process killed mid-way leaves its batch "running" and some rows: the next start removes them.
    const batch = await portal.payload.create({ collection: 'award-imports', data: { decision, fileName: 'bi-ngat.csv', status: 'running', total: 30 }, overrideAccess: true, depth: 0 })
    for (const row of planned.check.rows.slice(0, 7)) {
      await portal.payload.create({
        collection: 'awards',
        data: { recipientName: row.recipientName, recipientKind: 'individual', awardType: row.awardType as number, year: row.year, decision, importBatch: batch.id },
        overrideAccess: true,
      })
    }
    expect(await countFor(decision)).toBe(7)
    expect(await awards.discardInterruptedImports(portal.payload)).toBe(1)
    expect(await countFor(decision)).toBe(0)
    expect((await portal.payload.findByID({ collection: 'award-imports', id: batch.id, overrideAccess: true })).status).toBe('failed')
  })
})

describe('bad input is refused in Vietnamese and nothing is stored', () => {
  const refusal = async (bytes: Buffer, fileName: string) => {
    const decision = await newDecision()
    const error = await plan(decision, bytes, fileName).then(
      () => null,
      (e: unknown) => e as InstanceType<typeof awards.ImportRefusal>,
    )
    expect(error, fileName).toBeInstanceOf(awards.ImportRefusal)
    expect(await countFor(decision)).toBe(0)
    return error!
  }

  it('an empty file', async () => {
    expect((await refusal(Buffer.alloc(0), 'rong.csv')).message).toMatch(/Tệp rỗng/)
    expect((await refusal(Buffer.from('\ufeff\r\n  \r\n'), 'rong.csv')).message).toMatch(/Tệp rỗng/)
  })

  it('a file with only a title block', async () => {
    expect((await refusal(Buffer.from(csvText(TITLE_BLOCK)), 'tieu-de.csv')).message).toMatch(/Không tìm thấy dòng tiêu đề cột/)
  })

  it('a file over 50 MB', async () => {
    const error = await refusal(Buffer.alloc(50 * 1024 * 1024 + 1, 0x41), 'lon.csv')
    expect(error.status).toBe(413)
    expect(error.message).toMatch(/Tệp quá lớn .*tối đa 50 MB/)
  })

  it('a ZIP bomb disguised as .xlsx, by its real ratio and by a lying central directory', async () => {
    const bomb = zipWith('xl/worksheets/sheet1.xml', Buffer.alloc(40 * 1024 * 1024))
    expect(bomb.length).toBeLessThan(100 * 1024)
    expect((await refusal(bomb, 'danh-sach.xlsx')).message).toMatch(/bung ra quá lớn/)
    expect((await refusal(zipWith('xl/sharedStrings.xml', Buffer.from('<sst/>'), 0xfffffff0), 'danh-sach.xlsx')).message).toMatch(/bung ra quá lớn/)
  })

  it('an old .xls asks for .xlsx', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)])
    expect((await refusal(ole, 'danh-sach.xls')).message).toMatch(/\.xlsx/)
  })

  it('formula cells in an .xlsx are bad rows, never stored', async () => {
    const decision = await newDecision()
    const result = await plan(decision, await listWorkbook(peopleOf(2022), { formulas: true }), 'cong-thuc.xlsx')
    expect(result.check.rows).toHaveLength(3)
    expect(result.check.problems.map((p) => p.reason)).toEqual([expect.stringMatching(/công thức "=HYPERLINK/), expect.stringMatching(/công thức "=cmd\|/)])
  })
})

describe('the endpoint in the admin', () => {
  const form = (bytes: Buffer, mode: string, fileName = 'danh-sach.xlsx', mapping?: unknown) => {
    const data = new FormData()
    data.append('file', new Blob([new Uint8Array(bytes)]), fileName)
    data.append('_payload', JSON.stringify({ mode, ...(mapping ? { mapping } : {}) }))
    return data
  }

  it('is for editors only; dry run, edited mapping, then commit with progress', async () => {
    const api = httpApi(portal.payload)
    const decision = await newDecision()
    const file = await listWorkbook(peopleOf(2021))
    expect((await api.rest('POST', `award-decisions/${decision}/import`, { form: form(file, 'dry-run') })).status).toBe(401)
    const author = await makeUser(portal.payload, 'author')
    const authorToken = await api.signIn(author.email)
    const denied = await api.rest('POST', `award-decisions/${decision}/import`, { token: authorToken, form: form(file, 'commit') })
    expect(denied.status).toBe(403)
    expect(denied.json.error).toMatch(/Ban biên tập/)

    const token = await api.signIn(editor.email)
    const dry = await api.rest('POST', `award-decisions/${decision}/import`, { token, form: form(file, 'dry-run') })
    expect(dry.status).toBe(200)
    expect(dry.json).toMatchObject({ valid: 3, problemCount: 0, headerRow: 6 })
    expect(dry.json.columns.find((c: { header: string }) => c.header === 'Chức vụ').target).toBe('position')
    // The officer says "Chức vụ" is to be ignored: the rows then come without positions.
    const edited = await api.rest('POST', `award-decisions/${decision}/import`, { token, form: form(file, 'dry-run', 'danh-sach.xlsx', { '4': 'ignore' }) })
    expect(edited.json.columns.find((c: { header: string }) => c.header === 'Chức vụ').target).toBe('ignore')
    expect((await api.rest('POST', `award-decisions/${decision}/import`, { token, form: form(file, 'dry-run', 'x.xlsx', { '4': 'password' }) })).status).toBe(400)
    expect(await countFor(decision)).toBe(0)

    const started = await api.rest('POST', `award-decisions/${decision}/import`, { token, form: form(file, 'commit') })
    expect(started.status).toBe(202)
    let state: any
    for (let i = 0; i < 100; i++) {
      state = (await api.rest('GET', `award-imports/${started.json.batch}`, { token })).json
      if (state.status !== 'running') break
      await new Promise((r) => setTimeout(r, 100))
    }
    expect(state).toMatchObject({ status: 'committed', processed: 3, total: 3 })
    expect(await countFor(decision)).toBe(3)
    // Readers cannot see import batches.
    expect((await api.rest('GET', `award-imports/${started.json.batch}`)).status).toBe(403)

    const tooBig = await api.rest('POST', `award-decisions/${decision}/import`, { token, form: form(Buffer.alloc(0), 'dry-run', 'rong.csv') })
    expect(tooBig.status).toBe(400)
    expect(tooBig.json.error).toMatch(/Tệp rỗng|Chưa chọn tệp/)
  })
})

describe('withdrawn awards and exports', () => {
  it('a withdrawn award leaves the public roll and its export, and stays in the admin with its reason', async () => {
    const decision = await newDecision()
    await awards.commitImport(portal.payload, await plan(decision, Buffer.from(csvText([HEADER, ...peopleOf(2020)]))))
    const withdrawing = await newDecision()
    const target = (await portal.payload.find({ collection: 'awards', where: { decision: { equals: decision }, lineNumber: { equals: 2 } }, overrideAccess: true })).docs[0]!
    await expect(
      portal.payload.update({ collection: 'awards', id: target.id, data: { withdrawn: true }, user: editor, overrideAccess: false }),
    ).rejects.toThrow()
    await portal.payload.update({
      collection: 'awards',
      id: target.id,
      data: { withdrawn: true, withdrawalReason: 'Kê khai thành tích không đúng', withdrawalDecision: withdrawing },
      user: editor,
      overrideAccess: false,
    })
    const publicRoll = await portal.payload.find({ collection: 'awards', where: { decision: { equals: decision } }, overrideAccess: false })
    expect(publicRoll.docs.map((d) => d.recipientName)).toEqual(expect.not.arrayContaining(['Đỗ Thị Hương']))
    expect(publicRoll.totalDocs).toBe(2)
    const adminRoll = await portal.payload.find({ collection: 'awards', where: { decision: { equals: decision } }, overrideAccess: false, user: editor })
    expect(adminRoll.totalDocs).toBe(3)

    const publicCsv = await awards.exportHonourRoll(portal.payload, { decision }, 'csv')
    expect(publicCsv.body.toString('utf8')).not.toContain('Đỗ Thị Hương')
    const editorCsv = await awards.exportHonourRoll(portal.payload, { decision }, 'csv', editor)
    expect(editorCsv.body.toString('utf8')).toContain('Kê khai thành tích không đúng')
  })

  it('exports escape cells that would run as formulas, CSV with a BOM, XLSX alike, in either order', async () => {
    const decision = await newDecision()
    const type = (await portal.payload.find({ collection: 'award-types', where: { name: { equals: 'Lao động tiên tiến' } }, overrideAccess: true })).docs[0]!
    for (const [i, name] of ['=HYPERLINK("http://evil.example","x")', 'Đỗ Văn Bình', 'Nguyễn Văn An', '@SUM(1+1)'].entries()) {
      await portal.payload.create({
        collection: 'awards',
        data: { recipientName: name, recipientKind: 'individual', position: i === 1 ? '-1+cmd|calc' : 'Chuyên viên', awardType: type.id, year: 2024, decision, lineNumber: i + 1 },
        overrideAccess: true,
      })
    }
    // Read as bytes: a text decoder would hide the BOM this checks.
    const { handleEndpoints } = await import('payload')
    const csv = await handleEndpoints({ config: portal.payload.config, request: new Request(`http://cms.test/api/awards/export?format=csv&quyet-dinh=${decision}`) })
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/)
    const bytes = Buffer.from(await csv.arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8')
    expect(text.startsWith('\ufeff')).toBe(true)
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`)
    expect(text).toContain("'-1+cmd|calc")
    expect(text).toContain("'@SUM(1+1)")
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m)
    const lines = text.trim().split('\r\n')
    expect(lines[1]).toMatch(/^1,/)

    const byName = await awards.exportHonourRoll(portal.payload, { decision, order: 'alphabetical' }, 'xlsx')
    const workbook = new (await import('exceljs')).default.Workbook()
    await workbook.xlsx.load(byName.body as never)
    const sheet = workbook.worksheets[0]!
    const names = Array.from({ length: sheet.rowCount - 1 }, (_, i) => String(sheet.getRow(i + 2).getCell(2).value))
    // By given name: An before Bình, whatever the family names ("Đỗ" no longer after "Nguyễn").
    expect(names.filter((n) => !n.startsWith("'"))).toEqual(['Nguyễn Văn An', 'Đỗ Văn Bình'])
    expect(names).toContain(`'=HYPERLINK("http://evil.example","x")`)
    expect(names).toContain(`'@SUM(1+1)`)
  })
})

/** `npm run import-awards -- FILE --decision NUMBER [--dry-run]`, as a process of its own on the test database. */
function importCommand(args: string[]) {
  const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', 'cms/src/scripts/importAwards.ts', ...args], {
    cwd: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..'),
    env: { ...process.env, DATABASE_URL: portal.databaseUrl, DATA_DIR: portal.dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (c) => (stdout += c))
  child.stderr.on('data', (c) => (stderr += c))
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })))
  return { child, done }
}

describe('npm run import-awards', () => {
  it('prints the report with each bad row and exits non-zero; a good file is written; a dry run writes nothing', async () => {
    const number = `${++serial}/QĐ-CLI`
    const decision = await newDecision(number)
    const bad = path.join(portal.dir, 'loi.csv')
    fs.writeFileSync(bad, csvText([HEADER, ...peopleOf(2019), ['4', 'Lê Văn Sai', '', '', '', '', 'Huân chương Sao Hỏa', '2019', '']]))
    const refused = await importCommand([bad, '--decision', number]).done
    expect(refused.code, refused.stderr).toBe(1)
    expect(refused.stdout).toContain('Dòng 5: Danh hiệu / hình thức "Huân chương Sao Hỏa" không có trong danh mục.')
    expect(refused.stdout).toContain('Dòng lỗi: 1')
    expect(await countFor(decision)).toBe(0)

    const good = path.join(portal.dir, 'dung.csv')
    fs.writeFileSync(good, csvText([HEADER, ...peopleOf(2019)]))
    const dry = await importCommand([good, '--decision', number, '--dry-run']).done
    expect(dry.code, dry.stderr).toBe(0)
    expect(dry.stdout).toContain('Dòng hợp lệ sẽ ghi mới: 3')
    expect(await countFor(decision)).toBe(0)
    const written = await importCommand([good, '--decision', number]).done
    expect(written.code, written.stderr).toBe(0)
    expect(written.stdout).toMatch(/Đã ghi 3 dòng mới/)
    expect(await countFor(decision)).toBe(3)
    const unknown = await importCommand([good, '--decision', '999/QĐ-KHONG']).done
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('Không có quyết định số')
  })

  it('a process killed half-way leaves rows that the next start removes', async () => {
    const number = `${++serial}/QĐ-KILL`
    const decision = await newDecision(number)
    const file = path.join(portal.dir, 'lon.csv')
    const rows = Array.from({ length: 6000 }, (_, i) => [String(i + 1), `Hoàng Văn Thứ ${i + 1}`, '', '', '', '', 'Lao động tiên tiến', '2018', ''])
    fs.writeFileSync(file, csvText([HEADER, ...rows]))
    const run = importCommand([file, '--decision', number])
    await eventually(async () => (await countFor(decision)) > 1500, { timeoutMs: 120_000, intervalMs: 100, what: 'the import to be under way' })
    run.child.kill('SIGKILL')
    await run.done
    const left = await countFor(decision)
    expect(left).toBeGreaterThan(0)
    expect(left).toBeLessThan(6000)
    // What `npm start` runs before any server opens the database (seed/src/cli.ts).
    expect(await awards.discardInterruptedImports(portal.payload)).toBe(1)
    expect(await countFor(decision)).toBe(0)
  })
})
