import { describe, expect, it } from 'vitest'

import { applyMappingOverrides, findHeader, matchHeader } from '../../shared/src/honourRollColumns'
import { awardKey, checkRows, looseKey, type RowCheckContext } from '../../shared/src/honourRollRows'
import { escapeSpreadsheetCell, toCsv } from '../../shared/src/spreadsheetCells'
import { compareByGivenName, sortByGivenName } from '../../shared/src/vietnameseCollation'

describe('matchHeader', () => {
  it.each([
    ['STT', 'lineNumber'], ['Số TT', 'lineNumber'], ['HỌ VÀ TÊN', 'recipientName'], ['Họ  tên', 'recipientName'], ['ho va ten'.normalize('NFD'), 'recipientName'],
    ['Tên cá nhân / tập thể', 'recipientName'], ['Chức vụ', 'position'], ['Chức danh', 'position'], ['Đơn vị công tác', 'unitName'], ['Cơ quan, đơn vị', 'unitName'],
    ['Danh hiệu / Hình thức khen thưởng', 'awardType'], ['Hình thức khen thưởng', 'awardType'], ['Năm', 'year'], ['Năm thành tích', 'year'], ['Ghi chú', 'citation'],
    ['Ngày sinh', 'birthDate'], ['Năm sinh', 'birthDate'], ['Ngày, tháng, năm sinh', 'birthDate'], ['Số CMND/CCCD', 'idNumber'], ['Căn cước công dân', 'idNumber'],
    ['Địa chỉ', 'address'], ['Quê quán', 'address'], ['Số điện thoại', 'phone'], ['SĐT', 'phone'], ['Đối tượng', 'recipientKind'],
  ])('"%s" → %s', (header, target) => expect(matchHeader(header)).toBe(target))

  it('names nothing for unknown headers', () => expect(matchHeader('Chữ ký')).toBeNull())
})

const TITLE_BLOCK = [
  ['UBND TỈNH KON TUM', '', '', ''],
  ['SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', '', '', ''],
  ['', '', '', ''],
  ['DANH SÁCH CÁ NHÂN ĐẠT DANH HIỆU LAO ĐỘNG TIÊN TIẾN NĂM 2024', 'DANH SÁCH CÁ NHÂN ĐẠT DANH HIỆU LAO ĐỘNG TIÊN TIẾN NĂM 2024', '', ''],
  ['(Kèm theo Quyết định số 15/QĐ-SLĐTBXH ngày 10/01/2025)', '', '', ''],
]

describe('findHeader', () => {
  it('skips a title block above the header row', () => {
    const rows = [...TITLE_BLOCK, ['STT', 'Họ và tên', 'Ngày sinh', 'Danh hiệu'], ['1', 'Nguyễn Văn An', '01/01/1980', 'Lao động tiên tiến']]
    const mapping = findHeader(rows)!
    expect(mapping.headerRow).toBe(5)
    expect(mapping.columns.map((c) => c.target)).toEqual(['lineNumber', 'recipientName', 'birthDate', 'awardType'])
  })

  it('finds nothing in a file with only a title block', () => expect(findHeader(TITLE_BLOCK)).toBeNull())

  it('lets the officer change the mapping', () => {
    const mapping = findHeader([['Họ và tên', 'Cột lạ', 'Danh hiệu']])!
    expect(applyMappingOverrides(mapping, { '1': 'position' }).columns[1]!.target).toBe('position')
  })
})

describe('looseKey', () => {
  it('matches award names written differently', () => {
    expect(looseKey('Bằng khen UBND tỉnh')).toBe(looseKey('Bằng khen của Chủ tịch UBND tỉnh'))
    expect(looseKey('BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH')).toBe(looseKey('Bằng khen của Chủ tịch UBND tỉnh'))
    expect(looseKey('Danh hiệu Chiến sĩ thi đua cơ sở')).toBe(looseKey('Chiến sĩ thi đua cơ sở'))
    expect(looseKey('Lao động tiên tiến')).not.toBe(looseKey('Tập thể lao động tiên tiến'))
  })
})

