import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { rejection } from './helpers/errors'
import { startPortal, type TestPortal } from './helpers/payload'

let portal: TestPortal
beforeAll(async () => {
  portal = await startPortal()
})
afterAll(async () => portal?.close())

async function picture(name: string, alt = `Ảnh ${name}`) {
  const data = await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 200, g: 30, b: 60 } } }).png().toBuffer()
  return portal.payload.create({ collection: 'media', data: { alt }, file: { data, mimetype: 'image/png', name: `${name}.png`, size: data.length }, overrideAccess: true })
}

/** An image stored without alt text (older data, an import): the media form would refuse it now. */
async function pictureWithoutAlt(name: string) {
  const media = await picture(name)
  await portal.payload.db.updateOne({ collection: 'media', where: { id: { equals: media.id } }, data: { alt: null } })
  return media
}

describe('albums', () => {
  it('take many files at once: the "add many" files become rows after the existing ones, never twice', async () => {
    const [a, b, c] = await Promise.all([picture('album-a'), picture('album-b'), picture('album-c')])
    const album = await portal.payload.create({
      collection: 'galleries',
      data: { title: 'Hội nghị tổng kết', kind: 'photo', publishedAt: new Date().toISOString(), items: [{ media: a.id }], addItems: [b.id, c.id, a.id], _status: 'published' } as never,
      overrideAccess: true,
    })
    expect(album.items?.map((row) => (typeof row.media === 'object' ? row.media.id : row.media))).toEqual([a.id, b.id, c.id])
    expect((album as unknown as Record<string, unknown>).addItems).toBeFalsy()
  })

  it('a model\'s photo set takes many at once too', async () => {
    const [a, b] = await Promise.all([picture('model-a'), picture('model-b')])
    const model = await portal.payload.create({
      collection: 'exemplary-models',
      data: { name: 'Nguyễn Văn A', recipientKind: 'individual', addPhotos: [a.id, b.id], _status: 'draft' } as never,
      overrideAccess: true,
      draft: true,
    })
    expect(model.gallery?.map((row) => (typeof row.image === 'object' ? row.image.id : row.image))).toEqual([a.id, b.id])
  })

  it('cannot be published while a picture lacks alt text (Vietnamese message naming the file); a draft can be saved', async () => {
    const [good, bare] = await Promise.all([picture('co-mo-ta'), pictureWithoutAlt('chua-mo-ta')])
    const data = { title: 'Album thiếu mô tả', kind: 'photo', publishedAt: new Date().toISOString(), items: [{ media: good.id }, { media: bare.id }] }
    const error = await rejection(portal.payload.create({ collection: 'galleries', data: { ...data, _status: 'published' } as never, overrideAccess: true }), 'publish without alt')
    expect(error.status).toBe(400)
    const message = JSON.stringify(error.data ?? error.message)
    expect(message).toContain('Ảnh chưa có mô tả (văn bản thay thế)')
    expect(message).toContain(bare.filename!)
    expect(message).not.toContain(good.filename!)

    const draft = await portal.payload.create({ collection: 'galleries', data: { ...data, _status: 'draft' } as never, overrideAccess: true, draft: true })
    expect(draft._status).toBe('draft')

    // Once the picture is described, the album goes out.
    await portal.payload.update({ collection: 'media', id: bare.id, data: { alt: 'Đại biểu dự hội nghị' }, overrideAccess: true })
    const published = await portal.payload.update({ collection: 'galleries', id: draft.id, data: { _status: 'published' } as never, overrideAccess: true })
    expect(published._status).toBe('published')
  })
})

describe('a draft\'s slug follows its title until it is published', () => {
  const draftArticle = (title: string) =>
    portal.payload.create({ collection: 'articles', data: { title, publishedAt: new Date().toISOString(), _status: 'draft' } as never, overrideAccess: true, draft: true })

  it('follows a changed title while never published, also when the admin sends the old slug back', async () => {
    const doc = await draftArticle('Bản nháp tiêu đề cũ')
    expect(doc.slug).toBe('ban-nhap-tieu-de-cu')
    // The admin's form sends every field, the slug it showed included.
    const renamed = await portal.payload.update({ collection: 'articles', id: doc.id, data: { title: 'Tiêu đề mới hẳn', slug: doc.slug, _status: 'draft' } as never, overrideAccess: true, draft: true })
    expect(renamed.slug).toBe('tieu-de-moi-han')
  })

  it('keeps a slug the editor typed', async () => {
    const doc = await draftArticle('Bài có slug riêng')
    const typed = await portal.payload.update({ collection: 'articles', id: doc.id, data: { slug: 'duong-dan-rieng', _status: 'draft' } as never, overrideAccess: true, draft: true })
    const renamed = await portal.payload.update({ collection: 'articles', id: doc.id, data: { title: 'Đổi tiêu đề', slug: typed.slug, _status: 'draft' } as never, overrideAccess: true, draft: true })
    expect(renamed.slug).toBe('duong-dan-rieng')
  })

  it('stays once readers have the URL', async () => {
    const doc = await draftArticle('Sắp xuất bản')
    const live = await portal.payload.update({ collection: 'articles', id: doc.id, data: { _status: 'published' } as never, overrideAccess: true })
    expect(live.slug).toBe('sap-xuat-ban')
    const renamed = await portal.payload.update({ collection: 'articles', id: doc.id, data: { title: 'Đã xuất bản rồi đổi tên', slug: live.slug, _status: 'published' } as never, overrideAccess: true })
    expect(renamed.slug).toBe('sap-xuat-ban')
  })
})

describe('dates with a time are Vietnam\'s', () => {
  it('a poll closing stores its zone, Asia/Ho_Chi_Minh, beside the instant', async () => {
    const poll = await portal.payload.create({
      collection: 'polls',
      data: { question: 'Câu hỏi?', options: [{ label: 'Có' }, { label: 'Không' }], choice: 'single', showResults: 'afterVoting', closesAt: '2026-12-31T10:00:00.000Z' } as never,
      overrideAccess: true,
    })
    expect(poll.closesAt).toBe('2026-12-31T10:00:00.000Z')
    expect(poll.closesAt_tz).toBe('Asia/Ho_Chi_Minh')
  })
})
