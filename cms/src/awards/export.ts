/**
 * Any filtered honour roll as a spreadsheet: .xlsx, or CSV in UTF-8 with a BOM
 * so Excel reads Vietnamese right. Every text cell is escaped against formulas
 * (CSV injection). Reads through access control: a reader's export holds the
 * public roll only (no withdrawn awards); an editor's holds everything, with
 * the withdrawal columns.
 */
import ExcelJS from 'exceljs'
import type { Payload, TypedUser, Where } from 'payload'

import { RECIPIENT_KIND_LABELS, formatDate, searchTerms } from '@portal/shared'
import { escapeSpreadsheetCell, toCsv } from '@portal/shared/spreadsheetCells'
import { sortByGivenName } from '@portal/shared/vietnameseCollation'

import { canManageHonourRoll } from './access'

type Id = number | string

export interface HonourRollFilter {
  year?: number | null
  awardType?: Id | null
  unit?: Id | null
  decision?: Id | null
  /** Words without diacritics ("nguyen van an"). */
  q?: string | null
  /** Decision order (STT) or Vietnamese alphabetical order by given name. */
  order?: 'decision' | 'alphabetical'
}

export const MAX_EXPORT_ROWS = 200_000

export async function exportHonourRoll(payload: Payload, filter: HonourRollFilter, format: 'xlsx' | 'csv', user: TypedUser | null = null) {
  const conditions: Where[] = []
  if (filter.year) conditions.push({ year: { equals: filter.year } })
  if (filter.awardType != null) conditions.push({ awardType: { equals: filter.awardType } })
  if (filter.unit != null) conditions.push({ unit: { equals: filter.unit } })
  if (filter.decision != null) conditions.push({ decision: { equals: filter.decision } })
  for (const word of searchTerms(filter.q)) conditions.push({ search: { like: word } })
  const where: Where | undefined = conditions.length ? { and: conditions } : undefined

  const [types, units, decisions] = await Promise.all([
    payload.find({ collection: 'award-types', limit: 0, pagination: false, depth: 0, select: { name: true } }),
    payload.find({ collection: 'units', limit: 0, pagination: false, depth: 0, select: { name: true } }),
    payload.find({ collection: 'award-decisions', limit: 0, pagination: false, depth: 0, select: { number: true, issuedAt: true } }),
  ])
  const typeName = new Map(types.docs.map((t) => [String(t.id), t.name]))
  const unitName = new Map(units.docs.map((u) => [String(u.id), u.name]))
  const decisionOf = new Map(decisions.docs.map((d) => [String(d.id), d]))

  const awards = []
  for (let page = 1; awards.length < MAX_EXPORT_ROWS; page++) {
    const result = await payload.find({ collection: 'awards', where, page, limit: 5000, depth: 0, sort: ['decision', 'lineNumber', 'id'], overrideAccess: false, user: user ?? undefined })
    awards.push(...result.docs)
    if (!result.hasNextPage) break
  }
  const ordered =
    filter.order === 'alphabetical' ? sortByGivenName(awards, (a) => a.recipientName, (a) => a.recipientKind !== 'collective') : awards

  const editor = canManageHonourRoll(user)
  const header = ['STT', 'Họ và tên / tên tập thể', 'Đối tượng', 'Chức vụ', 'Đơn vị', 'Danh hiệu / hình thức', 'Năm', 'Số quyết định', 'Ngày ký', ...(editor ? ['Thu hồi', 'Lý do thu hồi'] : [])]
  const rows = ordered.map((a) => {
    const decision = a.decision == null ? null : decisionOf.get(String(a.decision))
    return [
      a.lineNumber ?? '',
      a.recipientName,
      RECIPIENT_KIND_LABELS[a.recipientKind],
      a.position ?? '',
      (a.unit != null ? unitName.get(String(a.unit)) : null) ?? a.unitName ?? '',
      typeName.get(String(a.awardType)) ?? '',
      a.year,
      decision?.number ?? '',
      decision?.issuedAt ? formatDate(decision.issuedAt) : '',
      ...(editor ? [a.withdrawn ? 'Đã thu hồi' : '', a.withdrawalReason ?? ''] : []),
    ]
  })
  const stamp = new Date().toISOString().slice(0, 10)
  if (format === 'csv') {
    return { body: Buffer.from(toCsv([header, ...rows]), 'utf8'), contentType: 'text/csv; charset=utf-8', fileName: `bang-vang-${stamp}.csv`, count: rows.length }
  }
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Cổng Thi đua – Khen thưởng'
  const sheet = workbook.addWorksheet('Bảng vàng')
  sheet.addRow(header).font = { bold: true }
  for (const row of rows) sheet.addRow(row.map((cell) => escapeSpreadsheetCell(cell)))
  sheet.columns.forEach((column, i) => (column.width = [6, 32, 10, 24, 32, 36, 8, 20, 12, 10, 30][i] ?? 12))
  return {
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    fileName: `bang-vang-${stamp}.xlsx`,
    count: rows.length,
  }
}
