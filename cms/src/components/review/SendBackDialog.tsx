'use client'
/**
 * "Trả lại" and its dialog: the editor must write why (the author reads it on
 * the document), the server refuses a return without one too. A native modal
 * <dialog>: focus moves into it, Escape closes it, the page behind is inert.
 */
import { Button } from '@payloadcms/ui'
import React from 'react'

import { RETURN_NEEDS_COMMENT } from '../../workflow/reviewStates'

export function SendBackDialog({ disabled, onSendBack }: { disabled: boolean; onSendBack: (comment: string) => Promise<void> }) {
  const dialog = React.useRef<HTMLDialogElement>(null)
  const [comment, setComment] = React.useState('')
  const [missing, setMissing] = React.useState(false)
  const close = () => {
    dialog.current?.close()
    setMissing(false)
  }
  const confirm = () => {
    const text = comment.trim()
    if (!text) {
      setMissing(true)
      return
    }
    close()
    setComment('')
    void onSendBack(text)
  }

  return (
    <>
      <Button type="button" id="action-send-back" buttonStyle="secondary" size="medium" margin={false} disabled={disabled} onClick={() => dialog.current?.showModal()}>
        Trả lại
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby="send-back-title"
        onClose={() => setMissing(false)}
        style={{ maxWidth: '36rem', width: 'calc(100% - 2rem)', padding: '1.5rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 'var(--style-radius-m, 4px)', background: 'var(--theme-elevation-0)', color: 'var(--theme-text)' }}
      >
        {/* Not a <form>: this sits inside Payload's edit form, and forms do not nest. */}
        <div>
          <h2 id="send-back-title" style={{ marginTop: 0 }}>
            Trả lại cho tác giả
          </h2>
          <label htmlFor="send-back-comment" style={{ display: 'block', fontWeight: 600, marginBottom: '0.5rem' }}>
            Ý kiến của Ban biên tập (bắt buộc)
          </label>
          <textarea
            id="send-back-comment"
            rows={5}
            aria-required="true"
            aria-invalid={missing}
            aria-describedby={missing ? 'send-back-missing' : undefined}
            value={comment}
            onChange={(event) => {
              setComment(event.target.value)
              if (event.target.value.trim()) setMissing(false)
            }}
            style={{ width: '100%', boxSizing: 'border-box', font: 'inherit', padding: '0.5rem', color: 'inherit', background: 'var(--theme-input-bg, var(--theme-elevation-0))', border: '1px solid var(--theme-elevation-250)' }}
          />
          {missing && (
            <p id="send-back-missing" role="alert" style={{ color: 'var(--theme-error-500)', margin: '0.5rem 0 0' }}>
              {RETURN_NEEDS_COMMENT}
            </p>
          )}
          <div style={{ display: 'flex', gap: '0.75rem', justifyContent: 'flex-end', marginTop: '1rem' }}>
            <Button type="button" buttonStyle="secondary" size="medium" margin={false} onClick={close}>
              Hủy
            </Button>
            <Button type="button" id="confirm-send-back" buttonStyle="primary" size="medium" margin={false} onClick={confirm}>
              Trả lại
            </Button>
          </div>
        </div>
      </dialog>
    </>
  )
}
