/**
 * What may be uploaded, and how large. Anything else is refused with a message
 * that says what is accepted.
 */
import { FILE_KIND_LABELS, fileTypesOfKind, type FileKind } from '@portal/shared/fileTypes'
import { fileTypeFromBuffer } from 'file-type'
import sharp, { type Sharp } from 'sharp'

export interface UploadKind {
  label: string
  mimeTypes: string[]
  extensions: string[]
  maxBytes: number
}

const MB = 1024 * 1024

/** Each kind's types come from the one file types table (shared/src/fileTypes.ts); the size caps are the upload's own. */
const kind = (name: FileKind, maxBytes: number): UploadKind => ({
  label: FILE_KIND_LABELS[name],
  mimeTypes: fileTypesOfKind(name).map((t) => t.mime),
  extensions: fileTypesOfKind(name).flatMap((t) => t.extensions),
  maxBytes,
})

export const UPLOAD_KINDS: Record<FileKind, UploadKind> = {
  image: kind('image', 15 * MB),
  document: kind('document', 30 * MB),
  video: kind('video', 300 * MB),
  captions: kind('captions', 1 * MB),
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

const startsWith = (data: Buffer, bytes: number[], at = 0) => bytes.every((b, i) => data[at + i] === b)
const ascii = (data: Buffer, from: number, to: number) => data.subarray(from, to).toString('latin1')

/** What the first bytes of each accepted type look like. Text types only need to be text. */
const SIGNATURES: Record<string, (data: Buffer) => boolean> = {
  'image/jpeg': (d) => startsWith(d, [0xff, 0xd8, 0xff]),
  'image/png': (d) => startsWith(d, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  'image/gif': (d) => ascii(d, 0, 4) === 'GIF8',
  'image/webp': (d) => ascii(d, 0, 4) === 'RIFF' && ascii(d, 8, 12) === 'WEBP',
  'image/avif': (d) => ascii(d, 4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(d, 8, 12)),
  // Payload itself refuses a PDF without its end-of-file marker and cross-reference table
  'application/pdf': (d) => ascii(d, 0, 5) === '%PDF-' && /%%EOF/.test(ascii(d, Math.max(0, d.length - 1024), d.length)) && /xref/.test(ascii(d, Math.max(0, d.length - 1024), d.length)),
  'application/msword': (d) => startsWith(d, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  'application/vnd.ms-excel': (d) => startsWith(d, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': (d) => ascii(d, 0, 4) === 'PK\x03\x04',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': (d) => ascii(d, 0, 4) === 'PK\x03\x04',
  'video/mp4': (d) => ascii(d, 4, 8) === 'ftyp',
  'video/webm': (d) => startsWith(d, [0x1a, 0x45, 0xdf, 0xa3]),
  'text/csv': (d) => !d.subarray(0, 65536).includes(0),
  'text/vtt': (d) => !d.subarray(0, 65536).includes(0),
}

const TEXT_TYPES = new Set(['text/csv', 'text/vtt'])

/**
 * Whether the content really is of the declared type, or at least of another
 * binary type of the same kind (a JPEG saved as .png is still a picture).
 * Payload checks content too, but answers in English; checking first lets the
 * editor read why in Vietnamese.
 */
export function contentMatchesType(mimeType: string, data: Buffer): boolean {
  const declared = mimeType.split(';')[0]!.trim().toLowerCase()
  const check = SIGNATURES[declared]
  if (!check || check(data)) return true
  const kind = uploadKindOf(declared)
  if (!kind || TEXT_TYPES.has(declared)) return false
  return UPLOAD_KINDS[kind].mimeTypes.some((type) => !TEXT_TYPES.has(type) && SIGNATURES[type]?.(data))
}

const OFFICE_OPEN_XML = new Set(['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'])

/**
 * Word and Excel files since 2007 are ZIP archives: the first bytes cannot
 * tell a report from any archive renamed .docx. file-type (what Payload uses
 * after us, answering in English) reads the archive's parts; we ask it first
 * so the refusal is in Vietnamese.
 */
export async function officeContentMatches(mimeType: string, data: Buffer | undefined): Promise<boolean> {
  const declared = mimeType.split(';')[0]!.trim().toLowerCase()
  if (!OFFICE_OPEN_XML.has(declared) || !data?.length) return true
  return (await fileTypeFromBuffer(data))?.mime === declared
}

/** Pictures larger than this are refused: a 20,000 × 20,000 PNG of a few kilobytes unpacks to 1.6 GB of pixels. */
export const MAX_IMAGE_PIXELS = 40_000_000
export const MAX_IMAGE_SIDE = 12_000

/**
 * Why a picture's declared size makes it unsafe to open, in Vietnamese, or
 * null. Reads only the header (sharp's metadata does not decode the pixels).
 */
export async function imageSizeProblem(mimeType: string, data: Buffer | undefined): Promise<string | null> {
  if (!mimeType.startsWith('image/') || !data?.length) return null
  let width = 0
  let height = 0
  try {
    const meta = await sharp(data, { limitInputPixels: false }).metadata()
    width = meta.width ?? 0
    height = meta.height ?? 0
  } catch {
    return 'Không đọc được ảnh: tệp bị hỏng hoặc không phải ảnh.'
  }
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height > MAX_IMAGE_PIXELS) {
    return `Ảnh quá lớn (${width.toLocaleString('vi-VN')} × ${height.toLocaleString('vi-VN')} điểm ảnh). Ảnh tối đa ${MAX_IMAGE_SIDE.toLocaleString('vi-VN')} điểm ảnh mỗi chiều và ${MAX_IMAGE_PIXELS / 1_000_000} triệu điểm ảnh.`
  }
  return null
}

const REENCODED: Record<string, (image: Sharp) => Sharp> = {
  jpeg: (image) => image.jpeg({ quality: 92, mozjpeg: true }),
  png: (image) => image.png(),
  webp: (image) => image.webp({ quality: 92 }),
}

/**
 * A photo as stored: turned upright by its EXIF orientation, then without its
 * metadata (EXIF, with the GPS position of where it was taken, the camera's
 * serial number, XMP), which would otherwise be published with it. Encoded
 * again in the format it really is (whatever its name says), colour profile
 * kept. GIF and AVIF, and anything else, are returned as they are.
 */
export async function withoutPhotoMetadata(mimeType: string, data: Buffer): Promise<Buffer> {
  if (!mimeType.startsWith('image/') || !data.length) return data
  const image = sharp(data, { limitInputPixels: MAX_IMAGE_PIXELS })
  const encode = REENCODED[(await image.metadata()).format ?? '']
  return encode ? encode(image.rotate().keepIccProfile()).toBuffer() : data
}
