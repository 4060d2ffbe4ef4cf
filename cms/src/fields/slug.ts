import type { CollectionSlug, FieldHook, TextField } from 'payload'

import { isSlug, slugify } from '@portal/shared'

import { recordSlugRedirect } from '../hooks/recordSlugRedirect'
import { hasDrafts } from '../workflow/drafts'

type SlugSource = string | ((data: Record<string, unknown>) => string | null | undefined)

/**
 * The first free slug of the form base, base-2, base-3... Two titles that differ
 * only in case or diacritics ("Thi đua", "THI ĐUA") fold to the same slug; the
 * editor should not have to invent one by hand.
 */
async function freeSlug(base: string, { req, collection, originalDoc }: Parameters<FieldHook>[0]): Promise<string> {
  if (!collection) return base
  const taken = await req.payload.find({
    collection: collection.slug as never,
    where: { and: [{ slug: { like: base } }, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])] },
    select: { slug: true } as never,
    limit: 1000,
    depth: 0,
    draft: true,
    overrideAccess: true,
    pagination: false,
    req,
  })
  const used = new Set(taken.docs.map((doc) => (doc as { slug?: string }).slug))
  if (!used.has(base)) return base
  let n = 2
  while (used.has(`${base}-${n}`)) n++
  return `${base}-${n}`
}

/**
 * Whether readers have ever been given this document's URL: a collection
 * without drafts publishes on creation; one with drafts has a live record
 * (the main one, which draft saves leave alone) once it is published.
 */
async function isLive({ collection, originalDoc, req }: Parameters<FieldHook>[0]): Promise<boolean> {
  if (!collection || originalDoc?.id == null) return false
  if (!hasDrafts(req.payload, collection.slug as CollectionSlug)) return true
  const live = (await req.payload.db.findOne({ collection: collection.slug, where: { id: { equals: originalDoc.id } }, req })) as { _status?: string } | null
  return live?._status === 'published'
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Whether a slug is the one this field made from a text (its base, or base-2, base-3...). */
const madeFrom = (slug: string, text: string): boolean => {
  const base = slugify(text)
  return Boolean(base) && new RegExp(`^${escapeRegExp(base)}(-\\d+)?$`).test(slug)
}

/**
 * An unaccented Vietnamese slug for URLs, made from the title when the editor
 * leaves it empty (and then made unique), and normalised when they type one
 * (a typed slug that is taken is refused, so nobody silently loses a URL).
 */
export function slugField(source: SlugSource = 'title'): TextField {
  return {
    name: 'slug',
    label: 'Đường dẫn (slug)',
    type: 'text',
    index: true,
    unique: true,
    admin: {
      position: 'sidebar',
      description: 'Không dấu, nối bằng gạch ngang. Để trống để tạo tự động từ tiêu đề.',
    },
    hooks: {
      beforeValidate: [
        async (args) => {
          const { value, siblingData, originalDoc } = args
          const sourceOf = (data: Record<string, unknown>) => (typeof source === 'function' ? source(data) : data[source])
          const typed = typeof value === 'string' && value.trim() !== '' ? slugify(value) : value === undefined ? originalDoc?.slug : undefined
          if (typeof typed === 'string' && typed) {
            // Until readers have the URL, a slug made from the old title follows a changed title;
            // one the editor typed, or one already published, stays.
            const before = originalDoc ? sourceOf(originalDoc) : undefined
            const now = sourceOf({ ...originalDoc, ...siblingData })
            const follows =
              typed === originalDoc?.slug && typeof before === 'string' && typeof now === 'string' && slugify(now) && slugify(now) !== slugify(before) && madeFrom(typed, before)
            if (follows && !(await isLive(args))) return freeSlug(slugify(now as string), args)
            return typed
          }
          const from = sourceOf(siblingData ?? {})
          if (typeof from !== 'string' || from.trim() === '') return value
          const base = slugify(from)
          return base ? freeSlug(base, args) : value
        },
      ],
      beforeChange: [recordSlugRedirect],
    },
    validate: (value: string | null | undefined) => {
      if (!value) return 'Cần có đường dẫn (slug): hãy nhập tiêu đề hoặc slug.'
      return isSlug(value) || 'Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.'
    },
  }
}
