/**
 * The agency's emblem and name on the sign-in page (Logo) and its emblem in the
 * admin's navigation (Icon): the logo uploaded in "Cấu hình chung" when there is
 * one, else the site's own emblem (site/public/emblem.svg, the same file the
 * public header shows).
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload, ServerProps } from 'payload'
import React from 'react'

import { repoRoot } from '../env/paths'

let defaultEmblem: string | null = null

/** The site's emblem as a data: URL, read once (the admin's CSP allows data: images). */
function siteEmblem(): string {
  if (defaultEmblem === null) {
    try {
      const svg = fs.readFileSync(path.join(repoRoot, 'site/public/emblem.svg'))
      defaultEmblem = `data:image/svg+xml;base64,${svg.toString('base64')}`
    } catch {
      defaultEmblem = ''
    }
  }
  return defaultEmblem
}

interface Agency {
  emblem: string
  agencyName: string | null
  portalName: string | null
}

async function agency(payload: Payload | undefined): Promise<Agency> {
  try {
    const settings = (await payload?.findGlobal({ slug: 'site-settings', depth: 1, overrideAccess: true })) as
      | { agencyName?: string; portalName?: string; logo?: { url?: string | null; mimeType?: string | null } | number | null }
      | undefined
    const logo = settings?.logo && typeof settings.logo === 'object' && settings.logo.url && settings.logo.mimeType?.startsWith('image/') ? settings.logo.url : null
    return { emblem: logo ?? siteEmblem(), agencyName: settings?.agencyName ?? null, portalName: settings?.portalName ?? null }
  } catch {
    // A fresh portal before its first migration has no settings yet.
    return { emblem: siteEmblem(), agencyName: null, portalName: null }
  }
}

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
