/**
 * The site's only door to content. Every read goes through Payload's Local API
 * as an anonymous reader (overrideAccess: false, no user), so the collections'
 * own access rules decide what is visible, and we add `_status: published` on
 * top for collections with drafts: a draft can never reach a reader, even if an
 * access rule were loosened for the admin.
 */
import config from '@portal/cms/config'
import { getPayload, type CollectionSlug, type Where } from 'payload'

let payloadPromise: ReturnType<typeof getPayload> | null = null

function payload() {
  payloadPromise ??= getPayload({ config })
  return payloadPromise
}

const DRAFTABLE: ReadonlySet<string> = new Set(['articles', 'documents', 'movements', 'exemplary-models', 'galleries', 'pages'])

function publishedOnly(collection: CollectionSlug, where?: Where): Where | undefined {
  if (!DRAFTABLE.has(collection)) return where
  const published: Where = { _status: { equals: 'published' } }
  return where ? { and: [published, where] } : published
}

interface FindOptions {
  where?: Where
  limit?: number
  page?: number
  sort?: string
  depth?: number
}

async function find(collection: CollectionSlug, { where, limit = 10, page = 1, sort, depth = 1 }: FindOptions = {}) {
  const p = await payload()
  return p.find({ collection, where: publishedOnly(collection, where), limit, page, sort, depth, draft: false, overrideAccess: false })
}

export interface ArticleSummary {
  id: number | string
  title: string
  slug: string
  summary?: string | null
  publishedAt: string
  isSample?: boolean | null
}

export async function latestArticles(limit = 10, page = 1) {
  const result = await find('articles', { limit, page, sort: '-publishedAt', depth: 0 })
  return { ...result, docs: result.docs as unknown as ArticleSummary[] }
}

export async function articleBySlug(slug: string) {
  const result = await find('articles', { where: { slug: { equals: slug } }, limit: 1, depth: 1 })
  return (result.docs[0] as any) ?? null
}

export async function siteSettings() {
  const p = await payload()
  return p.findGlobal({ slug: 'site-settings', depth: 1, overrideAccess: false })
}

export async function navigation() {
  const p = await payload()
  return p.findGlobal({ slug: 'navigation', depth: 0, overrideAccess: false })
}
