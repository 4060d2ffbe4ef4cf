/**
 * A date in a list view, in Vietnam's time zone whatever the browser's:
 * dd/mm/yyyy HH:mm (24 h), or dd/mm/yyyy for a field without a time. Payload's
 * own cell formats in the browser's zone (or the row's `_tz` column, which
 * createdAt and updatedAt do not have), so the same list read differently in a
 * UTC browser. Rendered on the server: nothing of the browser takes part.
 */
import type { DefaultServerCellComponentProps } from 'payload'

import { formatDate, formatDateTime } from '@portal/shared/format'

export function VietnamDateCell({ cellData, field }: DefaultServerCellComponentProps) {
  if (typeof cellData !== 'string' && !(cellData instanceof Date)) return null
  if (Number.isNaN(new Date(cellData).getTime())) return null
  const dayOnly = field.type === 'date' && field.admin?.date?.pickerAppearance === 'dayOnly'
  const text = dayOnly ? formatDate(cellData) : formatDateTime(cellData)
  return <time dateTime={new Date(cellData).toISOString()}>{text}</time>
}
