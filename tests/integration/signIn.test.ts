import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isVietnamese, messagesOf, rejection } from './helpers/errors'
import { makeUser, startPortal, type TestPortal } from './helpers/payload'

let portal: TestPortal
let payload: Payload

beforeAll(async () => {
  portal = await startPortal()
  payload = portal.payload
  await makeUser(payload, 'admin')
})
afterAll(async () => portal?.close())

const PASSWORD = 'a-long-test-password-123'
const signIn = (email: string, password: string) => payload.login({ collection: 'users', data: { email, password } })

describe('sign-in cannot be used to lock an account', () => {
  it('twenty wrong passwords later, the owner still signs in (limits apply per address, see tests/e2e/publicSurface)', async () => {
    const user = await makeUser(payload, 'editor', 'khong-bi-khoa')
    for (let i = 0; i < 20; i++) await rejection(signIn(user.email, `doan-sai-${i}`), `wrong password #${i + 1}`)
    const { token, user: signedIn } = await signIn(user.email, PASSWORD)
    expect(token).toBeTruthy()
    expect(signedIn?.id).toBe(user.id)
  })

  it('an unknown address gets the same refusal as a wrong password', async () => {
    const user = await makeUser(payload, 'staff', 'cung-cau-tra-loi')
    const known = await rejection(signIn(user.email, 'sai-mat-khau-roi'))
    const unknown = await rejection(signIn('chua-co-tai-khoan@example.vn', 'sai-mat-khau-roi'))
    expect(unknown.name).toBe(known.name)
    expect(unknown.status).toBe(known.status)
    expect(unknown.message).toBe(known.message)
  })
})

describe('password reset', () => {
  it('stores the token hashed; the mailed token resets once', async () => {
    const user = await makeUser(payload, 'staff', 'dat-lai')
    const token = await payload.forgotPassword({ collection: 'users', data: { email: user.email }, disableEmail: true })
    expect(typeof token).toBe('string')
    const stored = await payload.db.findOne<{ id: number | string; resetPasswordToken?: string }>({ collection: 'users', where: { id: { equals: user.id } } })
    expect(stored?.resetPasswordToken).toBeTruthy()
    expect(stored?.resetPasswordToken).not.toContain(token as string)
    expect(stored?.resetPasswordToken).toMatch(/^sha256:[0-9a-f]{64}$/)
    // The stored value itself is not a token: a copy of the database does not open the account.
    await rejection(payload.resetPassword({ collection: 'users', data: { token: stored!.resetPasswordToken!, password: 'mot-mat-khau-moi-dai' }, overrideAccess: true }))
    await payload.resetPassword({ collection: 'users', data: { token: token as string, password: 'mot-mat-khau-moi-dai' }, overrideAccess: true })
    expect((await signIn(user.email, 'mot-mat-khau-moi-dai')).token).toBeTruthy()
    await rejection(payload.resetPassword({ collection: 'users', data: { token: token as string, password: 'mat-khau-lan-hai-dai' }, overrideAccess: true }))
  })

  it('refuses a weak new password in Vietnamese and keeps the old one', async () => {
    const user = await makeUser(payload, 'staff', 'mat-khau-yeu')
    const token = await payload.forgotPassword({ collection: 'users', data: { email: user.email }, disableEmail: true })
    const error = await rejection(payload.resetPassword({ collection: 'users', data: { token: token as string, password: '123456789012' }, overrideAccess: true }))
    expect(messagesOf(error).some((m) => isVietnamese(m) && /phổ biến/.test(m))).toBe(true)
    expect((await signIn(user.email, PASSWORD)).token).toBeTruthy()
  })
})

describe('the password rule on accounts', () => {
  it('refuses a short or common password when an account is made or changed', async () => {
    const short = await rejection(payload.create({ collection: 'users', data: { email: 'ngan@example.vn', password: 'ngan-qua', name: 'Ngắn', role: 'staff' }, overrideAccess: true }))
    expect(messagesOf(short).join(' ')).toMatch(/ít nhất 12/)
    const user = await makeUser(payload, 'staff', 'doi-mat-khau')
    const common = await rejection(payload.update({ collection: 'users', id: user.id, data: { password: 'password1234' }, overrideAccess: true }))
    expect(messagesOf(common).join(' ')).toMatch(/phổ biến/)
    expect((await signIn(user.email, PASSWORD)).token).toBeTruthy()
  })
})
