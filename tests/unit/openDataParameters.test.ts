import { describe, expect, it } from 'vitest'

import { DEFAULT_OPEN_DATA_LICENCE, openDataLicence } from '../../shared/src/openDataLicence'
import { partialDateToIso } from '../../shared/src/partialDate'
import { checkPageInRange, checkParameterNames, DEFAULT_LIMIT, MAX_LIMIT, readPaging } from '../../site/src/lib/openData/paging'
import { OpenDataRefusal } from '../../site/src/lib/openData/refusal'

const url = (query: string) => new URL(`http://localhost/du-lieu-mo/bang-vang.json${query}`)

function refusal(run: () => unknown): OpenDataRefusal {
  try {
    run()
  } catch (error) {
    if (error instanceof OpenDataRefusal) return error
    throw error
  }
  throw new Error('not refused')
}

describe('open-data paging and parameters, read strictly', () => {
  it('pages from 1, DEFAULT_LIMIT records unless asked, at most MAX_LIMIT', () => {
    expect(readPaging(url(''))).toEqual({ page: 1, limit: DEFAULT_LIMIT })
    expect(readPaging(url('?trang=3&so-dong=250'))).toEqual({ page: 3, limit: 250 })
    expect(readPaging(url(`?so-dong=${MAX_LIMIT}`)).limit).toBe(MAX_LIMIT)
    expect(readPaging(url('?trang=&so-dong='))).toEqual({ page: 1, limit: DEFAULT_LIMIT })
  })

  it.each(['?trang=0', '?trang=-1', '?trang=1.5', '?trang=abc', '?trang=100000', `?so-dong=${MAX_LIMIT + 1}`, '?so-dong=0', '?so-dong=1e3', '?so-dong=0x10'])(
    '%s is a 400 with a stable code and a Vietnamese sentence',
    (query) => {
      const error = refusal(() => readPaging(url(query)))
      expect(error.status).toBe(400)
      expect(error.code).toBe('invalid_parameter')
      expect(error.message).toMatch(/phải là số nguyên/)
      expect(error.logLine).toMatch(/^parameter '(trang|so-dong)'/)
    },
  )

  it('refuses unknown and repeated parameters, naming only the parameter in the log', () => {
    expect(() => checkParameterNames(url('?nam=2023&q=an'), ['nam', 'q'])).not.toThrow()
    const unknown = refusal(() => checkParameterNames(url('?nam=2023&year=2023'), ['nam', 'q']))
    expect([unknown.status, unknown.code]).toEqual([400, 'unknown_parameter'])
    expect(unknown.message).toContain('nam, q')
    const repeated = refusal(() => checkParameterNames(url('?nam=2023&nam=2024'), ['nam']))
    expect(repeated.code).toBe('repeated_parameter')
    expect(refusal(() => checkParameterNames(url('?trang=1'), [])).message).toContain('không nhận tham số')
    // Values never reach the log: they may be people's names.
    expect(refusal(() => checkParameterNames(url('?Nguyen%20Van%20A=1'), ['q'])).logLine).not.toContain('Nguyen')
  })

  it('refuses a page past the last (the site shows page 1 there; a program would loop)', () => {
    expect(() => checkPageInRange(1, { page: 1, totalPages: 0 })).not.toThrow()
    expect(() => checkPageInRange(3, { page: 3, totalPages: 3 })).not.toThrow()
    const past = refusal(() => checkPageInRange(4, { page: 1, totalPages: 3 }))
    expect([past.status, past.code]).toEqual([400, 'page_out_of_range'])
    expect(past.message).toBe('Trang 4 không có: kết quả có 3 trang.')
  })
})

describe('the open-data licence', () => {
  it('is CC BY 4.0 until the agency names one, then theirs (an address only if given)', () => {
    expect(openDataLicence(null)).toEqual(DEFAULT_OPEN_DATA_LICENCE)
    expect(openDataLicence({ licenceName: '  ', licenceUrl: 'https://example.gov.vn/x' })).toEqual(DEFAULT_OPEN_DATA_LICENCE)
    expect(openDataLicence({ licenceName: 'Giấy phép của Sở', licenceUrl: null })).toEqual({ name: 'Giấy phép của Sở', url: null })
    expect(openDataLicence({ licenceName: 'Giấy phép của Sở', licenceUrl: ' https://example.gov.vn/gp ' })).toEqual({ name: 'Giấy phép của Sở', url: 'https://example.gov.vn/gp' })
  })
})

describe('partial dates in ISO 8601', () => {
  it('keeps only what the document states', () => {
    expect(partialDateToIso({ year: 2022, month: 2, day: 8 })).toBe('2022-02-08')
    expect(partialDateToIso({ year: 2022, month: 8, day: null })).toBe('2022-08')
    expect(partialDateToIso({ year: 2022 })).toBe('2022')
  })
})
