/**
 * The review states of a content item. `_status` (Payload's draft/published)
 * says what readers see; the review state says where the item is in the
 * editorial board's hands. Authors move an item between "draft" and
 * "submitted" only; editors send it back (with a comment) or publish it,
 * at once or at a set time.
 */
export const REVIEW_STATES = ['draft', 'submitted', 'returned', 'published'] as const
export type ReviewState = (typeof REVIEW_STATES)[number]

export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  draft: 'Bản nháp',
  submitted: 'Chờ duyệt',
  returned: 'Trả lại',
  published: 'Đã duyệt, xuất bản',
}

/** What an author may set. */
export const AUTHOR_REVIEW_STATES: readonly ReviewState[] = ['draft', 'submitted']

export const RETURN_NEEDS_COMMENT = 'Hãy ghi ý kiến (lý do trả lại) để tác giả biết cần sửa gì.'
export const AUTHORS_CANNOT_APPROVE = 'Cộng tác viên chỉ được lưu nháp hoặc gửi duyệt; việc duyệt, trả lại và xuất bản do Ban biên tập thực hiện.'
