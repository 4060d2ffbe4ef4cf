import type { Payload } from 'payload'

import { EngagementError } from './errors'

export interface UploadedFile {
  data: Buffer
  name: string
  mimetype: string
  size: number
}

const VIETNAMESE = /[ăâđêôơưạảãàáậầấẩẫắằặẳẵẹẻẽèéệềếểễịỉĩìíọỏõòóộồốổỗờớợởỡụủũùúựừứửữỳýỵỷỹ]/i

/**
 * Stores a file a reader attached (feedback, consultation comments) in the
 * private attachments collection and returns its id. Our own checks refuse a
 * file with a Vietnamese sentence: that is the reader's input. Payload's own
 * content sniffing speaks English ("Invalid MIME type: ...", "The following
 * field is invalid: file"): readers get a Vietnamese sentence instead, the log
 * keeps the English one.
 */
export async function storeReaderAttachment(payload: Payload, file: UploadedFile): Promise<number | string> {
  try {
    const stored = await payload.create({ collection: 'feedback-attachments', data: {}, file, overrideAccess: true, depth: 0 })
    return stored.id
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status && status >= 400 && status < 500) {
      const message = (error as Error).message ?? ''
      const vietnamese = VIETNAMESE.test(message)
      if (!vietnamese) payload.logger.warn({ msg: 'Reader attachment refused by Payload', reason: message })
      throw new EngagementError(status === 413 ? 413 : 400, 'invalid-attachment', 'Tệp đính kèm không hợp lệ.', {
        attachment: vietnamese ? message : 'Tệp đính kèm không đúng định dạng đã chọn hoặc bị hỏng. Vui lòng lưu lại tệp dưới dạng PDF, Word hoặc ảnh JPG, PNG rồi gửi lại.',
      })
    }
    throw error
  }
}

/** Removes an attachment whose item could not be stored: nobody could ever find it. */
export async function dropOrphanAttachment(payload: Payload, id: number | string | null): Promise<void> {
  if (id !== null) await payload.delete({ collection: 'feedback-attachments', id, overrideAccess: true }).catch(() => undefined)
}
