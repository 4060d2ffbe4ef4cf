import path from 'node:path'

import { FEEDBACK_LIMITS } from '@portal/shared'
import { APIError, type CollectionBeforeOperationHook, type CollectionConfig } from 'payload'

import { isEditor, nobody } from '../access'
import { dataDir } from '../env/paths'
import { contentMatchesType, imageSizeProblem, officeContentMatches, withoutPhotoMetadata } from './Media/uploadRules'

/**
 * Files readers attach to their feedback. They may hold personal documents,
 * so they live outside the public media folder (the site serves that one by
 * file name) and only editors can download them, through the API.
 */
export const feedbackAttachmentsDir = path.join(dataDir, 'private', 'feedback-attachments')

/** The same limits the form states (shared/src/feedback.ts), checked again on the file's real content. */
const checkAttachment: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const extension = path.extname(file.name ?? '').slice(1).toLowerCase()
  const typeAccepted = FEEDBACK_LIMITS.attachmentTypes.includes(file.mimetype)
  const extensionAccepted = FEEDBACK_LIMITS.attachmentExtensions.includes(extension)
  if (!typeAccepted || !extensionAccepted) {
    throw new APIError('Tệp đính kèm chỉ nhận PDF, Word (doc, docx) hoặc ảnh JPG, PNG.', 400, { reason: `attachment type ${file.mimetype}` }, true)
  }
  if (file.size > FEEDBACK_LIMITS.attachmentBytes) throw new APIError('Tệp đính kèm tối đa 5 MB.', 413, { reason: `attachment of ${file.size} bytes` }, true)
  if (file.data?.length && (!contentMatchesType(file.mimetype, file.data) || !(await officeContentMatches(file.mimetype, file.data)))) {
    throw new APIError(`Nội dung tệp "${file.name}" không đúng định dạng ${extension}: tệp bị hỏng hoặc bị đổi đuôi.`, 400, { reason: 'attachment content does not match its type' }, true)
  }
  const tooLarge = await imageSizeProblem(file.mimetype, file.data)
  if (tooLarge) throw new APIError(tooLarge, 400, { reason: 'attachment image dimensions over the limit' }, true)
  if (file.data?.length) {
    file.data = await withoutPhotoMetadata(file.mimetype, file.data)
    file.size = file.data.length
  }
  return args
}

export const FeedbackAttachments: CollectionConfig = {
  slug: 'feedback-attachments',
  labels: { singular: 'Tệp đính kèm ý kiến', plural: 'Tệp đính kèm ý kiến' },
  admin: { group: 'Tương tác', description: 'Tệp người đọc gửi kèm ý kiến. Chỉ Ban biên tập xem được.' },
  access: { read: isEditor, create: nobody, update: nobody, delete: isEditor },
  upload: {
    staticDir: feedbackAttachmentsDir,
    mimeTypes: [...FEEDBACK_LIMITS.attachmentTypes],
  },
  hooks: { beforeOperation: [checkAttachment] },
  fields: [],
}
