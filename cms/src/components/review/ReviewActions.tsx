'use client'
/**
 * The review actions beside the document controls of every content type with
 * the editorial workflow: an author "Gửi duyệt" (submits); an editor "Trả lại"
 * (sends back, with a comment asked in a dialog). Approving is the publish
 * button, relabelled "Duyệt và xuất bản" (ApprovePublishButton). The review
 * state field itself is read-only, so it changes only through these actions
 * and the server's rules.
 */
import { Button, useAuth, useFormFields } from '@payloadcms/ui'
import React from 'react'

import { canPublish } from '../../access/roles'
import { REVIEW_STATE_LABELS, type ReviewState } from '../../workflow/reviewStates'
import { SendBackDialog } from './SendBackDialog'
import { useReviewSave } from './useReviewSave'

export function ReviewActions() {
  const { user } = useAuth()
  const state = useFormFields(([fields]) => fields.reviewState?.value) as ReviewState | undefined
  const save = useReviewSave()
  const [busy, setBusy] = React.useState(false)
  const run = async (action: () => Promise<void>) => {
    setBusy(true)
    try {
      await action()
    } finally {
      setBusy(false)
    }
  }

  if (!user) return null
  if (!canPublish(user)) {
    if (state === 'submitted') return <span className="review-actions__state">{REVIEW_STATE_LABELS.submitted}</span>
    if (state === 'published') return null
    return (
      <Button type="button" id="action-submit-review" buttonStyle="secondary" size="medium" margin={false} disabled={busy} onClick={() => void run(() => save('submitted'))}>
        Gửi duyệt
      </Button>
    )
  }
  if (state !== 'submitted') return null
  return <SendBackDialog disabled={busy} onSendBack={(comment) => run(() => save('returned', { reviewComment: comment }))} />
}
