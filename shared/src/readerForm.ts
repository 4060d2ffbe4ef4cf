/**
 * The rules every form a reader fills in shares (feedback, consultation
 * comments): name, a contact, texts of bounded length, consent and the
 * attachment, each with its Vietnamese message. A form lists its rules in the
 * order it shows its fields, so the error summary follows the page.
 */
import { consentErrors } from './consent'
import { fileTypeByMime } from './fileTypes'

export interface ReaderAttachment {
  name: string
  type: string
  size: number
}

/** What readers may attach: PDF, Word and photos (the file types table says how each is recognised). */
const ATTACHMENT_TYPES = ['application/pdf', 'application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'image/jpeg', 'image/png'].map((mime) => fileTypeByMime(mime)!)

export const READER_LIMITS = {
  name: 100,
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

export type ContactErrors = Partial<Record<'contact' | 'email' | 'phone', string>>

/** An e-mail address or a phone number, at least one, each well formed: the same rule wherever readers leave a contact. */
export function contactErrors(rawEmail: string, rawPhone: string): ContactErrors {
  const errors: ContactErrors = {}
  const email = rawEmail.trim()
  const phone = normalisePhone(rawPhone.trim())
  if (!email && !phone) errors.contact = 'Vui lòng nhập thư điện tử hoặc số điện thoại để chúng tôi trả lời.'
  if (email && !EMAIL.test(email)) errors.email = 'Thư điện tử không hợp lệ (ví dụ: ten@example.vn).'
  if (phone && !PHONE.test(phone)) errors.phone = 'Số điện thoại không hợp lệ (ví dụ: 0912 345 678).'
  return errors
}

/** The attachment rule of reader forms (type and size), or null when the file is acceptable or absent. */
export function attachmentError(file: ReaderAttachment | null | undefined): string | null {
  if (!file || file.size <= 0) return null
  const extension = file.name.split('.').pop()?.toLowerCase() ?? ''
  if (!READER_LIMITS.attachmentExtensions.includes(extension) || !READER_LIMITS.attachmentTypes.includes(file.type)) {
    return 'Tệp đính kèm chỉ nhận PDF, Word (doc, docx) hoặc ảnh JPG, PNG.'
  }
  if (file.size > READER_LIMITS.attachmentBytes) return 'Tệp đính kèm tối đa 5 MB.'
  return null
}

/** One rule of a reader form: the per-field messages it finds in the input, keyed by field name. */
export type ReaderRule<I> = (input: I) => Record<string, string>

export interface TextLimits {
  /** How the field is named in its messages ("Họ và tên", "Nội dung"). */
  label: string
  max: number
  /** The shortest text accepted (an empty field is then too short). */
  min?: number
  /** The message for an empty field when there is no minimum length. */
  missing?: string
}

/** A text field, trimmed, within its length. */
export function textRule<F extends string>(field: F, { label, max, min, missing }: TextLimits): ReaderRule<Record<F, string>> {
  return (input) => {
    const value = input[field].trim()
    let error: string | null = null
    if (min !== undefined && value.length < min) error = `${label} cần ít nhất ${min} ký tự.`
    else if (!value && missing) error = missing
    else if (value.length > max) error = `${label} tối đa ${max} ký tự.`
    return error ? { [field]: error } : {}
  }
}

export const readerName = textRule('name', { label: 'Họ và tên', max: READER_LIMITS.name, missing: 'Vui lòng nhập họ và tên.' })
export const readerContact: ReaderRule<{ email: string; phone: string }> = (input) => contactErrors(input.email, input.phone)
export const readerConsent: ReaderRule<{ consent: boolean }> = (input) => consentErrors(input.consent)
export const readerAttachment: ReaderRule<{ attachment?: ReaderAttachment | null }> = (input) => {
  const error = attachmentError(input.attachment)
  return error ? { attachment: error } : ({} as Record<string, string>)
}

/** Every message the rules find, in the order of the rules. */
export function readerFormErrors<I, E extends Record<string, string | undefined>>(input: I, rules: readonly ReaderRule<I>[]): E {
  return Object.assign({}, ...rules.map((rule) => rule(input))) as E
}
