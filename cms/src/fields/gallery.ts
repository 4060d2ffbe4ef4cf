import type { ArrayField, CollectionBeforeValidateHook, CollectionSlug, UploadField, Validate } from 'payload'

import { array } from 'payload/shared'

import { hasDrafts } from '../workflow/drafts'

/**
 * Albums and a model's photo set: many pictures at once, each with its alt
 * text, and nothing published while a picture lacks one.
 *
 * The rows (media + caption) stay as they are; an "add many" field beside them
 * takes any number of files (Payload's bulk upload: drag several in, each gets
 * its own form, where the media library asks for the alt text of every image)
 * and its files become new rows when the document is saved.
 */

const idOf = (value: unknown): unknown => (value && typeof value === 'object' ? (value as { id?: unknown }).id : value)

export const MISSING_ALT_MESSAGE = 'Ảnh chưa có mô tả (văn bản thay thế)'

/** The field that takes many files at once; never stored (its files become rows). */
export function addManyField(name: string, label: string, imagesOnly: boolean): UploadField {
  return {
    name,
    label,
    type: 'upload',
    relationTo: 'media',
    hasMany: true,
    virtual: true,
    ...(imagesOnly ? { filterOptions: { mimeType: { contains: 'image' } } } : {}),
    admin: {
      description: 'Chọn hoặc kéo thả nhiều tệp một lần; với mỗi ảnh hãy nhập mô tả (văn bản thay thế). Khi lưu, các tệp được thêm vào cuối danh sách bên dưới.',
    },
  }
}

/** Moves the files of the "add many" field into rows of the array, after the existing ones, without repeating a file. */
export function appendManyToRows(addMany: string, rows: string, mediaKey: string): CollectionBeforeValidateHook {
  return ({ data }) => {
    if (!data) return data
    const added = Array.isArray(data[addMany]) ? (data[addMany] as unknown[]).map(idOf).filter((id) => id !== null && id !== undefined) : []
    delete data[addMany]
    if (added.length === 0) return data
    const existing = Array.isArray(data[rows]) ? (data[rows] as Array<Record<string, unknown>>) : []
    const present = new Set(existing.map((row) => String(idOf(row?.[mediaKey]))))
    const fresh = [...new Set(added.map(String))].filter((id) => !present.has(id))
    const asId = (id: string) => (/^\d+$/.test(id) ? Number(id) : id)
    return { ...data, [rows]: [...existing, ...fresh.map((id) => ({ [mediaKey]: asId(id) }))] }
  }
}

/**
 * A publish (or any save of a collection without drafts) is refused while a
 * picture of the rows has no alt text; drafts may be saved half done.
 */
export function picturesNeedAlt(mediaKey: string): Validate<unknown, unknown, unknown, ArrayField> {
  return async (value, options) => {
    // Payload's own row checks (minRows...) first: a validate of our own replaces them.
    const rowCheck = array(value as never, options as never)
    if (rowCheck !== true) return rowCheck
    const { data, req, collectionSlug } = options
    const rows = Array.isArray(value) ? (value as Array<Record<string, unknown>>) : []
    if (rows.length === 0 || !req?.payload?.find) return true
    const drafts = collectionSlug ? hasDrafts(req.payload, collectionSlug as CollectionSlug) : false
    if (drafts && (data as { _status?: string } | undefined)?._status !== 'published') return true
    const ids = rows.map((row) => idOf(row?.[mediaKey])).filter((id): id is number | string => typeof id === 'number' || typeof id === 'string')
    if (ids.length === 0) return true
    const { docs } = await req.payload.find({
      collection: 'media',
      where: { and: [{ id: { in: ids } }, { mimeType: { contains: 'image/' } }, { or: [{ alt: { exists: false } }, { alt: { equals: '' } }] }] },
      select: { filename: true },
      depth: 0,
      limit: ids.length,
      pagination: false,
      overrideAccess: true,
      req,
    })
    if (docs.length === 0) return true
    const names = docs.map((doc) => (doc as { filename?: string }).filename ?? String(doc.id)).join(', ')
    return `${MISSING_ALT_MESSAGE}: ${names}. Hãy nhập mô tả cho từng ảnh trong thư viện tệp trước khi xuất bản.`
  }
}
