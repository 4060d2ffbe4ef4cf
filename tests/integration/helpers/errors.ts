import { expect } from 'vitest'

export interface CaughtError {
  name: string
  message: string
  status?: number
  data?: { errors?: Array<{ path?: string; message: string }> } & Record<string, unknown>
}

/** The error a promise rejects with; fails the test if it resolves. */
export async function rejection(promise: Promise<unknown>, what = 'operation'): Promise<CaughtError> {
  let result: unknown
  try {
    result = await promise
  } catch (error) {
    return error as CaughtError
  }
  expect.fail(`${what} should have been refused, but it succeeded: ${JSON.stringify(result)?.slice(0, 300)}`)
}

/** Refused by access control: Payload answers Forbidden (403), or NotFound (404) when the document is hidden from the user. */
export async function expectDenied(promise: Promise<unknown>, what?: string, statuses: number[] = [403]) {
  const error = await rejection(promise, what)
  expect(statuses, `${what}: ${error.name} ${error.status} ${error.message}`).toContain(error.status)
  return error
}

/** Vietnamese text: it has letters only Vietnamese uses (ă, ơ, ư, đ, or a tone mark on a vowel). */
export function isVietnamese(text: string): boolean {
  return /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i.test(text.normalize('NFC'))
}

/** All messages of a validation error: the top message and each field's. */
export function messagesOf(error: CaughtError): string[] {
  return [error.message, ...(error.data?.errors ?? []).map((e) => e.message)]
}
