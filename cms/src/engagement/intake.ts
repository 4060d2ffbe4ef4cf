import { normalisePhone } from '@portal/shared'
import type { Payload } from 'payload'

import { dropOrphanAttachment, storeReaderAttachment, type UploadedFile } from './attachments'
import { EngagementError } from './errors'
import { limits } from './limits'
import { clockHour, takeAllowance } from './rateLimit'
import { hashIp } from './secrets'

/** The fields every reader item stores the same way, ready for the collection's create. */
export interface ReaderRecord {
  name: string
  email: string | null
  phone: string | null
  attachment: number | null
  ipHash: string | null
  /** When the reader gave consent: the time of the submission (a form without it never gets here). */
  consentedAt: string
}

export interface ReaderIntake {
  name: string
  email: string
  phone: string
  file?: UploadedFile | null
  /** Per-field problems found by the form's rules, consent included: any of them means nothing is stored. */
  errors: Record<string, string | undefined>
  /** Names the hourly allowance per address this kind of item counts against, and the refusals' codes. */
  kind: { allowance: string; invalidCode: string; limitCode: string; limitMessage: string }
  /** The sender's IP address: only its keyed hash is stored. */
  ip: string | null
  now: Date
  /** Writes the item with the shared fields and its own; the collection's hooks give it its reference code. */
  store: (record: ReaderRecord) => Promise<{ code?: string | null; id: number | string }>
}

/**
 * What every reader form does between the rules and the database: refuse
 * (400) on any per-field problem, count the submission against the address's
 * hourly allowance (429), store the file, then the item; a file whose item
 * could not be stored is removed again. Resolves once both are written, so the
 * page that shows the code shows it for something stored.
 */
export async function takeReaderItem(payload: Payload, intake: ReaderIntake): Promise<{ code: string; id: number | string }> {
  const { kind, file, now } = intake
  const errors = Object.fromEntries(Object.entries(intake.errors).filter((entry): entry is [string, string] => Boolean(entry[1])))
  if (Object.keys(errors).length) throw new EngagementError(400, kind.invalidCode, 'Vui lòng sửa các lỗi trong biểu mẫu.', errors)

  const ipHash = intake.ip ? hashIp(payload.secret, intake.ip) : null
  if (ipHash && !(await takeAllowance(payload, `${kind.allowance}|${ipHash}`, clockHour(now), limits.feedbackPerIpHour()))) {
    throw new EngagementError(429, kind.limitCode, kind.limitMessage)
  }

  const attachmentId = file && file.size > 0 ? ((await storeReaderAttachment(payload, file)) as number) : null
  try {
    const email = intake.email.trim()
    const phone = normalisePhone(intake.phone.trim())
    const doc = await intake.store({ name: intake.name.trim(), email: email || null, phone: phone || null, attachment: attachmentId, ipHash, consentedAt: now.toISOString() })
    return { code: doc.code!, id: doc.id }
  } catch (error) {
    await dropOrphanAttachment(payload, attachmentId)
    throw error
  }
}

/** The attachment as the form rules see it (name, type, size), or null when none was sent. */
export const attachmentFacts = (file: UploadedFile | null | undefined) => (file && file.size > 0 ? { name: file.name, type: file.mimetype, size: file.size } : null)
