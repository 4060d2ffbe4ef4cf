'use client'
/**
 * At the top of a document the editorial board sent back: its comment, where
 * the author cannot miss it (the sidebar field alone was easy to overlook).
 */
import { useFormFields } from '@payloadcms/ui'
import React from 'react'

export function ReturnedNotice() {
  const state = useFormFields(([fields]) => fields.reviewState?.value)
  const comment = useFormFields(([fields]) => fields.reviewComment?.value)
  if (state !== 'returned' || typeof comment !== 'string' || !comment.trim()) return null
  return (
    <section
      id="review-returned-notice"
      role="status"
      aria-labelledby="review-returned-title"
      style={{ border: '1px solid var(--theme-warning-500)', background: 'var(--theme-warning-100)', color: 'var(--theme-text)', borderRadius: 'var(--style-radius-m, 4px)', padding: '1rem 1.25rem', marginBottom: '1.5rem' }}
    >
      <h2 id="review-returned-title" style={{ fontSize: '1.1rem', margin: '0 0 0.5rem' }}>
        Ban biên tập trả lại, với ý kiến:
      </h2>
      <p style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{comment}</p>
      <p style={{ margin: '0.75rem 0 0', fontSize: '0.9rem' }}>Sửa theo ý kiến, rồi bấm "Gửi duyệt".</p>
    </section>
  )
}
