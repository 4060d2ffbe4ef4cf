import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import { changedFields, type AuditAction } from './actions'
import { recordAudit } from './record'

interface Pending {
  operation: string
  draft: boolean
}

const pendingKey = (slug: string) => `audit:${slug}`

/** Remembers what was asked (a draft save, a restore), which the change hooks are not told. */
const rememberOperation: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation === 'create' || operation === 'update' || operation === 'restoreVersion') {
    req.context[pendingKey(collection.slug)] = { operation, draft: Boolean((args as { draft?: boolean }).draft) } satisfies Pending
  }
  return args
}

function actionOf(pending: Pending | undefined, operation: 'create' | 'update', doc: Record<string, unknown>, previous: Record<string, unknown> | undefined): AuditAction {
  if (pending?.operation === 'restoreVersion') return 'restore'
  if (operation === 'create') return 'create'
  if (!('_status' in doc) || pending?.draft) return 'update'
  if (doc._status === 'published') return 'publish'
  if (previous?._status === 'published') return 'unpublish'
  return 'update'
}

const titleOf = (config: { admin?: { useAsTitle?: string } }, doc: Record<string, unknown>) => {
  const value = doc[config.admin?.useAsTitle ?? 'title'] ?? doc.title ?? doc.name
  return value == null ? null : String(value)
}

const recordChange: CollectionAfterChangeHook = async ({ collection, context, doc, operation, previousDoc, req }) => {
  if (context.audit === false) return doc
  const pending = req.context[pendingKey(collection.slug)] as Pending | undefined
  delete req.context[pendingKey(collection.slug)]
  const action = actionOf(pending, operation, doc, previousDoc)
  const base = { collection: collection.slug, documentId: doc.id, title: titleOf(collection, doc) }
  await recordAudit(req, { ...base, action, changedFields: changedFields(operation === 'create' ? null : previousDoc, doc) })
  // Created and published in one step: both facts are on record.
  if (operation === 'create' && doc._status === 'published') await recordAudit(req, { ...base, action: 'publish' })
  return doc
}

const recordDelete: CollectionAfterDeleteHook = async ({ collection, doc, id, req }) => {
  await recordAudit(req, { action: 'delete', collection: collection.slug, documentId: id, title: titleOf(collection, doc) })
  return doc
}

/** Puts a collection's changes on the audit log: who created, changed, published, unpublished, restored or deleted what, and which fields. */
export function withAuditLog(config: CollectionConfig): CollectionConfig {
  return {
    ...config,
    hooks: {
      ...config.hooks,
      beforeOperation: [...(config.hooks?.beforeOperation ?? []), rememberOperation],
      afterChange: [...(config.hooks?.afterChange ?? []), recordChange],
      afterDelete: [...(config.hooks?.afterDelete ?? []), recordDelete],
    },
  }
}
