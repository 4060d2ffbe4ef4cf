/**
 * Rich text (Lexical's stored state) as HTML for readers. Every node the
 * admin's editor offers (cms/src/fields/richText) has a branch here; anything
 * else shows its text. Nothing stored is trusted: all text and attribute values
 * are escaped, links pass the shared safeUrl allow-list, styles are built only
 * from known alignment words and a bounded indent, and no stored HTML, script,
 * handler or frame is ever written.
 *
 * Linked documents and media arrive in `refs`, read published-only through the
 * content layer (lib/content/richText.ts): a node whose target is a draft, was
 * deleted or was never populated shows its text, or nothing, never a dead link.
 */
import { formatFileSize, isRichTextLinkable, safeHref } from '@portal/shared'
import { fileTypeLabel } from '@portal/shared/fileTypes'

import { isMedia, mediaUrl, srcsets, type MediaDoc } from './media'

/** What a link or a content card needs of a linked document. */
export interface LinkedDoc {
  url: string
  title: string
  /** What kind of item it is, for the card ("Văn bản"). */
  kind: string
  excerpt?: string | null
}

export interface RichTextRefs {
  /** By `${collection}:${id}`. */
  docs: Map<string, LinkedDoc>
  /** By id. */
  media: Map<string, MediaDoc>
}

export const EMPTY_REFS: RichTextRefs = { docs: new Map(), media: new Map() }

export const refKey = (collection: string, id: unknown) => `${collection}:${String(id)}`

