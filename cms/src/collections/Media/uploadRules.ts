/**
 * What may be uploaded, and how large. Anything else is refused with a message
 * that says what is accepted.
 */
export interface UploadKind {
  label: string
  mimeTypes: string[]
  extensions: string[]
  maxBytes: number
}

const MB = 1024 * 1024

export const UPLOAD_KINDS: Record<'image' | 'document' | 'video' | 'captions', UploadKind> = {
  image: {
    label: 'Ảnh',
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
    extensions: ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif'],
    maxBytes: 15 * MB,
  },
  document: {
    label: 'Tài liệu',
    mimeTypes: [
      'application/pdf',
      'application/msword',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.ms-excel',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'text/csv',
    ],
    extensions: ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'csv'],
    maxBytes: 30 * MB,
  },
  video: {
    label: 'Video',
    mimeTypes: ['video/mp4', 'video/webm'],
    extensions: ['mp4', 'webm'],
    maxBytes: 300 * MB,
  },
  captions: {
    label: 'Phụ đề WebVTT',
    mimeTypes: ['text/vtt'],
    extensions: ['vtt'],
    maxBytes: 1 * MB,
  },
}

export const ACCEPTED_MIME_TYPES = Object.values(UPLOAD_KINDS).flatMap((k) => k.mimeTypes)

export const LARGEST_UPLOAD = Math.max(...Object.values(UPLOAD_KINDS).map((k) => k.maxBytes))

export function uploadKindOf(mimeType: string | undefined): keyof typeof UPLOAD_KINDS | null {
  if (!mimeType) return null
  const base = mimeType.split(';')[0]!.trim().toLowerCase()
  for (const [kind, rule] of Object.entries(UPLOAD_KINDS)) {
    if (rule.mimeTypes.includes(base)) return kind as keyof typeof UPLOAD_KINDS
  }
  return null
}

export function acceptedListVi(): string {
  return Object.values(UPLOAD_KINDS)
    .map((k) => `${k.label}: ${k.extensions.join(', ')} (tối đa ${Math.round(k.maxBytes / MB)} MB)`)
    .join('; ')
}
