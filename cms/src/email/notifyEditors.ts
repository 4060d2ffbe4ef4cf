import type { CollectionAfterChangeHook, Payload } from 'payload'

import { adminUrl, mailConfigured } from './adapter'
import { sendQuietly } from './sendQuietly'

/** The addresses set in "Cấu hình tương tác", else every editor's and admin's. */
async function editorRecipients(payload: Payload): Promise<string[]> {
  const settings = await payload.findGlobal({ slug: 'engagement-settings', depth: 0, overrideAccess: true }).catch(() => null)
  const configured = (settings?.notifyEmails ?? '')
    .split(/[,;\s]+/)
    .map((address) => address.trim())
    .filter((address) => /^[^\s@]+@[^\s@]+$/.test(address))
  if (configured.length) return configured
  const editors = await payload.find({
    collection: 'users',
    where: { role: { in: ['admin', 'editor'] } },
    depth: 0,
    limit: 100,
    overrideAccess: true,
    select: { email: true },
  })
  return editors.docs.map((user) => user.email).filter(Boolean)
}

export interface EditorNotice {
  subject: string
  /** The mail's lines before the admin link: what arrived and its code, never the reader's details or text. */
  lines: string[]
}

/**
 * An afterChange hook that tells the editorial board of a new reader item
 * (feedback, a consultation comment) with a link to it in the admin. The
 * reader's contact details and text stay behind the admin's sign-in. Runs
 * after the item is stored, only when mail is configured, and never holds up
 * the reader's answer page or undoes the item.
 */
export function notifyEditorsOfNew(describe: (doc: Record<string, any>, payload: Payload) => Promise<EditorNotice> | EditorNotice): CollectionAfterChangeHook {
  return ({ collection, doc, operation, req }) => {
    if (operation !== 'create' || !mailConfigured()) return doc
    const { payload } = req
    void (async () => {
      const notice = await describe(doc, payload)
      const to = await editorRecipients(payload)
      await sendQuietly(payload, {
        to,
        subject: notice.subject,
        text: [...notice.lines, '', `Xem và trả lời: ${adminUrl()}/admin/collections/${collection.slug}/${doc.id}`].join('\n'),
      })
    })().catch((error) => payload.logger.error({ err: error, msg: `Could not notify editors of new ${collection.slug}` }))
    return doc
  }
}
