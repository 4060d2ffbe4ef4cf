/**
 * URLs and srcsets for files uploaded to the CMS. The site serves them itself
 * (pages/media/[...file].ts), from the same folder the CMS writes to.
 */
export interface MediaSize {
  url?: string | null
  width?: number | null
  height?: number | null
  mimeType?: string | null
  filesize?: number | null
  filename?: string | null
}

export interface MediaDoc extends MediaSize {
  id: number | string
  alt?: string | null
  caption?: string | null
  credit?: string | null
  isSample?: boolean | null
  sizes?: Record<string, MediaSize | undefined> | null
  captions?: MediaDoc | number | string | null
}

export function mediaUrl(filename: string): string {
  return `/media/${encodeURIComponent(filename)}`
}

export function isMedia(value: unknown): value is MediaDoc {
  return typeof value === 'object' && value !== null && 'filename' in value
}

const ORDER = ['thumbnail', 'card', 'full'] as const

/** srcset strings for the original format and for WebP, from the sizes sharp made. */
export function srcsets(media: MediaDoc): { original: string; webp: string } {
  const entries = (suffix: string) =>
    ORDER.map((name) => media.sizes?.[`${name}${suffix}`])
      .filter((s): s is MediaSize => Boolean(s?.filename && s.width))
      .map((s) => `${mediaUrl(s.filename!)} ${s.width}w`)
      .join(', ')
  return { original: entries(''), webp: entries('Webp') }
}

/** The best single file for a given display width (for og:image, thumbnails). */
export function sizedUrl(media: MediaDoc, preferred: 'thumbnail' | 'card' | 'full' = 'card'): string | null {
  const size = media.sizes?.[preferred]
  if (size?.filename) return mediaUrl(size.filename)
  return media.filename ? mediaUrl(media.filename) : null
}
