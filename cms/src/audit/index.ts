import type { CollectionConfig } from 'payload'

import { withAuditLog } from './hooks'
import { AUDIT_LOG } from './record'

/** Written by readers in volume, or by the portal itself: not editorial changes. */
const NOT_AUDITED = new Set([AUDIT_LOG, 'article-ratings', 'poll-votes', 'rate-limits', 'visit-counters', 'visit-presence'])

/** The collections, with the audit log's hooks on every one an editor or administrator changes. */
export const withAuditLogs = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => (NOT_AUDITED.has(collection.slug) ? collection : withAuditLog(collection)))
