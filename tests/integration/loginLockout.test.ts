import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { rejection } from './helpers/errors'
import { makeUser, startPortal, type TestPortal } from './helpers/payload'

let portal: TestPortal
let payload: Payload

beforeAll(async () => {
  portal = await startPortal()
  payload = portal.payload
})
afterAll(async () => portal?.close())

const PASSWORD = 'a-long-test-password-123'
const FIFTEEN_MINUTES = 15 * 60 * 1000

const signIn = (email: string, password: string) => payload.login({ collection: 'users', data: { email, password } })
const stateOf = async (id: number | string) => {
  const user = await payload.db.findOne<{ id: number | string; lockUntil?: string | null; loginAttempts?: number | null }>({ collection: 'users', where: { id: { equals: id } } })
  return { lockUntil: user?.lockUntil ? new Date(user.lockUntil).getTime() : null, loginAttempts: user?.loginAttempts ?? 0 }
}
async function failTimes(email: string, n: number) {
  for (let i = 0; i < n; i++) await rejection(signIn(email, `wrong-password-${i}`), `wrong password #${i + 1}`)
}

describe('sign-in lockout', () => {
  it('four failures do not lock: the right password still works and clears the count', async () => {
    const user = await makeUser(payload, 'staff', 'bon-lan-sai')
    await failTimes(user.email, 4)
    expect((await stateOf(user.id)).lockUntil).toBeNull()
    const { token } = await signIn(user.email, PASSWORD)
    expect(token).toBeTruthy()
    expect((await stateOf(user.id)).loginAttempts).toBe(0)
  })

  it('five failures lock the account for 15 minutes; the right password is refused meanwhile', async () => {
    const user = await makeUser(payload, 'editor', 'nam-lan-sai')
    const before = Date.now()
    await failTimes(user.email, 5)
    const { lockUntil } = await stateOf(user.id)
    expect(lockUntil).not.toBeNull()
    expect(lockUntil!).toBeGreaterThanOrEqual(before + FIFTEEN_MINUTES - 1000)
    expect(lockUntil!).toBeLessThanOrEqual(Date.now() + FIFTEEN_MINUTES + 1000)
    const locked = await rejection(signIn(user.email, PASSWORD), 'the right password while locked')
    expect(locked.name).toBe('LockedAuth')
    expect(locked.status).toBe(401)
    // Refusing the right password does not lift the lock.
    expect((await stateOf(user.id)).lockUntil).toBe(lockUntil)
  })

  it('once the 15 minutes have passed, the right password works again and the count starts over', async () => {
    const user = await makeUser(payload, 'author', 'het-han-khoa')
    await failTimes(user.email, 5)
    await rejection(signIn(user.email, PASSWORD), 'locked')
    // The window elapsed: move the lock into the past instead of waiting 15 minutes.
    await payload.db.updateOne({ collection: 'users', id: user.id, data: { lockUntil: new Date(Date.now() - 1000).toISOString() }, returning: false })
    const { token, user: signedIn } = await signIn(user.email, PASSWORD)
    expect(token).toBeTruthy()
    expect(signedIn?.id).toBe(user.id)
    const after = await stateOf(user.id)
    expect(after.loginAttempts).toBe(0)
    expect(after.lockUntil === null || after.lockUntil < Date.now()).toBe(true)
    // A single failure now does not lock again.
    await failTimes(user.email, 1)
    expect((await stateOf(user.id)).lockUntil ?? 0).toBeLessThan(Date.now())
    expect((await signIn(user.email, PASSWORD)).token).toBeTruthy()
  })

  it('a locked account is locked for everyone signing in as it, not for other accounts', async () => {
    const locked = await makeUser(payload, 'staff', 'bi-khoa')
    const other = await makeUser(payload, 'staff', 'khong-bi-khoa')
    await failTimes(locked.email, 5)
    expect((await rejection(signIn(locked.email, PASSWORD))).name).toBe('LockedAuth')
    expect((await signIn(other.email, PASSWORD)).token).toBeTruthy()
  })
})
