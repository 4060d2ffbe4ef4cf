/**
 * One definition per published field: its stable English name, its type, what
 * it means (in Vietnamese, for /du-lieu-mo) and how it is read from a row. The
 * JSON records, the CSV columns and the documentation table all come from it,
 * so they cannot drift apart.
 */
export type FieldType = 'string' | 'integer' | 'boolean' | 'date' | 'datetime' | 'url'

export type Cell = string | number | boolean | null

export type OpenRecord = Record<string, Cell>

export interface FieldDoc {
  name: string
  type: FieldType
  nullable: boolean
  /** What the field holds, in Vietnamese. */
  description: string
}

export interface Column<T> extends FieldDoc {
  value: (row: T, base: URL) => Cell
}

export const column = <T>(name: string, type: FieldType, nullable: boolean, description: string, value: (row: T, base: URL) => Cell): Column<T> => ({
  name,
  type,
  nullable,
  description,
  value,
})

/** The Vietnamese name of a field type, as the documentation shows it. */
export const FIELD_TYPE_LABELS: Record<FieldType, string> = {
  string: 'chuỗi',
  integer: 'số nguyên',
  boolean: 'true/false',
  date: 'ngày (YYYY-MM-DD)',
  datetime: 'thời điểm (ISO 8601, UTC)',
  url: 'địa chỉ URL',
}

/** A table's definition: what to document, and how to turn a row into a record (keys in the columns' order). */
export function table<T>(columns: Column<T>[]) {
  return {
    fields: columns.map(({ name, type, nullable, description }): FieldDoc => ({ name, type, nullable, description })),
    record: (row: T, base: URL): OpenRecord => Object.fromEntries(columns.map((c) => [c.name, c.value(row, base)])),
  }
}

/** An absolute address on the site, for fields of type url. */
export const absolute = (path: string, base: URL) => new URL(path, base).href
