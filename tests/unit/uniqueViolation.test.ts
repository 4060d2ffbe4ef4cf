import { ValidationError } from 'payload'
import { describe, expect, it } from 'vitest'

import { isUniqueViolation } from '@portal/cms/db'

/** A libsql refusal as drizzle wraps it (DrizzleQueryError with the driver's error as cause). */
function libsqlError(message: string, code: string) {
  const driver = Object.assign(new Error(message), { code, rawCode: 2067 })
  return Object.assign(new Error(`Failed query: insert into "visit_counters" ...`), { cause: driver })
}

/** What the adapters throw after converting the refusal (handleUpsertError / handleError in Payload 3.90.1). */
const payloadUnique = (path: string, message = 'Value must be unique') => new ValidationError({ collection: 'visit-counters', errors: [{ message, path }] })

describe('unique violations', () => {
  it('recognises what Payload throws for a duplicate on either adapter, in English or Vietnamese', () => {
    expect(isUniqueViolation(payloadUnique('key'))).toBe(true)
    expect(isUniqueViolation(payloadUnique('key'), 'key')).toBe(true)
    expect(isUniqueViolation(payloadUnique('voterKey', 'Lỗi - Giá trị không được trùng lặp.'), 'voterKey')).toBe(true)
    expect(isUniqueViolation(payloadUnique('key'), 'visitor')).toBe(false)
  })

  it('does not take a ValidationError for another reason for a duplicate', () => {
    const required = new ValidationError({ collection: 'visit-counters', errors: [{ message: 'This field is required.', path: 'key' }] })
    expect(isUniqueViolation(required)).toBe(false)
    expect(isUniqueViolation(required, 'key')).toBe(false)
    const custom = new ValidationError({ collection: 'ratings', errors: [{ message: 'Số sao phải là số nguyên từ 1 đến 5.', path: 'score' }] })
    expect(isUniqueViolation(custom, 'score')).toBe(false)
  })

  it('recognises the drivers\' own errors when they come unconverted', () => {
    expect(isUniqueViolation(libsqlError('SQLITE_CONSTRAINT_UNIQUE: UNIQUE constraint failed: visit_counters.key', 'SQLITE_CONSTRAINT_UNIQUE'), 'key')).toBe(true)
    expect(isUniqueViolation(libsqlError('SQLITE_CONSTRAINT_UNIQUE: UNIQUE constraint failed: ratings.voter_key', 'SQLITE_CONSTRAINT_UNIQUE'), 'voterKey')).toBe(true)
    expect(isUniqueViolation(libsqlError('SQLITE_CONSTRAINT_UNIQUE: UNIQUE constraint failed: ratings.voter_key', 'SQLITE_CONSTRAINT_UNIQUE'), 'key')).toBe(false)
    const mongo = Object.assign(new Error('E11000 duplicate key error collection: portal.visit-counters index: key_1 dup key: { key: "x" }'), { code: 11000, keyValue: { key: 'x' } })
    expect(isUniqueViolation(mongo, 'key')).toBe(true)
    expect(isUniqueViolation(mongo, 'visitor')).toBe(false)
    const mongoWithoutKeyValue = Object.assign(new Error('E11000 duplicate key error collection: portal.visit-presence index: visitor_1 dup key: { visitor: "x" }'), { code: 11000 })
    expect(isUniqueViolation(mongoWithoutKeyValue, 'visitor')).toBe(true)
  })

  it('does not take other constraint failures or faults for duplicates', () => {
    expect(isUniqueViolation(libsqlError('SQLITE_CONSTRAINT_FOREIGNKEY: FOREIGN KEY constraint failed', 'SQLITE_CONSTRAINT_FOREIGNKEY'))).toBe(false)
    expect(isUniqueViolation(libsqlError('SQLITE_CONSTRAINT_NOTNULL: NOT NULL constraint failed: visit_counters.key', 'SQLITE_CONSTRAINT_NOTNULL'))).toBe(false)
    expect(isUniqueViolation(libsqlError('SQLITE_BUSY: database is locked', 'SQLITE_BUSY'))).toBe(false)
    expect(isUniqueViolation(new Error('connection refused'))).toBe(false)
    expect(isUniqueViolation(null)).toBe(false)
    expect(isUniqueViolation('E11000')).toBe(false)
  })
})
