/**
 * The agency as the admin and its printed sheets show it: the logo uploaded in
 * "Cấu hình chung" when there is one, else the site's own emblem
 * (site/public/emblem.svg, the file the public header shows), and its names.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

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

export interface Agency {
  emblem: string
  agencyName: string | null
  portalName: string | null
}

export async function agencyIdentity(payload: Payload | undefined): Promise<Agency> {
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
