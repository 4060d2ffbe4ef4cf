/** The agency's emblem and name on the sign-in page (Logo) and its emblem in the admin's navigation (Icon). */
import type { ServerProps } from 'payload'
import React from 'react'

import { agencyIdentity as agency } from '../globals/agency'

export async function AgencyLogo({ payload }: ServerProps) {
  const { emblem, agencyName, portalName } = await agency(payload)
  return (
    <div className="agency-logo" style={{ display: 'flex', alignItems: 'center', gap: '1rem' }}>
      {emblem && <img src={emblem} alt="Biểu trưng" width={72} height={72} />}
      <div>
        <div style={{ fontSize: '1.4rem', fontWeight: 700, lineHeight: 1.2 }}>{portalName ?? 'Cổng thông tin Thi đua – Khen thưởng'}</div>
        {agencyName && <div style={{ marginTop: '0.25rem' }}>{agencyName}</div>}
        <div style={{ marginTop: '0.25rem', opacity: 0.8 }}>Trang quản trị</div>
      </div>
    </div>
  )
}

export async function AgencyIcon({ payload }: ServerProps) {
  const { emblem } = await agency(payload)
  return emblem ? <img src={emblem} alt="Biểu trưng" width={28} height={28} /> : null
}
