'use client'
/**
 * Saves the document being edited as a draft with a new review state, through
 * the edit form itself (so what the writer typed is saved with it) and the
 * same REST call as Payload's "Lưu nháp". The server's review rules
 * (workflow/review.ts) still decide: an author asking for more than a
 * submission is refused with 403 whatever the browser sends.
 */
import { useConfig, useDocumentInfo, useForm, useLocale } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useCallback } from 'react'

import type { ReviewState } from '../../workflow/reviewStates'

export function useReviewSave() {
  const { config } = useConfig()
  const { id, collectionSlug, setUnpublishedVersionCount } = useDocumentInfo()
  const { code: locale } = useLocale()
  const { submit } = useForm()
  return useCallback(
    async (reviewState: ReviewState, extra: Record<string, unknown> = {}) => {
      if (!collectionSlug) return
      const path: `/${string}` = `/${collectionSlug}${id ? `/${id}` : ''}?locale=${locale}&depth=0&fallback-locale=null&draft=true`
      await submit({
        action: formatAdminURL({ apiRoute: config.routes.api, path }),
        method: id ? 'PATCH' : 'POST',
        overrides: { _status: 'draft', reviewState, ...extra },
        skipValidation: true,
      })
      setUnpublishedVersionCount((count) => count + 1)
    },
    [collectionSlug, config.routes.api, id, locale, setUnpublishedVersionCount, submit],
  )
}
