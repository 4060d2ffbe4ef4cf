import type { z } from 'zod'

/** The first message of a failed schema parse: the schemas write them in Vietnamese. */
export function firstMessage(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'Dữ liệu không hợp lệ.'
}
