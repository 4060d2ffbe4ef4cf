'use client'
/**
 * "Xác minh và giấy chứng nhận" on an award in the admin: its QR code (the
 * SVG the CMS endpoint serves), links to download it as PNG and SVG, to print
 * the certificate sheet and to open the public verification page. On a
 * decision: a link printing the certificates of all its awards.
 */
import { useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { pathFor } from '@portal/shared/urls'
import React from 'react'

const box: React.CSSProperties = { marginBottom: '1.5rem' }
const heading: React.CSSProperties = { fontWeight: 600, marginBottom: '0.5rem' }

export function AwardVerification({ siteUrl }: { siteUrl?: string }) {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const code = useFormFields(([fields]) => fields.verificationCode?.value) as string | undefined
  if (!id) return null
  const base = `${config.serverURL ?? ''}${config.routes.api}/awards/${id}`
  return (
    <div className="field-type award-verification" style={box}>
      <p style={heading}>Mã QR và giấy chứng nhận</p>
      {code ? (
        <>
          <img src={`${base}/qr/svg`} alt={`Mã QR xác minh khen thưởng ${code}`} width={160} height={160} style={{ display: 'block', background: '#fff' }} />
          <p style={{ margin: '0.5rem 0' }}>
            Mã xác minh: <strong>{code}</strong>
          </p>
          <p style={{ margin: 0 }}>
            <a href={`${base}/qr/png`} download={`${code}.png`}>
              Tải mã QR (PNG)
            </a>
            {' · '}
            <a href={`${base}/qr/svg`} download={`${code}.svg`}>
              Tải mã QR (SVG)
            </a>
            {' · '}
            <a href={`${base}/giay-chung-nhan`} target="_blank" rel="noopener">
              In giấy chứng nhận
            </a>
            {siteUrl && (
              <>
                {' · '}
                <a href={`${siteUrl}${pathFor('awards', code)}`} target="_blank" rel="noopener">
                  Mở trang xác minh công khai
                </a>
              </>
            )}
          </p>
        </>
      ) : (
        <p style={{ margin: 0 }}>Mã xác minh được tạo khi lưu khen thưởng.</p>
      )}
    </div>
  )
}

export function DecisionCertificates() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  if (!id) return null
  return (
    <div className="field-type" style={box}>
      <p style={heading}>Giấy chứng nhận</p>
      <p style={{ margin: 0 }}>
        <a href={`${config.serverURL ?? ''}${config.routes.api}/award-decisions/${id}/giay-chung-nhan`} target="_blank" rel="noopener">
          In giấy chứng nhận của tất cả khen thưởng trong quyết định
        </a>{' '}
        (mỗi khen thưởng một trang A4, trừ khen thưởng đã thu hồi).
      </p>
    </div>
  )
}
