import type { FieldHook, TextField } from 'payload'

import { isSlug, slugify } from '@portal/shared'

import { recordSlugRedirect } from '../hooks/recordSlugRedirect'

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
          if (typeof value === 'string' && value.trim() !== '') return slugify(value)
          // A partial update that does not send the slug keeps the published URL.
          if (value === undefined && originalDoc?.slug) return originalDoc.slug
          const from = typeof source === 'function' ? source(siblingData ?? {}) : siblingData?.[source]
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
