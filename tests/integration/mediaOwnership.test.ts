import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MEDIA_REFERENCES } from '../../cms/src/collections/Media/usage'

import { expectDenied } from './helpers/errors'
import { makeUser, startPortal, type TestPortal } from './helpers/payload'

type User = Awaited<ReturnType<typeof makeUser>>

let portal: TestPortal
let payload: Payload
let author: User
let otherAuthor: User
let editor: User

beforeAll(async () => {
  portal = await startPortal()
  payload = portal.payload
  // The first account of a portal becomes its administrator.
  await makeUser(payload, 'admin')
  author = await makeUser(payload, 'author')
  otherAuthor = await makeUser(payload, 'author', 'author-2')
  editor = await makeUser(payload, 'editor')
})
afterAll(async () => portal?.close())

const as = (user: User) => ({ overrideAccess: false as const, user })

async function upload(user: User, name: string) {
  const data = await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 10, g: 120, b: 60 } } }).png().toBuffer()
  return payload.create({ collection: 'media', data: { alt: `Ảnh ${name}` }, file: { data, mimetype: 'image/png', name: `${name}.png`, size: data.length }, ...as(user) })
}

describe('who may change a media file', () => {
  it('records who uploaded it, whatever the client sends', async () => {
    const media = await upload(author, 'anh-cua-tac-gia')
    expect((media as any).createdBy?.id ?? (media as any).createdBy).toBe(author.id)
  })

  it('an author edits their own unused upload, not another author’s', async () => {
    const media = await upload(author, 'anh-chua-dung')
    const updated = await payload.update({ collection: 'media', id: media.id, data: { alt: 'Mô tả mới' }, ...as(author) })
    expect(updated.alt).toBe('Mô tả mới')
    await expectDenied(payload.update({ collection: 'media', id: media.id, data: { alt: 'Sửa trộm' }, ...as(otherAuthor) }), 'other author', [403, 404])
  })

  it('once a published page shows it, only an editor changes it', async () => {
    const media = await upload(author, 'anh-bia-da-dang')
    await payload.create({ collection: 'articles', data: { title: 'Bài có ảnh bìa', cover: media.id, publishedAt: new Date().toISOString(), _status: 'published' }, ...as(editor) })
    await expectDenied(payload.update({ collection: 'media', id: media.id, data: { alt: 'Đổi khi đã đăng' }, ...as(author) }), 'author on published media', [403, 404])
    const stored = await payload.findByID({ collection: 'media', id: media.id, overrideAccess: true })
    expect(stored.alt).toBe('Ảnh anh-bia-da-dang')
    const byEditor = await payload.update({ collection: 'media', id: media.id, data: { alt: 'Biên tập viên sửa' }, ...as(editor) })
    expect(byEditor.alt).toBe('Biên tập viên sửa')
  })

  it('a draft using it does not count as published use', async () => {
    const media = await upload(author, 'anh-trong-ban-nhap')
    await payload.create({ collection: 'articles', data: { title: 'Bản nháp có ảnh', cover: media.id }, draft: true, ...as(author) })
    const updated = await payload.update({ collection: 'media', id: media.id, data: { alt: 'Vẫn sửa được' }, ...as(author) })
    expect(updated.alt).toBe('Vẫn sửa được')
  })

  it('the usage table names every upload field of the content model', () => {
    const listed = new Set(MEDIA_REFERENCES.flatMap(({ collection, paths }) => paths.map((p) => `${collection}.${p}`)))
    const found: string[] = []
    const walk = (collection: string, fields: any[], prefix = '') => {
      for (const field of fields) {
        // A virtual field stores nothing (the albums' "add many" fields hand their files to rows).
        if (field.virtual) continue
        const name = field.name ? `${prefix}${field.name}` : prefix.replace(/\.$/, '')
        if ((field.type === 'upload' || field.type === 'relationship') && field.relationTo === 'media') found.push(`${collection}.${name}`)
        if (field.fields) walk(collection, field.fields, field.name ? `${name}.` : prefix)
        for (const tab of field.tabs ?? []) walk(collection, tab.fields, tab.name ? `${prefix}${tab.name}.` : prefix)
      }
    }
    for (const collection of payload.config.collections) walk(collection.slug, collection.fields)
    expect(found.filter((f) => !listed.has(f))).toEqual([])
    expect([...listed].filter((f) => !found.includes(f))).toEqual([])
  })
})
