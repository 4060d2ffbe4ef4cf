/**
 * The consultation comment form's POST (/lay-y-kien/<slug>): the reader
 * form's steps (readerSubmission.ts) with the comment rules and store. The
 * window (before opening, after closing) is refused with the dates, here
 * before reading anything and again by the CMS rules.
 */
import { closedSentence, consentGiven, validateConsultationComment, type ConsultationCommentErrors, type ConsultationCommentInput, type ConsultationWindow } from '@portal/shared'
import { commentReceived, publishedCommentAnswers, submitConsultationComment } from '@portal/cms/consultations'
import { purgeNowAndThen } from '@portal/cms/engagement'

import { payload } from '../content'
import { cachedRead } from '../readCache'
import { receiveReaderForm, type ReaderFormOutcome } from './readerSubmission'
import { commentForm } from './schemas'

export type CommentValues = Omit<ConsultationCommentInput, 'attachment'> & { nominee: string }
export const EMPTY_COMMENT: CommentValues = { nominee: '', name: '', email: '', phone: '', address: '', comment: '', consent: false }

export type CommentErrors = ConsultationCommentErrors & { nominee?: string }

export type CommentOutcome = ReaderFormOutcome<CommentValues>

export async function receiveConsultationComment(context: { request: Request; clientAddress: string }, consultation: ConsultationWindow & { id: number | string }): Promise<CommentOutcome> {
  // Outside the window the page has no form, hence no stamp: say why with the dates before anything else.
  const closed = closedSentence(consultation)
  if (closed) return { sent: false, status: 403, values: EMPTY_COMMENT, errors: {}, problem: closed }
  return receiveReaderForm(context, {
    schema: commentForm,
    empty: EMPTY_COMMENT,
    values: ({ nominee, name, email, phone, address, comment, consent }) => ({ nominee, name, email, phone, address, comment, consent: consentGiven(consent) }),
    validate: (values, attachment) => validateConsultationComment({ ...values, attachment }),
    store: async ({ nominee, ...values }, file, ip) => {
      const p = await payload()
      const { code } = await submitConsultationComment(p, { consultation: consultation.id, nominee: nominee || null, input: values, file, ip })
      purgeNowAndThen(p)
      return code
    },
  })
}

/** Answers the editors published on this consultation, kept a few seconds like other reads. */
export function consultationAnswers(consultationId: number | string) {
  return cachedRead(`consultation-answers:${consultationId}`, async () => publishedCommentAnswers(await payload(), consultationId))
}

/** The code of the comment just sent, when it is one stored on this consultation (the page says "received" only then). */
export async function receivedComment(consultationId: number | string, code: unknown): Promise<string | null> {
  return commentReceived(await payload(), consultationId, code)
}
