import path from 'node:path'

import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { UPLOAD_KINDS, acceptedListVi, contentMatchesType, imageSizeProblem, officeContentMatches, uploadKindOf, withoutPhotoMetadata } from '../uploadRules'

const GENERIC_TYPES = new Set(['text/plain', 'application/octet-stream', ''])

const EXTENSION_TYPES: Record<string, string> = { vtt: 'text/vtt', csv: 'text/csv' }

/**
 * Refuses any upload that is not an accepted kind or is too large for its
 * kind, before Payload stores anything, with a Vietnamese message for the
 * editor (the English one goes to the log through APIError).
 *
 * Text formats (WebVTT, CSV) often arrive as text/plain: we type them by
 * extension, and a captions file must really start with "WEBVTT". The content
 * must match the type (a program renamed .png, a truncated PDF are refused).
 */
export const checkUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const extension = path.extname(file.name ?? '').slice(1).toLowerCase()
  if (GENERIC_TYPES.has(file.mimetype ?? '') && EXTENSION_TYPES[extension]) {
    file.mimetype = EXTENSION_TYPES[extension]!
  }
  const kind = uploadKindOf(file.mimetype)
  const rule = kind ? UPLOAD_KINDS[kind] : null
  if (!kind || !rule || !rule.extensions.includes(extension)) {
    throw new APIError(
      `Tệp "${file.name}" không được chấp nhận (loại ${file.mimetype || 'không rõ'}). Chỉ nhận: ${acceptedListVi()}.`,
      400,
      { reason: `Refused upload ${file.name} of type ${file.mimetype}` },
      true,
    )
  }
  if (file.size > rule.maxBytes) {
    throw new APIError(
      `Tệp "${file.name}" quá lớn (${(file.size / 1024 / 1024).toFixed(1)} MB). ${rule.label} tối đa ${rule.maxBytes / 1024 / 1024} MB.`,
      413,
      { reason: `Upload ${file.name} is ${file.size} bytes, over the ${kind} limit of ${rule.maxBytes}` },
      true,
    )
  }
  // Without data the file is a temporary file on disk: Payload's own content check covers it.
  if (file.data?.length && (!contentMatchesType(file.mimetype, file.data) || !(await officeContentMatches(file.mimetype, file.data)))) {
    throw new APIError(
      `Nội dung tệp "${file.name}" không phải là ${rule.label.toLowerCase()} hợp lệ (${extension}): tệp bị hỏng hoặc bị đổi đuôi.`,
      400,
      { reason: `Upload ${file.name}: content does not match ${file.mimetype}` },
      true,
    )
  }
  const tooLarge = await imageSizeProblem(file.mimetype, file.data)
  if (tooLarge) throw new APIError(tooLarge, 400, { reason: `Upload ${file.name}: image dimensions over the limit` }, true)
  if (kind === 'captions' && !file.data.subarray(0, 16).toString('utf8').replace(/^\uFEFF/, '').startsWith('WEBVTT')) {
    throw new APIError(`Tệp phụ đề "${file.name}" không đúng định dạng WebVTT (phải bắt đầu bằng "WEBVTT").`, 400, undefined, true)
  }
  // Published photos must not carry where they were taken (EXIF GPS) or other metadata.
  if (kind === 'image' && file.data?.length) {
    file.data = await withoutPhotoMetadata(file.mimetype, file.data)
    file.size = file.data.length
  }
  return args
}
