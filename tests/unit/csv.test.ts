import { describe, expect, it } from 'vitest'

import { csvCell, csvDocument } from '@portal/shared'

describe('CSV for spreadsheets', () => {
  it('quotes every cell and doubles quotes', () => {
    expect(csvCell('Nguyễn "Văn" A')).toBe('"Nguyễn ""Văn"" A"')
    expect(csvCell(null)).toBe('""')
    expect(csvCell(12)).toBe('"12"')
  })

  it('neutralises cells a spreadsheet would read as a formula, but not numbers', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}SUM(A1:A9)`)).toBe(`"'${start}SUM(A1:A9)"`)
    expect(csvCell(-3)).toBe('"-3"')
    expect(csvCell('Ông A = tấm gương')).toBe('"Ông A = tấm gương"')
  })

  it('starts with a byte-order mark and ends lines with CRLF', () => {
    const text = csvDocument([
      ['STT', 'Tên'],
      [1, 'Trần Thị B\nđơn vị X'],
    ])
    expect(text).toBe('\uFEFF"STT","Tên"\r\n"1","Trần Thị B\nđơn vị X"\r\n')
  })
})
