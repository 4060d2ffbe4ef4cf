/**
 * The consultation comment form's POST (/lay-y-kien/<slug>): the feedback
 * form's defences (honeypot, signed one-use time stamp, per-address limit in
 * the CMS rules), the rules shared with the CMS, store, and say what the page
 * shows. The window (before opening, after closing) is checked by the CMS
 * rules and refused with the dates.
 */
import { closedSentence, consentGiven, CONSULTATION_LIMITS, FEEDBACK_LIMITS, validateConsultationComment, type ConsultationCommentErrors, type ConsultationCommentInput, type ConsultationWindow } from '@portal/shared'
import { commentReceived, publishedCommentAnswers, submitConsultationComment } from '@portal/cms/consultations'
import { purgeNowAndThen } from '@portal/cms/engagement'
import { z } from 'zod'

import { payload } from '../content'
import { pageRefusal } from '../http/answers'
import { formObject, readForm } from '../http/body'
import { readerAddress } from '../http/clientAddress'
import { firstMessage } from '../http/validation'
import { cachedRead } from '../readCache'
import { feedbackStampCheck, spendFeedbackStamp } from './index'
import { STAMP_PROBLEMS } from './stampProblems'

const FORM_LIMIT = FEEDBACK_LIMITS.attachmentBytes + 64 * 1024
const UNREADABLE = 'Không đọc được biểu mẫu, vui lòng gửi lại.'
const text = (max: number) => z.string({ invalid_type_error: UNREADABLE }).max(max * 2, 'Nội dung gửi lên quá dài.').default('')

/** The text fields; their content rules are validateConsultationComment's, shared with the CMS. */
const commentForm = z.object({
  nominee: z.string({ invalid_type_error: UNREADABLE }).max(40, UNREADABLE).default(''),
  name: text(CONSULTATION_LIMITS.name),
  email: text(254),
  phone: text(30),
  address: text(CONSULTATION_LIMITS.address),
  comment: text(CONSULTATION_LIMITS.comment),
  consent: z.string({ invalid_type_error: UNREADABLE }).max(10, UNREADABLE).optional(),
  website: z.string({ invalid_type_error: UNREADABLE }).max(500, UNREADABLE).default(''),
  startedAt: z.string({ invalid_type_error: UNREADABLE }).max(100, UNREADABLE).default(''),
})

export type CommentValues = Omit<ConsultationCommentInput, 'attachment'> & { nominee: string }
export const EMPTY_COMMENT: CommentValues = { nominee: '', name: '', email: '', phone: '', address: '', comment: '', consent: false }

export type CommentOutcome =
  | { sent: true; code: string }
  | { sent: false; status: number; values: CommentValues; errors: CommentErrors; problem: string | null }

export type CommentErrors = ConsultationCommentErrors & { nominee?: string }

export async function receiveConsultationComment(context: { request: Request; clientAddress: string }, consultation: ConsultationWindow & { id: number | string }): Promise<CommentOutcome> {
  let values = EMPTY_COMMENT
  const refused = (problem: string | null, errors: CommentErrors = {}, status = 400): CommentOutcome => ({ sent: false, status, values, errors, problem })
  // Outside the window the page has no form, hence no stamp: say why with the dates before anything else.
  const closed = closedSentence(consultation)
  if (closed) return refused(closed, {}, 403)
  try {
    const form = await readForm(context.request, FORM_LIMIT)
    const fields = commentForm.safeParse(formObject(form))
    if (!fields.success) return refused(firstMessage(fields.error))
    const file = form.get('attachment')
    const upload = file instanceof File && file.size > 0 ? file : null
    const { nominee, name, email, phone, address, comment } = fields.data
    values = { nominee, name, email, phone, address, comment, consent: consentGiven(fields.data.consent) }
    const errors = validateConsultationComment({ ...values, attachment: upload ? { name: upload.name, type: upload.type, size: upload.size } : null })
    if (Object.keys(errors).length > 0) return refused(null, errors)
    const stamp = await feedbackStampCheck(fields.data.startedAt)
    if (fields.data.website.trim()) return refused('Không gửi được: ô "Để trống ô này" phải để trống.')
    if (stamp !== 'ok') return refused(STAMP_PROBLEMS[stamp])
    if (!(await spendFeedbackStamp(fields.data.startedAt))) return refused(STAMP_PROBLEMS.used, {}, 409)
    const attachment = upload ? { data: Buffer.from(await upload.arrayBuffer()), name: upload.name, mimetype: upload.type, size: upload.size } : null
    const p = await payload()
    const { code } = await submitConsultationComment(p, { consultation: consultation.id, nominee: nominee || null, input: values, file: attachment, ip: readerAddress(context) })
    purgeNowAndThen(p)
    return { sent: true, code }
  } catch (error) {
    const refusal = pageRefusal(error)
    return refusal.fields ? refused(null, refusal.fields, refusal.status) : refused(refusal.message, {}, refusal.status)
  }
}

/** Answers the editors published on this consultation, kept a few seconds like other reads. */
export function consultationAnswers(consultationId: number | string) {
  return cachedRead(`consultation-answers:${consultationId}`, async () => publishedCommentAnswers(await payload(), consultationId))
}

/** The code of the comment just sent, when it is one stored on this consultation (the page says "received" only then). */
export async function receivedComment(consultationId: number | string, code: unknown): Promise<string | null> {
  return commentReceived(await payload(), consultationId, code)
}
