import { notifyEditorsOfNew } from '../../../email/notifyEditors'

/** Tells the editorial board that a reader wrote: the subject and the code, not who wrote or what. */
export const notifyEditors = notifyEditorsOfNew((doc) => ({
  subject: `Ý kiến mới: ${doc.subject}`,
  lines: ['Cổng thông tin vừa nhận một ý kiến mới của người đọc.', '', `Tiêu đề: ${doc.subject}`, `Mã tra cứu: ${doc.code}`],
}))
