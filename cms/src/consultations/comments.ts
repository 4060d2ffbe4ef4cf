import { closedSentence, COMMENT_STATUS_LABELS, normaliseReferenceCode, type CommentStatus, validateConsultationComment, type ConsultationCommentInput, type ConsultationStatus } from '@portal/shared'
import type { Payload } from 'payload'

import type { UploadedFile } from '../engagement/attachments'
import { EngagementError } from '../engagement/errors'
import { parseId } from '../engagement/ids'
import { attachmentFacts, takeReaderItem } from '../engagement/intake'
import { findByCode, type CodeStatusView } from '../engagement/lookups'

export interface CommentSubmission {
  consultation: number | string
  /** A nominee of this consultation, or null for the whole list. */
  nominee: unknown
  input: ConsultationCommentInput
  file?: UploadedFile | null
  /** The sender's IP address: only its keyed hash is stored. */
  ip: string | null
  now?: Date
}

/** The published consultation with this id, or a 404 refusal. */
async function publishedConsultation(payload: Payload, id: number | string) {
  const { docs } = await payload.find({
    collection: 'consultations',
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { title: true, opensAt: true, closesAt: true, status: true },
  })
  if (!docs[0]) throw new EngagementError(404, 'consultation-not-found', 'Không tìm thấy đợt lấy ý kiến.')
  return docs[0]
}

/**
 * Stores a citizen's comment on a consultation and returns its reference
 * code, once the comment (and its file) is written. Refused, with the dates,
 * before the opening and after the closing time; refused without the consent
 * box ticked; limited per address and hour like feedback.
 */
export async function submitConsultationComment(payload: Payload, { consultation: consultationId, nominee: rawNominee, input, file, ip, now = new Date() }: CommentSubmission): Promise<{ code: string; id: number | string }> {
  const consultation = await publishedConsultation(payload, consultationId)
  const closed = closedSentence({ opensAt: consultation.opensAt, closesAt: consultation.closesAt, status: consultation.status as ConsultationStatus }, now)
  if (closed) throw new EngagementError(403, 'consultation-closed', closed)

  let nominee: number | string | null = null
  if (rawNominee !== null && rawNominee !== undefined && rawNominee !== '') {
    nominee = parseId(payload, rawNominee)
    const found = nominee === null ? 0 : (await payload.count({ collection: 'nominees', where: { and: [{ id: { equals: nominee } }, { consultation: { equals: consultation.id } }] }, overrideAccess: true })).totalDocs
    if (!found) throw new EngagementError(400, 'nominee-not-in-consultation', 'Người hoặc tập thể được chọn không có trong danh sách lấy ý kiến này.', { nominee: 'Vui lòng chọn lại người hoặc tập thể trong danh sách.' })
  }

  return takeReaderItem(payload, {
    name: input.name,
    email: input.email,
    phone: input.phone,
    file,
    errors: validateConsultationComment({ ...input, attachment: attachmentFacts(file) }),
    kind: {
      allowance: 'consultation',
      invalidCode: 'invalid-comment',
      limitCode: 'comment-ip-limit',
      limitMessage: 'Bạn đã gửi nhiều ý kiến trong một giờ qua. Vui lòng thử lại sau ít phút.',
    },
    ip,
    now,
    store: ({ consentedAt, ...reader }) =>
      payload.create({
        collection: 'consultation-comments',
        data: {
          ...reader,
          consultation: consultation.id as number,
          nominee: nominee as number | null,
          address: input.address.trim(),
          consentAt: consentedAt,
          comment: input.comment.trim(),
          verdict: 'unsorted',
        },
        overrideAccess: true,
        depth: 0,
      }),
  })
}

/** An answer the editors published: the comment (or its reworded form) and the answer, never who wrote it. */
export interface PublishedCommentAnswer {
  id: number | string
  nominee: number | string | null
  question: string
  answer: string
  answeredAt: string | null
}

export async function publishedCommentAnswers(payload: Payload, consultation: number | string): Promise<PublishedCommentAnswer[]> {
  const { docs } = await payload.find({
    collection: 'consultation-comments',
    where: { and: [{ consultation: { equals: consultation } }, { publishAnswer: { equals: true } }] },
    sort: '-answeredAt',
    limit: 200,
    depth: 0,
    overrideAccess: true,
    // Only what the page shows is even read: the commenter's fields never leave the database here.
    select: { nominee: true, comment: true, publicQuestion: true, answer: true, answeredAt: true },
  })
  return docs
    .filter((doc) => doc.answer?.trim())
    .map((doc) => ({
      id: doc.id,
      nominee: (doc.nominee as number | string | null | undefined) ?? null,
      question: doc.publicQuestion?.trim() || doc.comment,
      answer: doc.answer!,
      answeredAt: doc.answeredAt ?? null,
    }))
}

/** Whether a comment with this reference code was stored on this consultation (the page that confirms it shows only the code). */
export async function commentReceived(payload: Payload, consultation: number | string, rawCode: unknown): Promise<string | null> {
  const code = normaliseReferenceCode(rawCode)
  if (!code) return null
  const { totalDocs } = await payload.count({ collection: 'consultation-comments', where: { and: [{ code: { equals: code } }, { consultation: { equals: consultation } }] }, overrideAccess: true })
  return totalDocs ? code : null
}

/** What the writer of a comment sees with its code: never who wrote it, nor what, nor how the editors classified it. */
export interface CommentStatusView extends CodeStatusView<CommentStatus> {
  consultation: { title: string; slug: string | null }
  /** The nominee it is about, or null for the whole list. */
  nominee: string | null
}

/** The status (and published answer) of the comment with this reference code, or null when there is none. */
export async function commentByCode(payload: Payload, rawCode: unknown): Promise<CommentStatusView | null> {
  const doc = await findByCode(payload, 'consultation-comments', rawCode, { code: true, consultation: true, nominee: true, createdAt: true, answer: true, publishAnswer: true, answeredAt: true })
  if (!doc) return null
  const [consultation, nominee] = await Promise.all([
    // Its title and page only while it is published.
    payload.find({ collection: 'consultations', where: { and: [{ id: { equals: doc.consultation } }, { _status: { equals: 'published' } }] }, limit: 1, depth: 0, overrideAccess: true, draft: false, select: { title: true, slug: true } }),
    doc.nominee ? payload.find({ collection: 'nominees', where: { id: { equals: doc.nominee } }, limit: 1, depth: 0, overrideAccess: true, select: { name: true } }) : null,
  ])
  const answer = doc.publishAnswer && doc.answer?.trim() ? doc.answer : null
  const status: CommentStatus = answer ? 'answered' : 'received'
  return {
    code: doc.code!,
    consultation: { title: consultation.docs[0]?.title ?? 'Đợt lấy ý kiến', slug: consultation.docs[0]?.slug ?? null },
    nominee: nominee?.docs[0]?.name ?? null,
    status,
    statusLabel: COMMENT_STATUS_LABELS[status],
    receivedAt: doc.createdAt,
    answer,
    answeredAt: answer ? (doc.answeredAt ?? null) : null,
  }
}
