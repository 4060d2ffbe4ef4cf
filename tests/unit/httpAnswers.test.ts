import { afterEach, describe, expect, it, vi } from 'vitest'

import { EngagementError } from '@portal/cms/engagement'

import { jsonEndpoint, methodNotAllowed, pageRefusal, SERVER_FAULT_MESSAGE } from '../../site/src/lib/http/answers'
import { BadRequest } from '../../site/src/lib/http/refusal'
import { isVietnamese } from './helpers/vietnamese'

afterEach(() => vi.restoreAllMocks())

describe('answers', () => {
  it('a refusal from reading the request keeps its status, sentence and headers', async () => {
    const response = await jsonEndpoint('test', async () => {
      throw new BadRequest(413, 'Dữ liệu gửi lên quá lớn (tối đa 2 KB).', { Connection: 'close' })
    })
    expect(response.status).toBe(413)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('connection')).toBe('close')
    expect(await response.json()).toEqual({ error: 'Dữ liệu gửi lên quá lớn (tối đa 2 KB).' })
  })

  it('a rule\'s refusal keeps its per-field messages', async () => {
    const response = await jsonEndpoint('test', async () => {
      throw new EngagementError(422, 'invalid', 'Vui lòng sửa các lỗi.', { email: 'Thư điện tử không hợp lệ.' })
    })
    expect(response.status).toBe(422)
    expect(await response.json()).toEqual({ error: 'Vui lòng sửa các lỗi.', fields: { email: 'Thư điện tử không hợp lệ.' } })
  })

  it('anything else is ours: logged in English, answered 500 in Vietnamese without details', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const response = await jsonEndpoint('the test endpoint', async () => {
      throw new Error('SQLITE_BUSY: database is locked')
    })
    expect(response.status).toBe(500)
    const body = await response.json()
    expect(body).toEqual({ error: SERVER_FAULT_MESSAGE })
    expect(isVietnamese(body.error)).toBe(true)
    expect(logged).toHaveBeenCalledOnce()
    expect(String(logged.mock.calls[0]![0])).toContain('the test endpoint')
  })

  it('a form page shows the reader\'s refusal and rethrows our faults', () => {
    expect(pageRefusal(new BadRequest(415, 'Chỉ nhận dữ liệu gửi từ biểu mẫu của trang.'))).toEqual({ status: 415, message: 'Chỉ nhận dữ liệu gửi từ biểu mẫu của trang.' })
    const ours = new Error('boom')
    expect(() => pageRefusal(ours)).toThrow(ours)
  })

  it('405 says which methods are allowed', async () => {
    const response = methodNotAllowed('GET, POST')
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, POST')
    expect(isVietnamese((await response.json()).error)).toBe(true)
  })
})
