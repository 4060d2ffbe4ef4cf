import { FEEDBACK_STATUS_LABELS, normalisePhone, normaliseReferenceCode, validateFeedback, type FeedbackInput, type FeedbackStatus } from '@portal/shared'
import type { Payload } from 'payload'

import { consentErrors } from './consent'
import { dropOrphanAttachment, storeReaderAttachment, type UploadedFile } from './attachments'
import { EngagementError } from './errors'
import { limits } from './limits'
import { hashIp } from './secrets'
import { clockHour, takeAllowance } from './rateLimit'

export interface FeedbackSubmission {
  input: FeedbackInput
  /** The reader agreed to the processing of their personal data (engagement/consent.ts): without it nothing is stored. */
  consent: boolean
  file?: UploadedFile | null
  /** The sender's IP address: only its keyed hash is stored. */
  ip: string | null
  now?: Date
}

/**
 * Stores a reader's feedback and returns its reference code. The promise
 * resolves only once the item (and its attachment) is written, so the page
 * that shows the code shows it for something that is stored. Notifications
 * go out afterwards and cannot undo it.
 */
export async function submitFeedback(payload: Payload, { input, consent, file, ip, now = new Date() }: FeedbackSubmission): Promise<{ code: string; id: number | string }> {
  const ipHash = ip ? hashIp(payload.secret, ip) : null
  const attachment = file && file.size > 0 ? { name: file.name, type: file.mimetype, size: file.size } : null
  const errors = { ...validateFeedback({ ...input, attachment }), ...consentErrors(consent) }
  if (Object.keys(errors).length) throw new EngagementError(400, 'invalid-feedback', 'Vui lòng sửa các lỗi trong biểu mẫu.', errors)

  if (ipHash && !(await takeAllowance(payload, `feedback|${ipHash}`, clockHour(now), limits.feedbackPerIpHour()))) {
    throw new EngagementError(429, 'feedback-ip-limit', 'Bạn đã gửi nhiều ý kiến trong một giờ qua. Vui lòng thử lại sau ít phút, hoặc gửi qua thư điện tử.')
  }

  const attachmentId = file && attachment ? await storeReaderAttachment(payload, file) : null
  try {
    const email = input.email.trim()
    const phone = normalisePhone(input.phone.trim())
    const doc = await payload.create({
      collection: 'feedback',
      data: {
        name: input.name.trim(),
        email: email || null,
        phone: phone || null,
        subject: input.subject.trim(),
        message: input.message.trim(),
        attachment: attachmentId as number | null,
        status: 'new',
        consentedAt: now.toISOString(),
        ipHash,
      },
      overrideAccess: true,
      depth: 0,
    })
    return { code: doc.code!, id: doc.id }
  } catch (error) {
    await dropOrphanAttachment(payload, attachmentId)
    throw error
  }
}

/** What a reader with the code may see: never the sender's name or contact details. */
export interface FeedbackStatusView {
  code: string
  subject: string
  status: FeedbackStatus
  statusLabel: string
  receivedAt: string
  answer: string | null
  answeredAt: string | null
}

/** The status (and answer) of the item with this reference code, or null when there is none. */
export async function feedbackByCode(payload: Payload, rawCode: unknown): Promise<FeedbackStatusView | null> {
  const code = normaliseReferenceCode(rawCode)
  if (!code) return null
  const { docs } = await payload.find({
    collection: 'feedback',
    where: { code: { equals: code } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { code: true, subject: true, status: true, createdAt: true, answer: true, answeredAt: true },
  })
  const doc = docs[0]
  if (!doc) return null
  const status = (doc.status ?? 'new') as FeedbackStatus
  return {
    code: doc.code!,
    subject: doc.subject,
    status,
    statusLabel: FEEDBACK_STATUS_LABELS[status],
    receivedAt: doc.createdAt,
    answer: status === 'answered' ? (doc.answer ?? null) : null,
    answeredAt: status === 'answered' ? (doc.answeredAt ?? null) : null,
  }
}

/** A published question and answer of the Q&A page (Hỏi đáp): no sender, no contact details. */
export interface PublishedAnswer {
  id: number | string
  subject: string
  question: string
  answer: string
  answeredAt: string | null
}

/** Answered items the editors chose to publish, newest answer first. */
export async function publishedAnswers(payload: Payload, { page = 1, limit = 10 } = {}) {
  const result = await payload.find({
    collection: 'feedback',
    where: { and: [{ status: { equals: 'answered' } }, { publishOnQA: { equals: true } }] },
    sort: '-answeredAt',
    page: Math.max(1, Math.floor(page) || 1),
    limit,
    depth: 0,
    overrideAccess: true,
    // Only what the page shows is even read: the contact fields never leave the database here.
    select: { subject: true, message: true, publicQuestion: true, answer: true, answeredAt: true },
  })
  const docs: PublishedAnswer[] = result.docs.map((doc) => ({
    id: doc.id,
    subject: doc.subject,
    question: doc.publicQuestion?.trim() || doc.message,
    answer: doc.answer ?? '',
    answeredAt: doc.answeredAt ?? null,
  }))
  return { docs, totalDocs: result.totalDocs, page: result.page ?? 1, totalPages: result.totalPages, limit: result.limit }
}
