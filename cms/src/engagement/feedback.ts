import { FEEDBACK_STATUS_LABELS, validateFeedback, type FeedbackInput, type FeedbackStatus } from '@portal/shared'
import type { Payload } from 'payload'

import { consentErrors } from './consent'
import type { UploadedFile } from './attachments'
import { attachmentFacts, takeReaderItem } from './intake'
import { findByCode, type CodeStatusView } from './lookups'

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
  return takeReaderItem(payload, {
    name: input.name,
    email: input.email,
    phone: input.phone,
    file,
    errors: { ...validateFeedback({ ...input, attachment: attachmentFacts(file) }), ...consentErrors(consent) },
    kind: {
      allowance: 'feedback',
      invalidCode: 'invalid-feedback',
      limitCode: 'feedback-ip-limit',
      limitMessage: 'Bạn đã gửi nhiều ý kiến trong một giờ qua. Vui lòng thử lại sau ít phút, hoặc gửi qua thư điện tử.',
    },
    ip,
    now,
    store: ({ consentedAt, ...reader }) =>
      payload.create({
        collection: 'feedback',
        data: { ...reader, subject: input.subject.trim(), message: input.message.trim(), status: 'new', consentedAt },
        overrideAccess: true,
        depth: 0,
      }),
  })
}

/** What a reader with the code may see: the subject they gave besides the status. */
export interface FeedbackStatusView extends CodeStatusView<FeedbackStatus> {
  subject: string
}

/** The status (and answer) of the item with this reference code, or null when there is none. */
export async function feedbackByCode(payload: Payload, rawCode: unknown): Promise<FeedbackStatusView | null> {
  const doc = await findByCode(payload, 'feedback', rawCode, { code: true, subject: true, status: true, createdAt: true, answer: true, answeredAt: true })
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
