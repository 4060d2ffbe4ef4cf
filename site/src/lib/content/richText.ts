/**
 * What a rich-text body points at (internal links, content cards, images and
 * files), read published-only and with only the fields the renderer shows, so
 * a link never leads to a draft and a card never loads a whole body. Payload
 * itself does not populate these nodes (the editor's features have maxDepth 0):
 * one batched read per collection here replaces a full read per node there.
 */
import { isRichTextLinkable, pathFor, type RoutedCollection } from '@portal/shared'

import { refKey, type LinkedDoc, type RichTextRefs } from '../richText'
import type { MediaDoc } from '../media'
import { query } from './query'
import { MEDIA_FIELDS, uniqueIds, type Id } from './relations'
import { SOURCES } from './sitemap'

/** What an image or a download link shows. */
export const RICH_TEXT_MEDIA_FIELDS = { ...MEDIA_FIELDS, caption: true, filesize: true } as const

/** A card's line under the title, where the collection has one. */
const EXCERPT_FIELD: Partial<Record<RoutedCollection, string>> = { articles: 'summary', documents: 'abstract', 'award-decisions': 'abstract' }

type Node = { type?: unknown; relationTo?: unknown; value?: unknown; fields?: { linkType?: unknown; doc?: { relationTo?: unknown; value?: unknown } }; children?: unknown }

const idOf = (value: unknown): unknown => (value && typeof value === 'object' ? (value as { id?: unknown }).id : value)

/** The ids each node of a body points at, by collection ('media' for uploads). */
export function richTextTargets(state: unknown): Map<string, Id[]> {
  const found = new Map<string, unknown[]>()
  const add = (collection: string, id: unknown) => {
    if (id === null || id === undefined || id === '') return
    found.set(collection, [...(found.get(collection) ?? []), id])
  }
  const walk = (node: Node, depth: number) => {
    if (!node || typeof node !== 'object' || depth > 200) return
    if (node.type === 'upload' && node.relationTo === 'media') add('media', idOf(node.value))
    if (node.type === 'relationship' && isRichTextLinkable(node.relationTo)) add(node.relationTo, idOf(node.value))
    if ((node.type === 'link' || node.type === 'autolink') && node.fields?.linkType === 'internal' && isRichTextLinkable(node.fields.doc?.relationTo)) {
      add(node.fields.doc!.relationTo as string, idOf(node.fields.doc!.value))
    }
    if (Array.isArray(node.children)) for (const child of node.children) walk(child as Node, depth + 1)
  }
  if (state && typeof state === 'object' && 'root' in state) walk((state as { root: Node }).root, 0)
  return new Map([...found].map(([collection, ids]) => [collection, uniqueIds(ids)]))
}

type Doc = Record<string, any> & { id: Id; slug?: string }

/** The linked documents and media of a body, as the renderer wants them. */
export async function richTextRefs(state: unknown): Promise<RichTextRefs> {
  const refs: RichTextRefs = { docs: new Map(), media: new Map() }
  const targets = richTextTargets(state)
  await Promise.all(
    [...targets].map(async ([collection, ids]) => {
      if (collection === 'media') {
        const { docs } = await query<MediaDoc>('media', { where: { id: { in: ids } }, limit: ids.length, depth: 0, select: RICH_TEXT_MEDIA_FIELDS, pagination: false })
        for (const media of docs) refs.media.set(String(media.id), media)
        return
      }
      const source = SOURCES.find((s) => s.collection === collection)
      if (!source) return
      const excerpt = EXCERPT_FIELD[source.collection]
      const select = Object.fromEntries(['slug', ...source.titleFields, ...(excerpt ? [excerpt] : [])].map((f) => [f, true]))
      const { docs } = await query<Doc>(source.collection, { where: { id: { in: ids } }, limit: ids.length, depth: 0, select, joins: false, pagination: false })
      for (const doc of docs) {
        if (!doc.slug) continue
        const linked: LinkedDoc = { url: pathFor(source.collection, doc.slug), title: source.title(doc), kind: source.label, excerpt: excerpt ? doc[excerpt] : null }
        refs.docs.set(refKey(collection, doc.id), linked)
      }
    }),
  )
  return refs
}
