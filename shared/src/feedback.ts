/**
 * Validation of the reader feedback form (Tiếp nhận ý kiến): the reader form
 * rules (readerForm.ts) in this form's order, for the page, the CMS and tests.
 */
import { READER_LIMITS, readerAttachment, readerContact, readerFormErrors, readerName, textRule, type ReaderAttachment, type ReaderRule } from './readerForm'

export interface FeedbackInput {
  name: string
  email: string
  phone: string
  subject: string
  message: string
  attachment?: ReaderAttachment | null
}

export type FeedbackErrors = Partial<Record<keyof FeedbackInput | 'contact' | 'consent', string>>

export const FEEDBACK_LIMITS = {
  ...READER_LIMITS,
  subject: 200,
} as const

const FEEDBACK_RULES: readonly ReaderRule<FeedbackInput>[] = [
  readerName,
  readerContact,
  textRule('subject', { label: 'Tiêu đề', max: FEEDBACK_LIMITS.subject, missing: 'Vui lòng nhập tiêu đề.' }),
  textRule('message', { label: 'Nội dung', min: FEEDBACK_LIMITS.messageMin, max: FEEDBACK_LIMITS.message }),
  readerAttachment,
]

export function validateFeedback(input: FeedbackInput): FeedbackErrors {
  return readerFormErrors(input, FEEDBACK_RULES)
}

/** Where a feedback item stands in moderation, with the label readers and editors see. */
export const FEEDBACK_STATUSES = ['new', 'inProgress', 'answered', 'rejected'] as const
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number]

export const FEEDBACK_STATUS_LABELS: Record<FeedbackStatus, string> = {
  new: 'Mới tiếp nhận',
  inProgress: 'Đang xử lý',
  answered: 'Đã trả lời',
  rejected: 'Không tiếp nhận',
}
