import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { UPLOAD_KINDS } from '../../cms/src/collections/Media/uploadRules'

import { expectDenied, isVietnamese, messagesOf, rejection } from './helpers/errors'
import { makeUser, startPortal, type TestPortal } from './helpers/payload'

type User = Awaited<ReturnType<typeof makeUser>>
interface Upload {
  data: Buffer
  mimetype: string
  name: string
  size: number
}

let portal: TestPortal
let payload: Payload
let mediaDir: string
let author: User
let editor: User
let staff: User

const file = (name: string, mimetype: string, data: Buffer | string): Upload => {
  const buffer = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
  return { data: buffer, mimetype, name, size: buffer.length }
}

/**
 * The smallest PDF Payload accepts: a header, one object, a cross-reference
 * table and the end-of-file marker (Payload refuses a PDF without xref and %%EOF).
 */
const MINIMAL_PDF = '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n52\n%%EOF\n'

const WINDOWS_PROGRAM = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'), Buffer.alloc(300)])

const picture = (width: number, height: number, format: 'png' | 'jpeg') => {
  const image = sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 40 } } })
  return (format === 'png' ? image.png() : image.jpeg({ quality: 80 })).toBuffer()
}

const mediaCount = async () => (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs
const onDisk = (name: string) => fs.existsSync(path.join(mediaDir, name))
const filesOnDisk = () => (fs.existsSync(mediaDir) ? fs.readdirSync(mediaDir).sort() : [])

beforeAll(async () => {
  portal = await startPortal()
  payload = portal.payload
  mediaDir = path.join(portal.dir, 'media')
  await makeUser(payload, 'admin')
  editor = await makeUser(payload, 'editor')
  author = await makeUser(payload, 'author')
  staff = await makeUser(payload, 'staff')
})
afterAll(async () => portal?.close())

const SIZES = {
  thumbnail: { width: 320, height: 240, mimeType: null },
  card: { width: 640, height: 400, mimeType: null },
  full: { width: 1600, height: 1200, mimeType: null },
  thumbnailWebp: { width: 320, height: 240, mimeType: 'image/webp' },
  cardWebp: { width: 640, height: 400, mimeType: 'image/webp' },
  fullWebp: { width: 1600, height: 1200, mimeType: 'image/webp' },
} as const

describe.each([
  { format: 'png' as const, mimetype: 'image/png' },
  { format: 'jpeg' as const, mimetype: 'image/jpeg' },
])('a $format picture', ({ format, mimetype }) => {
  it('is stored with thumbnail, card and full sizes, each also in WebP', async () => {
    const data = await picture(2000, 1500, format)
    const name = `hoi-nghi-tong-ket.${format === 'png' ? 'png' : 'jpg'}`
    const doc = await payload.create({ collection: 'media', data: { alt: 'Toàn cảnh hội nghị tổng kết' }, file: file(name, mimetype, data) })
    expect(doc.mimeType).toBe(mimetype)
    expect(doc.width).toBe(2000)
    expect(onDisk(doc.filename!)).toBe(true)
    const sizes = doc.sizes as Record<string, { filename?: string | null; width?: number | null; height?: number | null; mimeType?: string | null }>
    for (const [size, expected] of Object.entries(SIZES)) {
      const got = sizes[size]
      expect(got?.filename, size).toBeTruthy()
      expect(onDisk(got!.filename!), `${size} on disk`).toBe(true)
      expect(got!.width, size).toBe(expected.width)
      expect(got!.height, size).toBe(expected.height)
      expect(got!.mimeType, size).toBe(expected.mimeType ?? mimetype)
      const meta = await sharp(path.join(mediaDir, got!.filename!)).metadata()
      expect(meta.format, size).toBe(expected.mimeType ? 'webp' : format)
      expect(meta.width, size).toBe(expected.width)
      if (expected.mimeType) expect(got!.filename!.endsWith('.webp'), size).toBe(true)
    }
  })
})

describe('image sizes never enlarge', () => {
  it('does not make a "full" size wider than the original', async () => {
    const doc = await payload.create({ collection: 'media', data: { alt: 'Ảnh nhỏ' }, file: file('anh-nho.png', 'image/png', await picture(800, 600, 'png')) })
    const sizes = doc.sizes as Record<string, { filename?: string | null; width?: number | null }>
    for (const size of ['full', 'fullWebp']) {
      const got = sizes[size]
      if (got?.filename) {
        expect(got.width!, size).toBeLessThanOrEqual(800)
        const meta = await sharp(path.join(mediaDir, got.filename)).metadata()
        expect(meta.width!, size).toBeLessThanOrEqual(800)
      }
    }
    expect(sizes.cardWebp?.width).toBe(640)
  })
})

describe('alternative text', () => {
  it.each([undefined, '', '   '])('a picture with alt %j is refused with a Vietnamese message and nothing is stored', async (alt) => {
    const before = await mediaCount()
    const disk = filesOnDisk()
    const data = await picture(400, 300, 'jpeg')
    const error = await rejection(
      payload.create({ collection: 'media', data: alt === undefined ? {} : { alt }, file: file(`khong-mo-ta-${before}.jpg`, 'image/jpeg', data) }),
      'picture without alt',
    )
    expect(error.name).toBe('ValidationError')
    expect(error.status).toBe(400)
    expect(error.data?.errors?.map((e) => e.path)).toContain('alt')
    expect(messagesOf(error)).toContain('Ảnh phải có mô tả (văn bản thay thế).')
    expect(isVietnamese(error.message)).toBe(true)
    expect(await mediaCount()).toBe(before)
    expect(filesOnDisk()).toEqual(disk)
  })

  it('documents need none', async () => {
    const doc = await payload.create({ collection: 'media', data: {}, file: file('bao-cao.pdf', 'application/pdf', MINIMAL_PDF) })
    expect(doc.alt ?? null).toBeNull()
  })
})

describe('refused uploads', () => {
  const REFUSED: Array<{ what: string; upload: () => Upload; status?: number; message: RegExp }> = [
    { what: 'a Windows program (.exe)', upload: () => file('cai-dat.exe', 'application/x-msdownload', WINDOWS_PROGRAM), message: /không được chấp nhận/ },
    { what: 'a web page (.html)', upload: () => file('trang.html', 'text/html', '<!doctype html><script>alert(1)</script>'), message: /không được chấp nhận/ },
    {
      what: 'an SVG picture',
      upload: () => file('bieu-trung.svg', 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      message: /không được chấp nhận/,
    },
    { what: 'a text file named .vtt without the WEBVTT header', upload: () => file('phu-de.vtt', 'text/vtt', 'Xin chào, đây không phải phụ đề'), message: /WebVTT/ },
    { what: 'the same sent as text/plain', upload: () => file('phu-de-2.vtt', 'text/plain', '00:00.000 --> 00:01.000\nXin chào'), message: /WebVTT/ },
    { what: 'a picture with a program’s extension', upload: () => file('anh.exe', 'image/png', Buffer.from('not really')), message: /không được chấp nhận/ },
    { what: 'a program disguised as a PDF by its type only', upload: () => file('ke-hoach.exe', 'application/pdf', '%PDF-1.4\n'), message: /không được chấp nhận/ },
    { what: 'a Windows program renamed .png', upload: () => file('anh-that.png', 'image/png', WINDOWS_PROGRAM), message: /không phải là ảnh hợp lệ/ },
    { what: 'text renamed .jpg', upload: () => file('anh-gia.jpg', 'image/jpeg', 'Đây không phải là ảnh'), message: /không phải là ảnh hợp lệ/ },
    { what: 'a truncated PDF (only "%PDF-1.4")', upload: () => file('ke-hoach-hong.pdf', 'application/pdf', '%PDF-1.4'), message: /không phải là tài liệu hợp lệ/ },
    { what: 'a Windows program renamed .csv', upload: () => file('danh-sach.csv', 'text/csv', WINDOWS_PROGRAM), message: /không phải là tài liệu hợp lệ/ },
    {
      what: 'text renamed .docx',
      upload: () => file('to-trinh.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Tờ trình'),
      message: /không phải là tài liệu hợp lệ/,
    },
    { what: 'text renamed .mp4', upload: () => file('video.mp4', 'video/mp4', 'không phải video'), message: /không phải là video hợp lệ/ },
    { what: 'captions with binary content after WEBVTT', upload: () => file('phu-de-nhi-phan.vtt', 'text/vtt', Buffer.concat([Buffer.from('WEBVTT\n'), WINDOWS_PROGRAM])), message: /không phải là phụ đề webvtt hợp lệ/ },
    { what: 'captions over 1 MB', upload: () => file('qua-lon.vtt', 'text/vtt', `WEBVTT\n\n${'x'.repeat(1024 * 1024 + 10)}`), status: 413, message: /quá lớn/ },
  ]

  it.each(REFUSED)('$what is refused (4xx, Vietnamese) and creates no media document', async ({ upload, status, message }) => {
    const before = await mediaCount()
    const disk = filesOnDisk()
    const u = upload()
    const error = await rejection(payload.create({ collection: 'media', data: { alt: 'Tệp thử' }, file: u }), u.name)
    expect(['APIError', 'ValidationError']).toContain(error.name)
    expect(error.status).toBeGreaterThanOrEqual(400)
    expect(error.status).toBeLessThan(500)
    if (status) expect(error.status).toBe(status)
    expect(isVietnamese(error.message), error.message).toBe(true)
    expect(error.message).toMatch(message)
    expect(await mediaCount()).toBe(before)
    expect(filesOnDisk()).toEqual(disk)
    expect(onDisk(u.name)).toBe(false)
  })

  it('replacing a stored file with a refused one is refused too, and keeps the original', async () => {
    const doc = await payload.create({ collection: 'media', data: {}, file: file('danh-sach-goc.csv', 'text/csv', 'Họ tên,Đơn vị\n') })
    const error = await rejection(
      payload.update({ collection: 'media', id: doc.id, data: {}, file: file('danh-sach.html', 'text/html', '<script></script>') }),
      'replace with html',
    )
    expect(error.status).toBe(400)
    expect(isVietnamese(error.message)).toBe(true)
    const stored = await payload.findByID({ collection: 'media', id: doc.id })
    expect(stored.filename).toBe('danh-sach-goc.csv')
    expect(onDisk('danh-sach-goc.csv')).toBe(true)
  })
})

/** A file of the kind's first accepted type that starts like a real one, padded to one byte over the kind's limit. */
const OVERSIZED: Record<keyof typeof UPLOAD_KINDS, { name: string; mimetype: string; head: Buffer }> = {
  image: { name: 'anh-qua-lon.png', mimetype: 'image/png', head: Buffer.from('89504e470d0a1a0a', 'hex') },
  document: { name: 'tai-lieu-qua-lon.pdf', mimetype: 'application/pdf', head: Buffer.from(MINIMAL_PDF) },
  video: { name: 'video-qua-lon.webm', mimetype: 'video/webm', head: Buffer.from('1a45dfa3', 'hex') },
  captions: { name: 'phu-de-qua-lon.vtt', mimetype: 'text/vtt', head: Buffer.from('WEBVTT\n\n') },
}

describe('size limits per kind', () => {
  it.each(Object.keys(OVERSIZED) as Array<keyof typeof UPLOAD_KINDS>)('%s one byte over its limit is refused (413, Vietnamese) and nothing is stored', async (kind) => {
    const { name, mimetype, head } = OVERSIZED[kind]
    const limit = UPLOAD_KINDS[kind].maxBytes
    const data = Buffer.alloc(limit + 1)
    head.copy(data)
    const before = await mediaCount()
    const disk = filesOnDisk()
    const error = await rejection(payload.create({ collection: 'media', data: { alt: 'Tệp quá lớn' }, file: file(name, mimetype, data) }), name)
    expect(error.status).toBe(413)
    expect(isVietnamese(error.message), error.message).toBe(true)
    expect(error.message).toContain(`${UPLOAD_KINDS[kind].label} tối đa ${limit / 1024 / 1024} MB`)
    expect(await mediaCount()).toBe(before)
    expect(filesOnDisk()).toEqual(disk)
  })
})

describe('accepted documents and captions', () => {
  const ACCEPTED: Array<{ what: string; upload: Upload; mimeType: string }> = [
    { what: 'a PDF', upload: file('ke-hoach-443.pdf', 'application/pdf', MINIMAL_PDF), mimeType: 'application/pdf' },
    { what: 'a CSV', upload: file('danh-sach-khen-thuong.csv', 'text/csv', 'Họ và tên,Danh hiệu\nLê Thị Hoa,Lao động tiên tiến\n'), mimeType: 'text/csv' },
    { what: 'a CSV sent as text/plain', upload: file('danh-sach-2.csv', 'text/plain', 'a,b\n1,2\n'), mimeType: 'text/csv' },
    { what: 'WebVTT captions', upload: file('phu-de-hoi-nghi.vtt', 'text/vtt', 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nXin chào\n'), mimeType: 'text/vtt' },
    { what: 'WebVTT with a byte-order mark, sent as text/plain', upload: file('phu-de-bom.vtt', 'text/plain', '\uFEFFWEBVTT\n\n00:00.000 --> 00:01.000\nChào\n'), mimeType: 'text/vtt' },
  ]

  it.each(ACCEPTED)('$what is stored', async ({ upload, mimeType }) => {
    const before = await mediaCount()
    const doc = await payload.create({ collection: 'media', data: {}, file: upload })
    expect(doc.mimeType).toBe(mimeType)
    expect(doc.filename).toBe(upload.name)
    expect(doc.filesize).toBe(upload.size)
    expect(await mediaCount()).toBe(before + 1)
    expect(fs.readFileSync(path.join(mediaDir, doc.filename!)).equals(upload.data)).toBe(true)
  })
})

describe('a picture whose extension names another picture format', () => {
  it('is accepted and stored with its real type', async () => {
    const data = await picture(400, 300, 'jpeg')
    const doc = await payload.create({ collection: 'media', data: { alt: 'Ảnh JPEG mang đuôi .png' }, file: file('anh-jpeg.png', 'image/png', data) })
    expect(doc.mimeType).toBe('image/jpeg')
    expect(onDisk(doc.filename!)).toBe(true)
  })
})

describe('who may upload', () => {
  it('authors and editors upload; staff and anonymous visitors cannot', async () => {
    const pdf = (name: string) => file(name, 'application/pdf', MINIMAL_PDF)
    const byAuthor = await payload.create({ collection: 'media', data: {}, file: pdf('tac-gia.pdf'), overrideAccess: false, user: author })
    expect(byAuthor.filename).toBe('tac-gia.pdf')
    await payload.create({ collection: 'media', data: {}, file: pdf('bien-tap.pdf'), overrideAccess: false, user: editor })
    const before = await mediaCount()
    await expectDenied(payload.create({ collection: 'media', data: {}, file: pdf('can-bo.pdf'), overrideAccess: false, user: staff }), 'staff upload')
    await expectDenied(payload.create({ collection: 'media', data: {}, file: pdf('khach.pdf'), overrideAccess: false }), 'anonymous upload')
    expect(await mediaCount()).toBe(before)
    expect(onDisk('can-bo.pdf')).toBe(false)
    expect(onDisk('khach.pdf')).toBe(false)
    // Anyone reads; only editors delete
    expect((await payload.findByID({ collection: 'media', id: byAuthor.id, overrideAccess: false })).id).toBe(byAuthor.id)
    await expectDenied(payload.delete({ collection: 'media', id: byAuthor.id, overrideAccess: false, user: author }), 'author delete')
    await payload.delete({ collection: 'media', id: byAuthor.id, overrideAccess: false, user: editor })
    expect(onDisk('tac-gia.pdf')).toBe(false)
  })
})