const types = [
  { id: 1, name: 'Lao động tiên tiến', recipientKinds: ['individual' as const] },
  { id: 2, name: 'Tập thể lao động xuất sắc', recipientKinds: ['collective' as const] },
  { id: 3, name: 'Bằng khen của Chủ tịch UBND tỉnh', recipientKinds: ['individual' as const, 'collective' as const, 'household' as const] },
]
const units = [{ id: 10, name: 'Văn phòng Sở' }, { id: 11, name: 'Phòng Người có công' }]
const context = (over: Partial<RowCheckContext> = {}): RowCheckContext => ({ awardTypes: types, units, defaultYear: 2024, maxYear: 2026, stored: new Map(), decision: 99, ...over })
const HEADER = ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Danh hiệu', 'Năm', 'Số CCCD']

function check(rows: string[][], over?: Partial<RowCheckContext>) {
  const all = [...TITLE_BLOCK, HEADER, ...rows]
  return checkRows(all, findHeader(all)!, context(over))
}

describe('checkRows', () => {
  it('reads good rows, normalised, with personal columns dropped and noted', () => {
    const result = check([
      ['1', '  Nguyễn   Văn An ', 'Chuyên viên', 'văn phòng sở', 'Lao động tiên tiến', '2024', '001234567890'],
      ['2', 'Đỗ Thị Hương'.normalize('NFD'), '', '', 'Bằng khen UBND tỉnh', 'Năm 2023', ''],
      ['', '', '', '', '', '', ''],
      ['3', 'Phòng Người có công', '', 'Phòng Người có công', 'Tập thể lao động xuất sắc', '2024', ''],
    ])
    expect(result.problems).toEqual([])
    expect(result.rows).toHaveLength(3)
    expect(result.rows[0]).toMatchObject({ line: 7, lineNumber: 1, recipientName: 'Nguyễn Văn An', unit: 10, awardType: 1, year: 2024, recipientKind: 'individual' })
    expect(result.rows[1]).toMatchObject({ recipientName: 'Đỗ Thị Hương', awardType: 3, year: 2023, recipientKind: 'individual' })
    expect(result.rows[2]).toMatchObject({ recipientKind: 'collective', unit: 11 })
    expect(JSON.stringify(result.rows)).not.toContain('001234567890')
    expect(result.droppedColumns.join()).toContain('CCCD')
    expect(result.notes.join(' ')).toMatch(/thông tin cá nhân/)
  })

  it('explains every kind of bad row with its line number', () => {
    const stored = new Map([[awardKey('Trần Văn Cũ', 10, 1, 2024), { decision: 7, decisionNumber: '01/QĐ-UBND' }]])
    const result = check(
      [
        ['1', '', 'Chuyên viên', '', 'Lao động tiên tiến', '2024', ''],
        ['2', 'Lê Văn Bình', '', '', 'Huân chương Sao Hỏa', '2024', ''],
        ['3', 'Lê Văn Chung', '', '', 'Tập thể lao động xuất sắc', '2024', ''],
        ['4', 'Lê Văn Dũng', '', '', 'Lao động tiên tiến', '1900', ''],
        ['5', 'Lê Văn Em', '', '', 'Lao động tiên tiến', 'hai nghìn', ''],
        ['6', 'Lê Văn Giang', '', 'Sở Không Có', 'Lao động tiên tiến', '2024', ''],
        ['7', 'Lê Văn Hải', '', '', 'Lao động tiên tiến', '2024', ''],
        ['8', 'lê văn hải', '', '', 'Lao động tiên tiến', '2024', ''],
        ['9', 'Trần Văn Cũ', '', 'Văn phòng Sở', 'Lao động tiên tiến', '2024', ''],
        ['10', '=HYPERLINK("http://x.example","bấm")', '', '', 'Lao động tiên tiến', '2024', ''],
        ['11', 'Lê Văn Khoa', '=cmd|\' /C calc\'!A0', '', 'Lao động tiên tiến', '2024', ''],
        ['12', '12345', '', '', 'Lao động tiên tiến', '2024', ''],
      ],
      { defaultYear: null, stored },
    )
    const byLine = Object.fromEntries(result.problems.map((p) => [p.line, p.reason]))
    expect(result.rows.map((r) => r.recipientName)).toEqual(['Lê Văn Hải'])
    expect(byLine[7]).toMatch(/Thiếu họ và tên/)
    expect(byLine[8]).toMatch(/không có trong danh mục/)
    expect(byLine[9]).toMatch(/không dành cho cá nhân/)
    expect(byLine[10]).toMatch(/ngoài khoảng 1945–2026/)
    expect(byLine[11]).toMatch(/Năm "hai nghìn" không hợp lệ/)
    expect(byLine[12]).toMatch(/Đơn vị "Sở Không Có" chưa có trong danh mục/)
    expect(byLine[14]).toMatch(/Trùng với dòng 13/)
    expect(byLine[15]).toMatch(/Đã có trong bảng vàng theo Quyết định 01\/QĐ-UBND/)
    expect(byLine[16]).toMatch(/công thức/)
    expect(byLine[17]).toMatch(/công thức/)
    expect(byLine[18]).toMatch(/không có chữ cái/)
    expect(result.problems).toHaveLength(11)
  })

  it('counts rows already stored under the same decision as imported, not as errors (re-import)', () => {
    const stored = new Map([[awardKey('Nguyễn Văn An', null, 1, 2024), { decision: 99 }]])
    const result = check([['1', 'Nguyễn Văn An', '', '', 'Lao động tiên tiến', '2024', '']], { stored })
    expect(result).toMatchObject({ rows: [], problems: [], alreadyStored: 1 })
  })

  it('takes the award and the kind from group headings when the list has no such column', () => {
    const rows = [
      ['STT', 'Họ và tên', 'Chức vụ'],
      ['I. TẬP THỂ - Bằng khen của Chủ tịch UBND tỉnh', 'I. TẬP THỂ - Bằng khen của Chủ tịch UBND tỉnh', 'I. TẬP THỂ - Bằng khen của Chủ tịch UBND tỉnh'],
      ['1', 'Ban Tổ chức', ''],
      ['II. CÁ NHÂN', '', ''],
      ['1', 'Nguyễn Văn An', 'Chuyên viên'],
      ['Danh sách này có 2 tập thể, cá nhân', '', ''],
    ]
    const result = checkRows(rows, findHeader(rows)!, context())
    expect(result.problems).toEqual([])
    expect(result.rows.map((r) => [r.recipientName, r.recipientKind, r.awardType])).toEqual([
      ['Ban Tổ chức', 'collective', 3],
      ['Nguyễn Văn An', 'individual', 3],
    ])
  })
})

