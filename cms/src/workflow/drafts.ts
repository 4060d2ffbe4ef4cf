import type { CollectionSlug, Payload } from 'payload'

/**
 * Whether a collection keeps drafts (the editorial workflow gives them
 * `versions.drafts`): read from the running config, so every rule that treats
 * drafts apart (published-only reads, redirects, media in use) follows the
 * content model without a list of its own.
 */
export const hasDrafts = (payload: Payload, collection: CollectionSlug): boolean => Boolean(payload.collections[collection]?.config.versions?.drafts)
