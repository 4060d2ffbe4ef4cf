/**
 * The feedback form's POST (/gop-y): the reader form's steps
 * (readerSubmission.ts) with the feedback rules and store.
 */
import { consentErrors, validateFeedback, type FeedbackInput } from '@portal/shared'

import { consentGiven, sendFeedback } from './index'
import { receiveReaderForm, type ReaderFormOutcome } from './readerSubmission'
import { feedbackForm } from './schemas'

export type FeedbackValues = FeedbackInput & { consent: boolean }

export const EMPTY_FEEDBACK: FeedbackValues = { name: '', email: '', phone: '', subject: '', message: '', consent: false }

export type FeedbackOutcome = ReaderFormOutcome<FeedbackValues>

export function receiveFeedback(context: { request: Request; clientAddress: string }): Promise<FeedbackOutcome> {
  return receiveReaderForm(context, {
    schema: feedbackForm,
    empty: EMPTY_FEEDBACK,
    values: ({ name, email, phone, subject, message, consent }) => ({ name, email, phone, subject, message, consent: consentGiven(consent) }),
    validate: ({ consent, ...values }, attachment) => ({ ...validateFeedback({ ...values, attachment }), ...consentErrors(consent) }),
    store: async ({ consent, ...values }, file, ip) => (await sendFeedback(values, consent, file, ip)).code,
  })
}
