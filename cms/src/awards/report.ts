/**
 * The dry run's report: as text for the command line, as a workbook for the
 * officer to download (each bad row with its line number, its reason and its
 * values as read), so the file can be fixed line by line.
 */
import ExcelJS from 'exceljs'

import { formatNumber } from '@portal/shared'
import { HONOUR_ROLL_FIELD_LABELS, PERSONAL_FIELD_LABELS, isPersonalField } from '@portal/shared/honourRollColumns'
import { escapeSpreadsheetCell } from '@portal/shared/spreadsheetCells'
import { ENCODING_LABELS } from '@portal/shared/vietnameseEncodings'

import type { ImportPlan } from './importAwards'

const targetLabel = (target: string) =>
  target === 'ignore' ? '(bỏ qua)' : isPersonalField(target as never) ? `${PERSONAL_FIELD_LABELS[target as keyof typeof PERSONAL_FIELD_LABELS]} (bỏ, không lưu)` : HONOUR_ROLL_FIELD_LABELS[target as keyof typeof HONOUR_ROLL_FIELD_LABELS]

/** Summary lines shared by the text and the workbook. */
export function summaryLines(plan: ImportPlan): string[] {
  const { check } = plan
  return [
    `Tệp: ${plan.fileName} (${plan.kind === 'xlsx' ? 'Excel' : 'CSV'}${plan.encoding ? `, bảng mã ${ENCODING_LABELS[plan.encoding]}` : ''})`,
    `Quyết định: ${plan.decision.number}`,
    `Dòng tiêu đề cột: dòng ${plan.mapping.headerRow + 1}`,
    `Số dòng dữ liệu: ${formatNumber(plan.totalRows)}`,
    `Dòng hợp lệ sẽ ghi mới: ${formatNumber(check.rows.length)}`,
    `Dòng đã có trong quyết định (bỏ qua): ${formatNumber(check.alreadyStored)}`,
    `Dòng lỗi: ${formatNumber(check.problems.length)}`,
    ...check.notes,
  ]
}

/** The report as plain text: the summary, the mapping, then each bad row ("Dòng 12: ..."). */
export function reportText(plan: ImportPlan): string {
  const mapping = plan.mapping.columns.map((c) => `  ${c.header} → ${targetLabel(c.target)}`)
  const problems = plan.check.problems.map((p) => `  Dòng ${p.line}: ${p.reason}`)
  return [...summaryLines(plan), 'Cột:', ...mapping, ...(problems.length ? ['Dòng lỗi:', ...problems] : [])].join('\n')
}

/** The report as an .xlsx: a summary sheet and a sheet of bad rows, every cell escaped against formulas. */
export async function problemsWorkbook(plan: ImportPlan): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Cổng Thi đua – Khen thưởng'
  const summary = workbook.addWorksheet('Tóm tắt')
  summary.columns = [{ width: 110 }]
  for (const line of summaryLines(plan)) summary.addRow([escapeSpreadsheetCell(line)])
  summary.addRow([])
  summary.addRow(['Cột trong tệp → trường']).font = { bold: true }
  for (const c of plan.mapping.columns) summary.addRow([escapeSpreadsheetCell(`${c.header} → ${targetLabel(c.target)}`)])

  const sheet = workbook.addWorksheet('Dòng lỗi')
  const width = Math.max(0, ...plan.mapping.columns.map((c) => c.index + 1))
  const header = sheet.addRow(['Dòng', 'Lý do', ...Array.from({ length: width }, (_, i) => plan.mapping.columns.find((c) => c.index === i)?.header ?? '')])
  header.font = { bold: true }
  sheet.getColumn(1).width = 8
  sheet.getColumn(2).width = 60
  const personal = new Set(plan.mapping.columns.filter((c) => isPersonalField(c.target)).map((c) => c.index))
  for (const p of plan.check.problems) {
    // Personal columns stay out of the report too: it is a file that travels.
    sheet.addRow([p.line, escapeSpreadsheetCell(p.reason), ...Array.from({ length: width }, (_, i) => (personal.has(i) ? '' : escapeSpreadsheetCell(p.values[i] ?? '')))])
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
