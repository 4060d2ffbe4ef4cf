import type { Config, Plugin } from 'payload'

import { canPublish, hasRole } from '../access/roles'

/**
 * What each role sees in the admin's navigation and dashboard. Authors write
 * (articles, documents, movements, models, albums, pages, media); the
 * reference lists, the honour roll, reader engagement, statistics and settings
 * are the editors' (authors still pick from them in relationship fields, which
 * read through the API, not the navigation). Users are the administrators'. Access rules stay where they are: this only hides.
 */
const EDITORS = new Set([
  'awards',
  'award-decisions',
  'award-types',
  'categories',
  'units',
  'blocs',
  'document-types',
  'article-ratings',
  'polls',
  'poll-votes',
  'feedback',
  'feedback-attachments',
  'visit-counters',
  'visit-presence',
  'site-settings',
  'navigation',
  'engagement-settings',
  'redirects',
])
const ADMINS = new Set(['users'])

type Hidden = (args: { user: unknown }) => boolean

function hiddenFor(slug: string): Hidden | null {
  if (ADMINS.has(slug)) return ({ user }) => !hasRole(user, 'admin')
  if (EDITORS.has(slug)) return ({ user }) => !canPublish(user)
  return null
}

/** Applies the table above; listed last among the plugins so it sees their collections too. */
export const roleVisibility: Plugin = (config: Config): Config => {
  const apply = <T extends { slug: string; admin?: { hidden?: unknown } }>(entity: T): T => {
    const hidden = hiddenFor(entity.slug)
    // A collection hidden from everyone (rate limits) stays hidden.
    if (!hidden || entity.admin?.hidden === true) return entity
    return { ...entity, admin: { ...entity.admin, hidden } }
  }
  return { ...config, collections: config.collections?.map(apply), globals: config.globals?.map(apply) }
}
