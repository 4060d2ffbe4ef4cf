/**
 * Validation of the reader feedback form (Tiếp nhận ý kiến): one set of rules
 * and Vietnamese messages for the page, the endpoint that stores it, and tests.
 */
import { fileTypeByMime } from './fileTypes'

export interface FeedbackInput {
  name: string
  email: string
  phone: string
  subject: string
  message: string
  attachment?: { name: string; type: string; size: number } | null
}

export type FeedbackErrors = Partial<Record<keyof FeedbackInput | 'contact' | 'consent', string>>

/** What readers may attach: PDF, Word and photos (the file types table says how each is recognised). */
const ATTACHMENT_TYPES = ['application/pdf', 'application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'image/jpeg', 'image/png'].map((mime) => fileTypeByMime(mime)!)

export const FEEDBACK_LIMITS = {
  name: 100,
  subject: 200,
  messageMin: 10,
  message: 5000,
  attachmentBytes: 5 * 1024 * 1024,
  attachmentTypes: ATTACHMENT_TYPES.map((t) => t.mime),
  attachmentExtensions: ATTACHMENT_TYPES.flatMap((t) => t.extensions),
} as const

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/
/** Vietnamese numbers: 0xxxxxxxxx or +84xxxxxxxxx, spaces, dots and dashes allowed. */
const PHONE = /^(?:\+84|0)\d{8,10}$/

export function normalisePhone(phone: string): string {
  return phone.replace(/[\s.()-]/g, '')
}

/** An e-mail address or a phone number, at least one, each well formed: the same rule wherever readers leave a contact. */
export function contactErrors(rawEmail: string, rawPhone: string): Pick<FeedbackErrors, 'contact' | 'email' | 'phone'> {
  const errors: Pick<FeedbackErrors, 'contact' | 'email' | 'phone'> = {}
  const email = rawEmail.trim()
  const phone = normalisePhone(rawPhone.trim())
  if (!email && !phone) errors.contact = 'Vui lòng nhập thư điện tử hoặc số điện thoại để chúng tôi trả lời.'
  if (email && !EMAIL.test(email)) errors.email = 'Thư điện tử không hợp lệ (ví dụ: ten@example.vn).'
  if (phone && !PHONE.test(phone)) errors.phone = 'Số điện thoại không hợp lệ (ví dụ: 0912 345 678).'
  return errors
}

/** The attachment rule of reader forms (type and size), or null when the file is acceptable or absent. */
export function attachmentError(file: FeedbackInput['attachment']): string | null {
  if (!file || file.size <= 0) return null
  const extension = file.name.split('.').pop()?.toLowerCase() ?? ''
  if (!FEEDBACK_LIMITS.attachmentExtensions.includes(extension) || !FEEDBACK_LIMITS.attachmentTypes.includes(file.type)) {
    return 'Tệp đính kèm chỉ nhận PDF, Word (doc, docx) hoặc ảnh JPG, PNG.'
  }
  if (file.size > FEEDBACK_LIMITS.attachmentBytes) return 'Tệp đính kèm tối đa 5 MB.'
  return null
}

export function validateFeedback(input: FeedbackInput): FeedbackErrors {
  const errors: FeedbackErrors = {}
  const name = input.name.trim()
  if (!name) errors.name = 'Vui lòng nhập họ và tên.'
  else if (name.length > FEEDBACK_LIMITS.name) errors.name = `Họ và tên tối đa ${FEEDBACK_LIMITS.name} ký tự.`

  Object.assign(errors, contactErrors(input.email, input.phone))

  const subject = input.subject.trim()
  if (!subject) errors.subject = 'Vui lòng nhập tiêu đề.'
  else if (subject.length > FEEDBACK_LIMITS.subject) errors.subject = `Tiêu đề tối đa ${FEEDBACK_LIMITS.subject} ký tự.`

  const message = input.message.trim()
  if (message.length < FEEDBACK_LIMITS.messageMin) errors.message = `Nội dung cần ít nhất ${FEEDBACK_LIMITS.messageMin} ký tự.`
  else if (message.length > FEEDBACK_LIMITS.message) errors.message = `Nội dung tối đa ${FEEDBACK_LIMITS.message} ký tự.`

  const attachment = attachmentError(input.attachment)
  if (attachment) errors.attachment = attachment
  return errors
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
