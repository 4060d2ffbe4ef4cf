/**
 * An award decision's list from a spreadsheet, in two steps: `planImport`
 * reads and checks every row against what is stored (the dry run: nothing is
 * written), `commitImport` writes the good rows, all or none.
 *
 * All or none: the rows are written under one import batch, inside a
 * transaction where the database adapter has one (MongoDB replica sets; the
 * SQLite adapter runs with transactions off, see db/adapter.ts). On any
 * failure the batch's rows are deleted at once; a process that dies half-way
 * leaves a batch marked "running", whose rows the next start deletes
 * (cleanup.ts). Re-importing a file creates nothing: rows already stored
 * under the decision are counted, not written again.
 */
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest, type TypedUser } from 'payload'

import { applyMappingOverrides, findHeader, type ColumnMapping, type ColumnTarget } from '@portal/shared/honourRollColumns'
import { awardKey, checkRows, type ImportRow, type RowCheckResult } from '@portal/shared/honourRollRows'
import type { TextEncoding } from '@portal/shared/vietnameseEncodings'

import { INSERT_CHUNK, insertAwards, storedAwardColumns } from './insertAwards'
import { ImportRefusal, readSpreadsheet } from './readSpreadsheet'
import { awardSearchText } from './searchText'

type Id = number | string

export interface ImportInput {
  decision: Id
  fileName: string
  bytes: Uint8Array
  /** Column index → field, as the officer corrected the detected mapping. */
  mapping?: Record<string, ColumnTarget> | null
}

export interface ImportPlan {
  fileName: string
  decision: { id: Id; number: string; year: number }
  kind: 'xlsx' | 'csv'
  encoding: TextEncoding | null
  mapping: ColumnMapping
  /** Data rows below the header (blank lines excluded). */
  totalRows: number
  check: RowCheckResult
}

export interface CommitResult {
  batch: Id
  created: number
  alreadyStored: number
}

/** Reads, maps and checks a file for a decision; writes nothing. */
export async function planImport(payload: Payload, input: ImportInput): Promise<ImportPlan> {
  const decision = await payload
    .findByID({ collection: 'award-decisions', id: input.decision, depth: 0, overrideAccess: true, select: { number: true, issuedAt: true } })
    .catch(() => null)
  if (!decision) throw new ImportRefusal(404, 'Không tìm thấy quyết định khen thưởng.', `award decision ${input.decision} not found`)
  const sheet = await readSpreadsheet(input.bytes, input.fileName)
  if (sheet.rows.every((row) => row.every((cell) => !cell?.trim()))) throw new ImportRefusal(400, 'Tệp rỗng: không có dòng nào để nhập.', 'no non-empty cell')
  const detected = findHeader(sheet.rows)
  if (!detected) {
    throw new ImportRefusal(
      422,
      'Không tìm thấy dòng tiêu đề cột (ví dụ: STT, Họ và tên, Chức vụ, Đơn vị, Danh hiệu). Tệp chỉ có phần tiêu đề hoặc tên cột khác thường: hãy thêm dòng tên cột ngay trên danh sách.',
      'no header row in the first 30 rows',
    )
  }
  const mapping = applyMappingOverrides(detected, input.mapping)
  const [awardTypes, units] = await Promise.all([
    payload.find({ collection: 'award-types', limit: 0, pagination: false, depth: 0, overrideAccess: true, select: { name: true, recipientKinds: true } }),
    payload.find({ collection: 'units', limit: 0, pagination: false, depth: 0, overrideAccess: true, select: { name: true, shortName: true } }),
  ])
  const year = new Date(decision.issuedAt).getUTCFullYear()
  const check = checkRows(sheet.rows, mapping, {
    awardTypes: awardTypes.docs.map((t) => ({ id: t.id, name: t.name, recipientKinds: t.recipientKinds ?? [] })),
    // Lists name units in full or by their short name ("Sở LĐ-TB&XH Kon Tum").
    units: units.docs.flatMap((u) => [{ id: u.id, name: u.name }, ...(u.shortName ? [{ id: u.id, name: u.shortName }] : [])]),
    defaultYear: year,
    stored: await storedAwardKeys(payload, fileYears(sheet.rows, mapping, year)),
    decision: decision.id,
  })
  const totalRows = sheet.rows.slice(mapping.headerRow + 1).filter((row) => row.some((cell) => cell?.trim())).length
  return { fileName: input.fileName, decision: { id: decision.id, number: decision.number, year }, kind: sheet.kind, encoding: sheet.encoding, mapping, totalRows, check }
}

/**
 * The duplicate key (recipient, unit, award type, year) of every stored award
 * of the file's years, with its decision: one read, not a query per row.
 */
async function storedAwardKeys(payload: Payload, years: number[]): Promise<Map<string, { decision: Id | null; decisionNumber?: string | null }>> {
  const keys = new Map<string, { decision: Id | null; decisionNumber?: string | null }>()
  const decisions = await payload.find({ collection: 'award-decisions', limit: 0, pagination: false, depth: 0, overrideAccess: true, select: { number: true } })
  const numberOf = new Map(decisions.docs.map((d) => [String(d.id), d.number]))
  for (const a of await storedAwardColumns(payload, years)) {
    const unit = a.unit ?? (a.unitName?.trim() || null)
    keys.set(awardKey(a.recipientName, unit, a.awardType, Number(a.year)), { decision: a.decision, decisionNumber: a.decision == null ? null : numberOf.get(String(a.decision)) })
  }
  return keys
}

