import { APIError, ValidationError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type Field } from 'payload'

import { canPublish } from '../access/roles'
import { adminUrl, mailConfigured } from '../email/adapter'
import { sendQuietly } from '../email/sendQuietly'
import {
  AUTHORS_CANNOT_APPROVE,
  AUTHOR_REVIEW_STATES,
  REVIEW_STATES,
  REVIEW_STATE_LABELS,
  RETURN_NEEDS_COMMENT,
  type ReviewState,
} from './reviewStates'

export const reviewFields: Field[] = [
  {
    name: 'reviewState',
    label: 'Trạng thái duyệt',
    type: 'select',
    defaultValue: 'draft',
    index: true,
    options: REVIEW_STATES.map((value) => ({ value, label: REVIEW_STATE_LABELS[value] })),
    admin: {
      position: 'sidebar',
      // Changed only through the review actions (components/review/) and the rules below.
      readOnly: true,
      description: 'Cộng tác viên bấm "Gửi duyệt". Ban biên tập bấm "Duyệt và xuất bản" (ngay hoặc lên lịch) hoặc "Trả lại" kèm ý kiến.',
    },
  },
  {
    name: 'reviewComment',
    label: 'Ý kiến của Ban biên tập',
    type: 'textarea',
    // Authors read the comment; only editors write it.
    access: { create: ({ req }) => canPublish(req.user), update: ({ req }) => canPublish(req.user) },
    admin: {
      position: 'sidebar',
      // Written in the "Trả lại" dialog; shown at the top of the document while it is sent back.
      readOnly: true,
      condition: (data) => Boolean(data?.reviewComment),
    },
  },
]

/** Components of the review actions, shared by every collection with the workflow. */
const REVIEW_COMPONENTS = '/components/review/'

/** At the top of the document: the editorial board's comment while it is sent back. */
export const returnedNoticeField: Field = {
  name: 'returnedNotice',
  type: 'ui',
  admin: { components: { Field: `${REVIEW_COMPONENTS}ReturnedNotice#ReturnedNotice` }, disableListColumn: true },
}

/** The edit view's controls: "Gửi duyệt" / "Trả lại" beside "Duyệt và xuất bản" (Payload's publish, with its schedule). */
export const REVIEW_EDIT_COMPONENTS = {
  beforeDocumentControls: [`${REVIEW_COMPONENTS}ReviewActions#ReviewActions`],
  PublishButton: `${REVIEW_COMPONENTS}ApprovePublishButton#ApprovePublishButton`,
}

const stateOf = (value: unknown): ReviewState => (REVIEW_STATES.includes(value as ReviewState) ? (value as ReviewState) : 'draft')

/**
 * Keeps the review state honest whoever saves: publishing approves; an author
 * may only save a draft or submit it (the state an editor set, such as
 * "returned", stays while the author edits); sending back needs a comment.
 */
export const applyReviewRules: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const before = stateOf(originalDoc?.reviewState)
  let next = data.reviewState === undefined ? before : stateOf(data.reviewState)
  if (data._status === 'published') return { ...data, reviewState: 'published' }
  if (!canPublish(req.user) && req.user) {
    if (next !== before && !AUTHOR_REVIEW_STATES.includes(next)) throw new APIError(AUTHORS_CANNOT_APPROVE, 403, undefined, true)
    // A draft of a published item by its author is a new draft, not an approved one.
    if (next === 'published') next = 'draft'
    return { ...data, reviewState: next }
  }
  if (next === 'returned' && before !== 'returned') {
    const comment = data.reviewComment ?? originalDoc?.reviewComment
    if (typeof comment !== 'string' || !comment.trim()) {
      throw new ValidationError({ errors: [{ message: RETURN_NEEDS_COMMENT, path: 'reviewComment' }] }, req.t)
    }
  }
  return { ...data, reviewState: next }
}

/** Mail to the people a change of review state concerns: editors for a submission, the author for a return or a publication. */
export const notifyReview: CollectionAfterChangeHook = ({ collection, doc, previousDoc, req }) => {
  const before = stateOf(previousDoc?.reviewState)
  const after = stateOf(doc.reviewState)
  if (before === after || !mailConfigured()) return doc
  const title = String(doc[collection.admin?.useAsTitle ?? 'title'] ?? doc.id)
  const link = `${adminUrl()}/admin/collections/${collection.slug}/${doc.id}`
  void (async () => {
    const { payload } = req
    if (after === 'submitted') {
      const editors = await payload.find({ collection: 'users', where: { role: { in: ['admin', 'editor'] } }, depth: 0, limit: 100, overrideAccess: true, select: { email: true } })
      await sendQuietly(payload, {
        to: editors.docs.map((u) => u.email),
        subject: `Chờ duyệt: ${title}`,
        text: [`"${title}" đã được gửi Ban biên tập duyệt.`, '', `Xem và duyệt: ${link}`].join('\n'),
      })
      return
    }
    if (after !== 'returned' && after !== 'published') return
    const authorId = typeof doc.createdBy === 'object' ? doc.createdBy?.id : doc.createdBy
    if (authorId == null || authorId === req.user?.id) return
    const author = await payload.findByID({ collection: 'users', id: authorId, depth: 0, overrideAccess: true, disableErrors: true })
    if (!author?.email) return
    await sendQuietly(payload, {
      to: author.email,
      subject: after === 'returned' ? `Trả lại: ${title}` : `Đã xuất bản: ${title}`,
      text:
        after === 'returned'
          ? [`Ban biên tập trả lại "${title}" với ý kiến:`, '', String(doc.reviewComment ?? ''), '', `Sửa bài: ${link}`].join('\n')
          : [`"${title}" đã được Ban biên tập duyệt và xuất bản.`, '', link].join('\n'),
    })
  })().catch((error) => req.payload.logger.error({ err: error, msg: 'Could not send the review notification' }))
  return doc
}
