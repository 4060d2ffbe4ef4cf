import { describe, expect, it } from 'vitest'

import { parseId } from '@portal/shared/ids'

describe('document ids (shared parseId)', () => {
  it.each([
    [1, 1],
    ['42', 42],
    [' 42 ', 42],
    [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    [String(Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER],
  ])('SQLite takes %j as %j', (raw, id) => {
    expect(parseId(raw, 'number')).toBe(id)
  })

  it.each([0, -3, 1.5, NaN, Infinity, Number.MAX_SAFE_INTEGER + 1, '0', '007', '-3', '+3', '1e3', '1.0', '0x10', '', 'abc', '1; DROP TABLE', '9007199254740993', '12345678901234567', true, null, undefined, {}, [1], '507f1f77bcf86cd799439011'])(
    'SQLite refuses %j',
    (raw) => {
      expect(parseId(raw, 'number')).toBeNull()
    },
  )

  it('MongoDB takes 24-hex ObjectIds, lower-cased', () => {
    expect(parseId('507f1f77bcf86cd799439011', 'text')).toBe('507f1f77bcf86cd799439011')
    expect(parseId('507F1F77BCF86CD799439011', 'text')).toBe('507f1f77bcf86cd799439011')
  })

  it.each([12, '12', '507f1f77bcf86cd79943901', '507f1f77bcf86cd7994390111', '507f1f77bcf86cd79943901g', 'abc', '', null, { $gt: '' }])('MongoDB refuses %j', (raw) => {
    expect(parseId(raw, 'text')).toBeNull()
  })
})
