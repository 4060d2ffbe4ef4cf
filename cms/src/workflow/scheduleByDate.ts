import type { CollectionAfterOperationHook, CollectionBeforeOperationHook, CollectionSlug, PayloadRequest } from 'payload'

import { canPublish } from '../access/roles'

const contextKey = (slug: string) => `scheduleByDate:${slug}`

/**
 * A publication date in the future means "scheduled": publishing an article
 * dated tomorrow saves it as an approved draft and queues Payload's own
 * scheduled publish for that moment, instead of putting it live at once
 * under tomorrow's date. Only for people who may publish (and server code):
 * an author's request to publish is refused by access control as before.
 */
export function scheduleByDate(dateField: string) {
  const before: CollectionBeforeOperationHook = async ({ args, collection, operation, overrideAccess, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const data = args.data as Record<string, unknown> | undefined
    if (!data || data._status !== 'published') return args
    if (!overrideAccess && !canPublish(req.user)) return args
    const id = (args as { id?: number | string }).id
    if (operation === 'update' && id == null) return args
    let when = data[dateField]
    if (when === undefined && id != null) {
      const current = await req.payload.findByID({ collection: collection.slug as CollectionSlug, id, draft: true, depth: 0, overrideAccess: true, req, disableErrors: true })
      when = (current as Record<string, unknown> | null)?.[dateField]
    }
    const at = typeof when === 'string' || when instanceof Date ? new Date(when) : null
    if (!at || Number.isNaN(at.getTime()) || at.getTime() <= Date.now()) return args
    req.context[contextKey(collection.slug)] = at.toISOString()
    return { ...args, draft: true, data: { ...data, _status: 'draft', reviewState: 'published' } }
  }

  const after: CollectionAfterOperationHook = async ({ collection, operation, req, result }) => {
    if (operation !== 'create' && operation !== 'updateByID') return result
    const at = req.context[contextKey(collection.slug)]
    if (typeof at !== 'string') return result
    delete req.context[contextKey(collection.slug)]
    const id = (result as { id?: number | string } | undefined)?.id
    if (id == null) return result
    await queuePublish(req, collection.slug as CollectionSlug, id, at)
    return result
  }

  return { before, after }
}

/** One pending scheduled publish per document: a changed date replaces the earlier one. */
async function queuePublish(req: PayloadRequest, collection: CollectionSlug, id: number | string, at: string) {
  const { payload } = req
  await payload.delete({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { 'input.doc.value': { equals: String(id) } },
        { 'input.doc.relationTo': { equals: collection } },
        { 'input.type': { equals: 'publish' } },
      ],
    },
    overrideAccess: true,
    req,
  })
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type: 'publish',
      doc: { relationTo: collection, value: String(id) },
      ...(req.user?.collection === 'users' ? { user: { relationTo: 'users', value: req.user.id } } : {}),
    },
    waitUntil: new Date(at),
    req,
  } as never)
}
