import type { PayloadRequest } from 'payload'

import type { AuditAction } from './actions'

export const AUDIT_LOG = 'audit-log'

export interface AuditEntry {
  action: AuditAction
  collection: string
  documentId?: number | string | null
  title?: string | null
  changedFields?: string[]
  email?: string | null
}

/**
 * Appends one entry. The log is written only here, by server code with access
 * overridden: no account can create, change or delete entries through the
 * admin or the API. The entry keeps the document's title and the person's
 * e-mail as text, so it still says what and who after either is deleted. A
 * failed write is logged and never fails the editor's change.
 */
export async function recordAudit(req: PayloadRequest, entry: AuditEntry): Promise<number | string | null> {
  const user = req.user?.collection === 'users' ? req.user : null
  try {
    const created = await req.payload.create({
      collection: AUDIT_LOG as never,
      data: {
        action: entry.action,
        targetCollection: entry.collection,
        documentId: entry.documentId == null ? null : String(entry.documentId),
        title: entry.title?.slice(0, 300) ?? null,
        changedFields: entry.changedFields?.join(', ') || null,
        user: user?.id ?? null,
        email: entry.email ?? (user as { email?: string } | null)?.email ?? null,
      } as never,
      overrideAccess: true,
      depth: 0,
      req,
      context: { audit: false },
    })
    return (created as { id: number | string }).id
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `Could not write the audit entry ${entry.action} ${entry.collection}/${entry.documentId ?? ''}` })
    return null
  }
}
