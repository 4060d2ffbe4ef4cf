/**
 * The honour roll's CMS endpoints (Payload custom endpoints):
 *
 * - POST /api/award-decisions/:id/import (multipart: `file`, and `_payload` =
 *   JSON `{ mode, mapping }`, as Payload's own uploads send their fields),
 *   editors and admins only. `mode=dry-run` answers the report as JSON,
 *   `mode=report` as an .xlsx to download, `mode=commit` starts writing and
 *   answers 202 with the import batch, whose `processed` count the admin
 *   polls at /api/award-imports/:batch for progress.
 * - GET /api/awards/export?format=xlsx|csv&nam=&loai=&don-vi=&quyet-dinh=&q=&sap-xep=
 *   any filtered honour roll, through access control (readers get the public roll).
 */
import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { HONOUR_ROLL_FIELD_LABELS, PERSONAL_FIELD_LABELS, type ColumnTarget } from '@portal/shared/honourRollColumns'

import { canManageHonourRoll } from './access'
import { exportHonourRoll } from './export'
import { commitImport, planImport, type ImportPlan } from './importAwards'
import { ImportRefusal, MAX_IMPORT_BYTES } from './readSpreadsheet'
import { problemsWorkbook, summaryLines } from './report'

const TARGETS = new Set<string>(['ignore', ...Object.keys(HONOUR_ROLL_FIELD_LABELS), ...Object.keys(PERSONAL_FIELD_LABELS)])

/** The officer's mapping: column numbers to known fields, nothing else. */
function parseMapping(parsed: unknown): Record<string, ColumnTarget> | null {
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null
  const entries = Object.entries(parsed as Record<string, unknown>)
  if (entries.length > 200 || !entries.every(([k, v]) => /^\d{1,3}$/.test(k) && typeof v === 'string' && TARGETS.has(v))) return null
  return parsed as Record<string, ColumnTarget>
}

export const refuse = (status: number, error: string) => Response.json({ error }, { status })

function failure(req: PayloadRequest, error: unknown): Response {
  if (error instanceof ImportRefusal) {
    req.payload.logger.info(`Award import refused: ${error.detail}`)
    return refuse(error.status, error.message)
  }
  req.payload.logger.error({ err: error, msg: 'Award import failed' })
  return refuse(500, 'Nhập danh sách thất bại, không dòng nào được ghi. Hãy thử lại hoặc báo quản trị hệ thống.')
}

/** The dry run as the admin shows it: summary, mapping, and the bad rows (the first 1,000; the workbook has all). */
export function planAnswer(plan: ImportPlan) {
  return {
    summary: summaryLines(plan),
    decision: plan.decision,
    encoding: plan.encoding,
    headerRow: plan.mapping.headerRow + 1,
    columns: plan.mapping.columns,
    totalRows: plan.totalRows,
    valid: plan.check.rows.length,
    alreadyStored: plan.check.alreadyStored,
    problemCount: plan.check.problems.length,
    problems: plan.check.problems.slice(0, 1000).map((p) => ({ line: p.line, reason: p.reason })),
    notes: plan.check.notes,
    droppedColumns: plan.check.droppedColumns,
  }
}

export const importEndpoint: Endpoint = {
  path: '/:id/import',
  method: 'post',
  handler: async (req) => {
    if (!canManageHonourRoll(req.user)) return refuse(req.user ? 403 : 401, 'Chỉ Ban biên tập (cán bộ thi đua, khen thưởng) được nhập danh sách khen thưởng.')
    const declared = Number(req.headers.get('content-length') ?? 0)
    if (declared > MAX_IMPORT_BYTES + 1024 * 1024) return refuse(413, `Tệp quá lớn; tối đa ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Hãy chia danh sách thành nhiều tệp.`)
    try {
      await addDataAndFileToRequest(req)
    } catch {
      return refuse(400, 'Không đọc được tệp gửi lên: hãy chọn lại tệp.')
    }
    const file = req.file
    if (!file?.data) return refuse(400, 'Chưa chọn tệp danh sách (.xlsx hoặc .csv).')
    const fields = (req.data ?? {}) as Record<string, unknown>
    const mode = fields.mode ?? 'dry-run'
    if (mode !== 'dry-run' && mode !== 'report' && mode !== 'commit') return refuse(400, 'Thao tác không hợp lệ.')
    let mapping: Record<string, ColumnTarget> | null = null
    if (fields.mapping != null) {
      mapping = parseMapping(fields.mapping)
      if (!mapping) return refuse(400, 'Cách ghép cột không hợp lệ.')
    }
    const id = req.routeParams?.id as string
    try {
      const plan = await planImport(req.payload, { decision: /^\d+$/.test(id) ? Number(id) : id, fileName: file.name || 'danh-sach', bytes: file.data, mapping })
      if (mode === 'dry-run') return Response.json(planAnswer(plan))
      if (mode === 'report') {
        return new Response(new Uint8Array(await problemsWorkbook(plan)), {
          headers: {
            'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'Content-Disposition': `attachment; filename="bao-cao-nhap-${plan.decision.number.replace(/[^A-Za-z0-9-]/g, '-')}.xlsx"`,
          },
        })
      }
      if (plan.check.problems.length) return Response.json({ ...planAnswer(plan), error: `Còn ${plan.check.problems.length} dòng lỗi: sửa tệp rồi nhập lại. Chưa ghi dòng nào.` }, { status: 422 })
      // Answer as soon as the batch exists; the rows are written after, and the admin follows `processed`.
      const started = new Promise<number | string>((resolve, reject) => {
        commitImport(req.payload, plan, { user: req.user, onStart: resolve }).catch((error: unknown) => {
          reject(error)
          req.payload.logger.error({ err: error, msg: `Award import into decision ${plan.decision.number} failed` })
        })
      })
      const batch = await started
      return Response.json({ batch, total: plan.check.rows.length, alreadyStored: plan.check.alreadyStored }, { status: 202 })
    } catch (error) {
      return failure(req, error)
    }
  },
}

const idOrNull = (value: string | null) => (value && /^\d{1,12}$/.test(value) ? Number(value) : null)

export const exportEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    const url = new URL(req.url ?? 'http://localhost/')
    const format = url.searchParams.get('format') ?? 'xlsx'
    if (format !== 'xlsx' && format !== 'csv') return refuse(400, 'Định dạng tải về phải là xlsx hoặc csv.')
    const year = idOrNull(url.searchParams.get('nam'))
    const file = await exportHonourRoll(
      req.payload,
      {
        year: year && year >= 1945 && year <= 2199 ? year : null,
        awardType: idOrNull(url.searchParams.get('loai')),
        unit: idOrNull(url.searchParams.get('don-vi')),
        decision: idOrNull(url.searchParams.get('quyet-dinh')),
        q: (url.searchParams.get('q') ?? '').slice(0, 100),
        order: url.searchParams.get('sap-xep') === 'ten' ? 'alphabetical' : 'decision',
      },
      format,
      req.user ?? null,
    )
    return new Response(new Uint8Array(file.body), {
      headers: { 'Content-Type': file.contentType, 'Content-Disposition': `attachment; filename="${file.fileName}"`, 'Cache-Control': 'no-store' },
    })
  },
}
