import { describe, expect, it } from 'vitest'

import { passwordProblem } from '@portal/shared'

import { weakSecretProblem } from '../../cms/src/env/secret'

describe('the password rule', () => {
  it.each(['mùa xuân trên đỉnh Lũng Cú', 'a-long-test-password-123', 'Tr4ng-Đồng-Đông-Sơn'])('accepts %j', (password) => expect(passwordProblem(password)).toBeNull())

  it.each([
    ['', /nhập mật khẩu/],
    ['ngan-qua', /ít nhất 12/],
    ['123456789012', /phổ biến/],
    ['Mật Khẩu 123456', /phổ biến/],
    ['aaaaaaaaaaaaaaaa', /phổ biến/],
    ['x'.repeat(201), /dài quá/],
  ])('refuses %j', (password, message) => expect(passwordProblem(password)).toMatch(message))

  it('refuses a password made of the e-mail or the name', () => {
    expect(passwordProblem('nguyenvanan-2026', { email: 'nguyenvanan@example.vn' })).toMatch(/thư điện tử hoặc họ tên/)
    expect(passwordProblem('Nguyễn Văn An 1990!', { name: 'Nguyễn Văn An' })).toMatch(/thư điện tử hoặc họ tên/)
  })
})

describe('a configured secret', () => {
  it.each([
    ['short', 'too-short'],
    ['a placeholder', 'change-me-to-a-long-random-secret-value-please'],
    ['a placeholder', 'your-secret-here-your-secret-here-0000'],
    ['low-entropy', 'ab'.repeat(20)],
  ])('is refused when %s', (_what, secret) => expect(weakSecretProblem(secret)).not.toBeNull())

  it('is accepted when random', () => expect(weakSecretProblem('kQ7vR2mX9pL4wT8zN3bH6jF1dS5gY0cV-tests-only')).toBeNull())
})
