'use client'
/**
 * Beside a consultation in the admin: links to the council summary (printable
 * page and spreadsheet), served by the collection's own endpoints.
 */
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import React from 'react'

export function ConsultationSummaryLinks() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  if (!id) return null
  const base = `${config.serverURL ?? ''}${config.routes.api}/consultations/${id}/tong-hop`
  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }}>
      <p style={{ fontWeight: 600, marginBottom: '0.5rem' }}>Báo cáo Hội đồng</p>
      <p style={{ margin: 0 }}>
        <a href={base} target="_blank" rel="noopener">
          Tổng hợp ý kiến (bản in)
        </a>
        {' · '}
        <a href={`${base}/csv`}>Bảng tính (CSV)</a>
      </p>
    </div>
  )
}
