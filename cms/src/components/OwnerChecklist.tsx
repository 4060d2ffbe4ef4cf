/**
 * Before the dashboard: the owner details the portal rules ask every page to
 * show (Nghị định 42/2022/NĐ-CP; see docs/portal-rules.md) that are still
 * empty, each a link to where it is entered. The site leaves empty ones out
 * rather than show a placeholder, so this list is where the gap is visible.
 */
import type { ServerProps } from 'payload'
import React from 'react'

import { ownerChecklist } from '../globals/ownerDetails'

export async function OwnerChecklist({ payload }: ServerProps) {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
  const missing = ownerChecklist(settings as unknown as Record<string, unknown>, payload.config.routes.admin)
  if (missing.length === 0) return null
  return (
    <section aria-labelledby="thong-tin-chu-quan-con-thieu" className="owner-checklist" style={{ marginBottom: '2rem' }}>
      <h2 id="thong-tin-chu-quan-con-thieu">Thông tin chủ quản còn thiếu</h2>
      <p>Quy định về cổng thông tin điện tử yêu cầu chân trang ghi các thông tin dưới đây. Cổng chưa hiển thị mục nào còn để trống.</p>
      <ul>
        {missing.map(({ name, label, href }) => (
          <li key={name}>
            <a href={href}>{label}</a>
          </li>
        ))}
      </ul>
    </section>
  )
}
