/**
 * The file types the portal knows: what editors may upload, what readers may
 * attach to feedback, how the site serves each file and names it to readers.
 * One table; the rules that use it (sizes, which kinds where) stay with their
 * owners.
 */
export type FileKind = 'image' | 'document' | 'video' | 'captions'

export interface FileType {
  mime: string
  /** Lower-case, without the dot; the first is the usual one. */
  extensions: readonly string[]
  /** What readers are told the file is ("PDF", "Ảnh PNG"). */
  label: string
  kind: FileKind
  /** Text served with its charset. */
  text?: boolean
}

export const FILE_KIND_LABELS: Record<FileKind, string> = {
  image: 'Ảnh',
  document: 'Tài liệu',
  video: 'Video',
  captions: 'Phụ đề WebVTT',
}

export const FILE_TYPES: readonly FileType[] = [
  { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], label: 'Ảnh JPEG', kind: 'image' },
  { mime: 'image/png', extensions: ['png'], label: 'Ảnh PNG', kind: 'image' },
  { mime: 'image/webp', extensions: ['webp'], label: 'Ảnh WebP', kind: 'image' },
  { mime: 'image/avif', extensions: ['avif'], label: 'Ảnh AVIF', kind: 'image' },
  { mime: 'image/gif', extensions: ['gif'], label: 'Ảnh GIF', kind: 'image' },
  { mime: 'application/pdf', extensions: ['pdf'], label: 'PDF', kind: 'document' },
  { mime: 'application/msword', extensions: ['doc'], label: 'Word', kind: 'document' },
  { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'], label: 'Word', kind: 'document' },
  { mime: 'application/vnd.ms-excel', extensions: ['xls'], label: 'Excel', kind: 'document' },
  { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'], label: 'Excel', kind: 'document' },
  { mime: 'text/csv', extensions: ['csv'], label: 'CSV', kind: 'document', text: true },
  { mime: 'video/mp4', extensions: ['mp4'], label: 'Video MP4', kind: 'video' },
  { mime: 'video/webm', extensions: ['webm'], label: 'Video WebM', kind: 'video' },
  { mime: 'text/vtt', extensions: ['vtt'], label: 'Phụ đề WebVTT', kind: 'captions', text: true },
]

const baseMime = (mime: string) => mime.split(';')[0]!.trim().toLowerCase()

export const fileTypeByMime = (mime: string | null | undefined): FileType | undefined => (mime ? FILE_TYPES.find((t) => t.mime === baseMime(mime)) : undefined)

/** By extension, with or without its dot, any case. */
export function fileTypeByExtension(extension: string): FileType | undefined {
  const bare = extension.replace(/^\./, '').toLowerCase()
  return FILE_TYPES.find((t) => t.extensions.includes(bare))
}

export const fileTypesOfKind = (kind: FileKind) => FILE_TYPES.filter((t) => t.kind === kind)

/** The Content-Type to serve a file of this type with. */
export const contentTypeOf = (type: FileType) => (type.text ? `${type.mime}; charset=utf-8` : type.mime)

/** What to call a file for readers: its type's label, else its extension ("ODT"), else "Tệp". */
export function fileTypeLabel(mime: string | null | undefined, filename?: string | null): string {
  const known = fileTypeByMime(mime)
  if (known) return known.label
  const extension = filename?.includes('.') ? filename.split('.').pop()!.toUpperCase() : ''
  return extension || 'Tệp'
}