describe('Vietnamese order by given name', () => {
  it('puts Đ after D and sorts by the given name first', () => {
    expect(['Nguyễn Văn Đức', 'Trần Thị Dung', 'Lê Văn Em', 'Phạm Thị An'].sort(compareByGivenName)).toEqual(['Phạm Thị An', 'Trần Thị Dung', 'Nguyễn Văn Đức', 'Lê Văn Em'])
    // Family names only break ties: "Đặng", "Đỗ" no longer come after "Nguyễn".
    expect(['Nguyễn Văn An', 'Đỗ Văn An', 'Đặng Văn An', 'Dương Văn An'].sort(compareByGivenName)).toEqual(['Dương Văn An', 'Đặng Văn An', 'Đỗ Văn An', 'Nguyễn Văn An'])
    expect(compareByGivenName('Lê Thị Ánh'.normalize('NFD'), 'Lê Thị Ánh')).toBe(0)
  })

  it('lists collectives before people, each in order', () => {
    const list = [{ n: 'Nguyễn Văn Bình', p: true }, { n: 'Phòng Tổ chức', p: false }, { n: 'Lê Văn An', p: true }, { n: 'Ban Giám đốc', p: false }]
    expect(sortByGivenName(list, (x) => x.n, (x) => x.p).map((x) => x.n)).toEqual(['Ban Giám đốc', 'Phòng Tổ chức', 'Lê Văn An', 'Nguyễn Văn Bình'])
  })
})

describe('spreadsheet cells (CSV injection)', () => {
  it.each([['=HYPERLINK("http://x","y")'], ['+1+2'], ['-2+3'], ['@SUM(A1)'], ['\t=1']])('escapes %s', (v) => expect(escapeSpreadsheetCell(v)).toBe(`'${v}`))
  it('keeps ordinary text and numbers', () => {
    expect(escapeSpreadsheetCell('Nguyễn Văn An')).toBe('Nguyễn Văn An')
    expect(escapeSpreadsheetCell(2024)).toBe(2024)
  })
  it('writes CSV with a BOM, quotes and CRLF', () => {
    expect(toCsv([['Họ và tên', 'Ghi chú'], ['Lê "An"', '=1+1'], ['a,b', null]])).toBe('\ufeffHọ và tên,Ghi chú\r\n"Lê ""An""",\'=1+1\r\n"a,b",\r\n')
  })
})
