/**
 * QR codes of award verification pages, with the maintained `qrcode` library.
 * A QR code holds the page's absolute URL (SITE_URL + /xac-minh/<code>), so a
 * phone's camera opens the page that says whether the certificate is genuine.
 */
import { escapeHtml, pathFor } from '@portal/shared'
import QRCode from 'qrcode'

import { env } from '../env/index'

/** The public verification page of an award: on the configured site, or on `base` (the site's own origin). */
export const awardPageUrl = (code: string, base: string = env().siteUrl): string => new URL(pathFor('awards', code), `${base.replace(/\/$/, '')}/`).href

// Level M restores up to 15% of a smudged or folded print; a 4-module quiet zone as the standard asks.
const OPTIONS = { errorCorrectionLevel: 'M', margin: 4 } as const

/** The QR code as a PNG, `width` pixels a side (600: sharp at 5 cm on a 300 dpi print). */
export const qrPng = (url: string, width = 600): Promise<Buffer> => QRCode.toBuffer(url, { ...OPTIONS, type: 'png', width })

/** The QR code as SVG (scales to any print size). `title` names it for screen readers. */
export async function qrSvg(url: string, title?: string): Promise<string> {
  const svg = await QRCode.toString(url, { ...OPTIONS, type: 'svg' })
  if (!title) return svg
  return svg.replace('<svg ', `<svg role="img" aria-label="${escapeHtml(title)}" `)
}
