/**
 * The feedback form's POST (/gop-y): read the body with its file, check the
 * text fields, the honeypot and the signed time stamp, validate with the rules
 * shared with the CMS, store, and say what the page shows. Spam defences
 * without outside services: a honeypot field, a signed time stamp (a person
 * takes a few seconds), and a per-IP hourly limit (in the CMS rules).
 */
import { FEEDBACK_LIMITS, validateFeedback, type FeedbackErrors, type FeedbackInput } from '@portal/shared'

import { pageRefusal } from '../http/answers'
import { formObject, readForm } from '../http/body'
import { readerAddress } from '../http/clientAddress'
import { firstMessage } from '../http/validation'
import { consentErrors, consentGiven, feedbackStampCheck, sendFeedback, spendFeedbackStamp } from './index'
import { feedbackForm } from './schemas'
import { STAMP_PROBLEMS } from './stampProblems'

/** The text fields, the file and the size cap: text is small, the file at most 5 MB. */
const FORM_LIMIT = FEEDBACK_LIMITS.attachmentBytes + 64 * 1024

export const EMPTY_FEEDBACK: FeedbackInput = { name: '', email: '', phone: '', subject: '', message: '' }

export type FeedbackOutcome =
  /** Stored: the page redirects to its reference code. */
  | { sent: true; code: string }
  /** Not stored: the form is shown again with what was typed, per-field errors or a problem with the whole submission. */
  | { sent: false; status: number; values: FeedbackInput; consent: boolean; errors: FeedbackErrors; problem: string | null }

export async function receiveFeedback(context: { request: Request; clientAddress: string }): Promise<FeedbackOutcome> {
  let values = EMPTY_FEEDBACK
  let consent = false
  const refused = (problem: string | null, errors: FeedbackErrors = {}, status = 400): FeedbackOutcome => ({ sent: false, status, values, consent, errors, problem })
  try {
    const form = await readForm(context.request, FORM_LIMIT)
    const fields = feedbackForm.safeParse(formObject(form))
    if (!fields.success) return refused(firstMessage(fields.error))
    const file = form.get('attachment')
    const upload = file instanceof File && file.size > 0 ? file : null
    values = { name: fields.data.name, email: fields.data.email, phone: fields.data.phone, subject: fields.data.subject, message: fields.data.message }
    // Consent first in the rules, checked with the rest so the reader sees every problem at once; nothing is stored without it.
    consent = consentGiven(fields.data.consent)
    const errors = { ...validateFeedback({ ...values, attachment: upload ? { name: upload.name, type: upload.type, size: upload.size } : null }), ...consentErrors(consent) }
    if (Object.keys(errors).length > 0) return refused(null, errors)
    const stamp = await feedbackStampCheck(fields.data.startedAt)
    if (fields.data.website.trim()) return refused('Không gửi được: ô "Để trống ô này" phải để trống.')
    if (stamp !== 'ok') return refused(STAMP_PROBLEMS[stamp])
    if (!(await spendFeedbackStamp(fields.data.startedAt))) return refused(STAMP_PROBLEMS.used, {}, 409)
    const attachment = upload ? { data: Buffer.from(await upload.arrayBuffer()), name: upload.name, mimetype: upload.type, size: upload.size } : null
    const { code } = await sendFeedback(values, consent, attachment, readerAddress(context))
    return { sent: true, code }
  } catch (error) {
    const refusal = pageRefusal(error)
    return refusal.fields ? refused(null, refusal.fields, refusal.status) : refused(refusal.message, {}, refusal.status)
  }
}