type Node = Record<string, unknown> & { type?: unknown; children?: unknown }

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text and attribute values, with the editor's "/" query blank (U+2800) as the space it stands for. */
export const escapeHtml = (value: unknown): string =>
  String(value ?? '')
    .replace(/\u2800/g, ' ')
    .replace(/[&<>"']/g, (c) => ESCAPES[c]!)

const attrs = (pairs: Record<string, string | number | null | undefined | false>): string =>
  Object.entries(pairs)
    .filter(([, v]) => v !== null && v !== undefined && v !== false && v !== '')
    .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
    .join('')

// Lexical's text format bits, outermost first.
const FORMATS: Array<[bit: number, tag: string]> = [
  [1, 'strong'],
  [2, 'em'],
  [8, 'u'],
  [4, 's'],
  [16, 'code'],
  [32, 'sub'],
  [64, 'sup'],
]

const ALIGNMENTS = new Set(['left', 'center', 'right', 'justify', 'start', 'end'])
const MAX_INDENT = 8

/** The only style a block may carry: its alignment and its indent, rebuilt from allowed values. */
function blockStyle(node: Node): string | null {
  const parts: string[] = []
  if (typeof node.format === 'string' && ALIGNMENTS.has(node.format)) parts.push(`text-align:${node.format}`)
  const indent = Math.min(MAX_INDENT, Math.max(0, Math.floor(Number(node.indent)) || 0))
  if (indent > 0) parts.push(`margin-inline-start:${indent * 2}em`)
  return parts.length ? parts.join(';') : null
}

const childrenOf = (node: Node): Node[] => (Array.isArray(node.children) ? (node.children.filter((c) => c && typeof c === 'object') as Node[]) : [])

const idOf = (value: unknown): unknown => (value && typeof value === 'object' ? (value as { id?: unknown }).id : value)

/** Where a site path or a web address goes, and whether it leaves the site. */
function linkAttrs(href: string, newTab: boolean): Record<string, string | false> {
  const external = /^https?:/i.test(href)
  return {
    href,
    target: newTab ? '_blank' : false,
    // Another site gets neither our window nor our address.
    rel: external || newTab ? 'noopener noreferrer' : false,
  }
}

function linkHref(node: Node, refs: RichTextRefs): string | null {
  const fields = (node.fields && typeof node.fields === 'object' ? node.fields : {}) as Record<string, unknown>
  if (fields.linkType === 'internal') {
    const doc = fields.doc as { relationTo?: unknown; value?: unknown } | undefined
    if (!doc || !isRichTextLinkable(doc.relationTo)) return null
    return refs.docs.get(refKey(doc.relationTo, idOf(doc.value)))?.url ?? null
  }
  return safeHref(fields.url ?? node.url)
}

function renderLink(node: Node, refs: RichTextRefs): string {
  const inner = renderChildren(node, refs)
  const href = linkHref(node, refs)
  if (!href) return inner
  const fields = (node.fields ?? {}) as Record<string, unknown>
  return `<a${attrs(linkAttrs(href, fields.newTab === true))}>${inner}</a>`
}

const DEFAULT_SIZES = '(min-width: 64rem) 48rem, 100vw'

function renderImage(media: MediaDoc): string {
  const set = srcsets(media)
  const fallback = media.sizes?.full?.filename ? media.sizes.full : media
  const img = `<img${attrs({
    src: mediaUrl(fallback.filename!),
    srcset: set.original,
    sizes: set.original ? DEFAULT_SIZES : null,
    width: fallback.width ?? null,
    height: fallback.height ?? null,
    alt: media.alt ?? '',
    loading: 'lazy',
    decoding: 'async',
  })}>`
  const source = set.webp ? `<source${attrs({ type: 'image/webp', srcset: set.webp, sizes: DEFAULT_SIZES })}>` : ''
  const caption = media.caption ? `<figcaption>${escapeHtml(media.caption)}</figcaption>` : ''
  return `<figure class="rt-image"><picture>${source}${img}</picture>${caption}</figure>`
}

/** A file readers download: its name, then its type and size ("PDF, 1,5 MB"). */
function renderFile(media: MediaDoc): string {
  const about = [fileTypeLabel(media.mimeType, media.filename), typeof media.filesize === 'number' ? formatFileSize(media.filesize) : null].filter(Boolean).join(', ')
  const name = media.caption || media.alt || media.filename
  return `<p class="rt-file"><a${attrs({ href: mediaUrl(media.filename!), download: media.filename! })}>${escapeHtml(name)}</a> <span class="rt-file-about">(${escapeHtml(about)})</span></p>`
}

function renderUpload(node: Node, refs: RichTextRefs): string {
  if (node.relationTo !== 'media') return ''
  const media = refs.media.get(String(idOf(node.value)))
  if (!isMedia(media) || !media.filename) return ''
  return media.mimeType?.startsWith('image/') ? renderImage(media) : renderFile(media)
}

function renderRelationship(node: Node, refs: RichTextRefs): string {
  if (!isRichTextLinkable(node.relationTo)) return ''
  const doc = refs.docs.get(refKey(node.relationTo, idOf(node.value)))
  if (!doc) return ''
  const excerpt = doc.excerpt ? `<span class="rt-card-excerpt">${escapeHtml(doc.excerpt)}</span>` : ''
  return `<aside class="rt-card"><a${attrs({ href: doc.url })}><span class="rt-card-kind">${escapeHtml(doc.kind)}</span> <span class="rt-card-title">${escapeHtml(doc.title)}</span>${excerpt}</a></aside>`
}

function renderText(node: Node): string {
  let html = escapeHtml(node.text)
  const format = typeof node.format === 'number' ? node.format : 0
  for (const [bit, tag] of [...FORMATS].reverse()) if (format & bit) html = `<${tag}>${html}</${tag}>`
  return html
}

function renderListItem(node: Node, refs: RichTextRefs, checklist: boolean): string {
  const kids = childrenOf(node)
  // Lexical nests a list as an item holding only that list.
  if (kids.length > 0 && kids.every((k) => k.type === 'list')) return `<li class="rt-nested">${kids.map((k) => renderNode(k, refs)).join('')}</li>`
  const inner = renderChildren(node, refs)
  if (!checklist) return `<li${attrs({ style: blockStyle(node) })}>${inner}</li>`
  const checked = node.checked === true
  const mark = `<span class="rt-check" aria-hidden="true">${checked ? '☑' : '☐'}</span><span class="visually-hidden">${checked ? 'Đã xong: ' : 'Chưa xong: '}</span>`
  return `<li${attrs({ class: checked ? 'rt-checked' : 'rt-unchecked', style: blockStyle(node) })}>${mark}${inner}</li>`
}

function renderList(node: Node, refs: RichTextRefs): string {
  const kind = node.listType === 'number' ? 'number' : node.listType === 'check' ? 'check' : 'bullet'
  const tag = kind === 'number' ? 'ol' : 'ul'
  const start = kind === 'number' && Number.isInteger(node.start) && (node.start as number) > 1 ? (node.start as number) : null
  const items = childrenOf(node)
    .map((item) => (item.type === 'listitem' ? renderListItem(item, refs, kind === 'check') : `<li>${renderNode(item, refs)}</li>`))
    .join('')
  return `<${tag}${attrs({ class: kind === 'check' ? 'rt-checklist' : null, start, style: blockStyle(node) })}>${items}</${tag}>`
}

const renderChildren = (node: Node, refs: RichTextRefs): string => childrenOf(node).map((c) => renderNode(c, refs)).join('')

function renderNode(node: Node, refs: RichTextRefs): string {
  switch (node.type) {
    case 'root':
      return renderChildren(node, refs)
    case 'text':
      return renderText(node)
    case 'linebreak':
      return '<br>'
    case 'tab':
      return ' '
    case 'paragraph':
      return `<p${attrs({ style: blockStyle(node) })}>${renderChildren(node, refs)}</p>`
    case 'heading': {
      // The page's title is the h1: a stored h1 becomes an h2.
      const level = Math.min(6, Math.max(2, Number(String(node.tag ?? '').replace(/^h/, '')) || 2))
      return `<h${level}${attrs({ style: blockStyle(node) })}>${renderChildren(node, refs)}</h${level}>`
    }
    case 'quote':
      return `<blockquote${attrs({ style: blockStyle(node) })}>${renderChildren(node, refs)}</blockquote>`
    case 'list':
      return renderList(node, refs)
    case 'listitem':
      return renderListItem(node, refs, false)
    case 'horizontalrule':
      return '<hr>'
    case 'link':
    case 'autolink':
      return renderLink(node, refs)
    case 'upload':
      return renderUpload(node, refs)
    case 'relationship':
      return renderRelationship(node, refs)
    default:
      // Something the editor does not offer (an old or foreign node): its words, nothing else.
      return renderChildren(node, refs) || (typeof node.text === 'string' ? escapeHtml(node.text) : '')
  }
}

/** Rich text as HTML. Empty string for anything that is not a Lexical state. */
export function richTextToHtml(state: unknown, refs: RichTextRefs = EMPTY_REFS): string {
  if (!state || typeof state !== 'object' || !('root' in state)) return ''
  const root = (state as { root: unknown }).root
  if (!root || typeof root !== 'object') return ''
  return renderNode(root as Node, refs)
}
