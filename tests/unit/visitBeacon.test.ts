import { describe, expect, it } from 'vitest'

import { firstMessage } from '../../site/src/lib/http/validation'
import { beaconSchema } from '../../site/src/lib/visitBeacon'
import { isVietnamese } from './helpers/vietnamese'

describe('the beacon schema', () => {
  it('takes {} or an article id in the database\'s type', () => {
    expect(beaconSchema('number').safeParse({}).success).toBe(true)
    expect(beaconSchema('number').safeParse({ bai: 12 }).success).toBe(true)
    expect(beaconSchema('number').safeParse({ bai: '12' }).success).toBe(true)
    expect(beaconSchema('text').safeParse({ bai: '507f1f77bcf86cd799439011' }).success).toBe(true)
  })

  it.each([
    ['number', { bai: true }, 'Mã bài viết'],
    ['number', { bai: { $gt: 0 } }, 'Mã bài viết'],
    ['number', { bai: -3 }, 'Mã bài viết'],
    ['number', { bai: 1.5 }, 'Mã bài viết'],
    ['number', { bai: '1; DROP TABLE' }, 'Mã bài viết'],
    ['number', { bai: '507f1f77bcf86cd799439011' }, 'Mã bài viết'],
    ['text', { bai: 12 }, 'Mã bài viết'],
    ['number', [1, 2], 'đối tượng JSON'],
    ['number', null, 'đối tượng JSON'],
    ['number', 'bai', 'đối tượng JSON'],
    ['number', { bai: 1, views: 1000 }, 'không được hỗ trợ'],
  ] as const)('refuses on %s ids %j, saying why in Vietnamese', (idType, value, says) => {
    const result = beaconSchema(idType).safeParse(value)
    expect(result.success).toBe(false)
    const message = firstMessage(result.error!)
    expect(message).toContain(says)
    expect(isVietnamese(message)).toBe(true)
  })
})
