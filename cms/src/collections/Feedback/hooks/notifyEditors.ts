import type { CollectionAfterChangeHook } from 'payload'

import { adminUrl, mailConfigured } from '../../../email/adapter'
import { sendQuietly } from '../../../email/sendQuietly'

/** The addresses set in "Cấu hình tương tác", else every editor's and admin's. */
async function recipients(req: Parameters<CollectionAfterChangeHook>[0]['req']): Promise<string[]> {
  const settings = await req.payload.findGlobal({ slug: 'engagement-settings', depth: 0, overrideAccess: true }).catch(() => null)
  const configured = (settings?.notifyEmails ?? '')
    .split(/[,;\s]+/)
    .map((address) => address.trim())
    .filter((address) => /^[^\s@]+@[^\s@]+$/.test(address))
  if (configured.length) return configured
  const editors = await req.payload.find({
    collection: 'users',
    where: { role: { in: ['admin', 'editor'] } },
    depth: 0,
    limit: 100,
    overrideAccess: true,
    select: { email: true },
  })
  return editors.docs.map((user) => user.email).filter(Boolean)
}

/**
 * Tells the editorial board that a reader wrote. The mail carries the subject,
 * the code and a link to the admin, not the reader's contact details or text:
 * those stay behind the admin's sign-in. Runs after the item is stored and
 * never holds up the reader's answer page.
 */
export const notifyEditors: CollectionAfterChangeHook = ({ doc, operation, req }) => {
  if (operation !== 'create' || !mailConfigured()) return doc
  void (async () => {
    const to = await recipients(req)
    await sendQuietly(req.payload, {
      to,
      subject: `Ý kiến mới: ${doc.subject}`,
      text: [
        'Cổng thông tin vừa nhận một ý kiến mới của người đọc.',
        '',
        `Tiêu đề: ${doc.subject}`,
        `Mã tra cứu: ${doc.code}`,
        '',
        `Xem và trả lời: ${adminUrl()}/admin/collections/feedback/${doc.id}`,
      ].join('\n'),
    })
  })().catch((error) => req.payload.logger.error({ err: error, msg: 'Could not notify editors of new feedback' }))
  return doc
}
