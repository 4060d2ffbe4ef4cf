import type { CollectionAfterChangeHook } from 'payload'

import { mailConfigured, siteUrl } from '../../../email/adapter'
import { sendQuietly } from '../../../email/sendQuietly'

/**
 * Sends the reader the answer when an editor first marks their item answered
 * (and they left an e-mail address). Marked as sent with a direct database
 * write, so the mark neither runs the hooks again nor changes "updatedAt".
 */
export const notifyReader: CollectionAfterChangeHook = ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || !mailConfigured()) return doc
  if (doc.status !== 'answered' || previousDoc?.status === 'answered' || doc.readerNotifiedAt || !doc.email || !doc.answer) return doc
  void (async () => {
    const sent = await sendQuietly(req.payload, {
      to: doc.email,
      subject: `Trả lời ý kiến của bạn (mã ${doc.code})`,
      text: [
        `Kính gửi ${doc.name},`,
        '',
        `Ban biên tập đã trả lời ý kiến "${doc.subject}" của bạn:`,
        '',
        doc.answer,
        '',
        `Tra cứu lại bất cứ lúc nào: ${siteUrl()}/gop-y/tra-cuu?ma=${encodeURIComponent(doc.code)}`,
      ].join('\n'),
    })
    if (sent) await req.payload.db.updateOne({ collection: 'feedback', id: doc.id, data: { readerNotifiedAt: new Date().toISOString() }, returning: false })
  })().catch((error) => req.payload.logger.error({ err: error, msg: 'Could not send the answer to the reader' }))
  return doc
}