/** The years a file's rows name (4-digit numbers in the year column), or the decision's year when it has none. */
function fileYears(rows: string[][], mapping: ColumnMapping, fallback: number): number[] {
  const column = mapping.columns.find((c) => c.target === 'year')?.index
  const years = new Set<number>([fallback])
  if (column !== undefined) {
    for (let r = mapping.headerRow + 1; r < rows.length; r++) {
      const match = /\d{4}/.exec(rows[r]?.[column] ?? '')
      if (match) years.add(Number(match[0]))
    }
  }
  return [...years].slice(0, 500)
}

export interface CommitOptions {
  user?: TypedUser | null
  /** Called after about every `progressEvery` rows (whole chunks of 500) with the count written; throwing aborts the import (and removes its rows). */
  onProgress?: (written: number, total: number) => void | Promise<void>
  progressEvery?: number
  /** Called once the import batch exists, before any row is written. */
  onStart?: (batch: Id) => void
}

/** The fields of an award as the import writes them (the search text folded as the collection's own hook does). */
function awardData(row: ImportRow, decision: Id, batch: Id, now: string) {
  return {
    recipientName: row.recipientName,
    recipientKind: row.recipientKind,
    position: row.position,
    unit: row.unit,
    unitName: row.unitName,
    awardType: row.awardType,
    year: row.year,
    decision,
    lineNumber: row.lineNumber,
    citation: row.citation,
    withdrawn: false,
    isSample: false,
    importBatch: batch,
    search: awardSearchText(row),
    createdAt: now,
    updatedAt: now,
  }
}

/**
 * Writes a plan's rows, all or none. Refuses a plan with bad rows: the
 * officer fixes the file and imports it again, so a decision's list is never
 * half in.
 */
export async function commitImport(payload: Payload, plan: ImportPlan, { user = null, onProgress, onStart, progressEvery = 500 }: CommitOptions = {}): Promise<CommitResult> {
  if (plan.check.problems.length) {
    throw new ImportRefusal(422, `Còn ${plan.check.problems.length} dòng lỗi: sửa tệp theo báo cáo rồi nhập lại. Chưa ghi dòng nào.`, `${plan.check.problems.length} bad rows`)
  }
  const rows = plan.check.rows
  const batch = await payload.create({
    collection: 'award-imports',
    overrideAccess: true,
    depth: 0,
    data: {
      decision: plan.decision.id as number,
      fileName: plan.fileName.slice(0, 255),
      status: 'running',
      total: rows.length,
      processed: 0,
      created: 0,
      alreadyStored: plan.check.alreadyStored,
      encoding: plan.encoding ?? 'utf-8',
      notes: plan.check.notes.join('\n'),
      createdBy: (user?.id as number | undefined) ?? null,
    },
  })
  onStart?.(batch.id)
  const req: PayloadRequest = await createLocalReq({ user: user ?? undefined }, payload)
  const inTransaction = await initTransaction(req)
  const now = new Date().toISOString()
  let written = 0
  try {
    let reported = 0
    for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
      const chunk = rows.slice(start, start + INSERT_CHUNK)
      await insertAwards(payload, chunk.map((row) => awardData(row, plan.decision.id, batch.id, now)), req)
      written += chunk.length
      if (written - reported >= progressEvery || written === rows.length) {
        reported = written
        await onProgress?.(written, rows.length)
        // Progress is written outside the transaction, so the admin sees it while the rows are still pending.
        await payload.update({ collection: 'award-imports', id: batch.id, data: { processed: written }, overrideAccess: true, depth: 0 })
      }
    }
    if (inTransaction) await commitTransaction(req)
  } catch (error) {
    if (inTransaction) await killTransaction(req)
    await discardBatch(payload, batch.id, error)
    throw error
  }
  await payload.update({ collection: 'award-imports', id: batch.id, data: { status: 'committed', processed: written, created: written }, overrideAccess: true, depth: 0 })
  payload.logger.info(`Award import ${batch.id} (${plan.fileName}) into decision ${plan.decision.number}: ${written} created, ${plan.check.alreadyStored} already stored`)
  return { batch: batch.id, created: written, alreadyStored: plan.check.alreadyStored }
}

/** Removes every award an unfinished import wrote, and marks the import failed. */
export async function discardBatch(payload: Payload, batch: Id, error?: unknown): Promise<number> {
  const result = await payload.db.deleteMany({ collection: 'awards', where: { importBatch: { equals: batch } } }).then(
    () => null,
    (e: unknown) => e,
  )
  if (result) payload.logger.error({ err: result, msg: `Could not remove the awards of import ${batch}` })
  const remaining = await payload.count({ collection: 'awards', where: { importBatch: { equals: batch } }, overrideAccess: true })
  await payload.update({
    collection: 'award-imports',
    id: batch,
    overrideAccess: true,
    depth: 0,
    data: { status: 'failed', processed: 0, created: 0, error: error ? String((error as Error).message ?? error).slice(0, 2000) : 'interrupted' },
  })
  payload.logger.warn(`Award import ${batch} discarded${error ? `: ${(error as Error).message}` : ' (interrupted)'}; ${remaining.totalDocs} rows left`)
  return remaining.totalDocs
}
