import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isVietnamese, messagesOf, rejection } from './helpers/errors'
import { makeUser, startPortal, type TestPortal } from './helpers/payload'

let portal: TestPortal
let payload: Payload
let editor: Awaited<ReturnType<typeof makeUser>>

beforeAll(async () => {
  portal = await startPortal()
  payload = portal.payload
  await makeUser(payload, 'admin')
  editor = await makeUser(payload, 'editor')
})
afterAll(async () => portal?.close())

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (bytes: Buffer) => {
  let c = 0xffffffff
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
const chunk = (type: string, data: Buffer) => {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A PNG of a few dozen bytes that declares 20,000 × 20,000 pixels (1.6 GB once decoded). */
function pngBomb(width = 20_000, height = 20_000): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.writeUInt8(8, 8) // bit depth
  header.writeUInt8(6, 9) // RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])), chunk('IEND', Buffer.alloc(0))])
}

const upload = (data: Buffer) => ({ data, mimetype: 'image/png', name: 'bom-anh.png', size: data.length })

describe('decompression bombs', () => {
  it('are refused as feedback attachments, with a Vietnamese message and nothing stored', async () => {
    const { submitFeedback } = await import('@portal/cms/engagement')
    const before = (await payload.count({ collection: 'feedback', overrideAccess: true })).totalDocs
    const error = await rejection(
      submitFeedback(payload, {
        consent: true,
        input: { name: 'Nguyễn Văn Thử', email: 'thu@example.vn', phone: '', subject: 'Gửi ảnh', message: 'Xin gửi kèm ảnh minh chứng thành tích.' },
        file: upload(pngBomb()),
        ip: '198.51.100.77',
      }),
    )
    const text = JSON.stringify((error as any).fields ?? error.message)
    expect(text).toMatch(/Ảnh quá lớn/)
    expect((await payload.count({ collection: 'feedback', overrideAccess: true })).totalDocs).toBe(before)
    expect((await payload.count({ collection: 'feedback-attachments', overrideAccess: true })).totalDocs).toBe(0)
  })

  it('are refused in the media library', async () => {
    const error = await rejection(payload.create({ collection: 'media', data: { alt: 'Bom ảnh' }, file: upload(pngBomb(15_000, 3_000)), overrideAccess: false, user: editor }))
    expect(error.status).toBe(400)
    expect(messagesOf(error).some((m) => /Ảnh quá lớn/.test(m) && isVietnamese(m))).toBe(true)
  })

  it('a large ordinary photo still passes the check', async () => {
    const { imageSizeProblem } = await import('../../cms/src/collections/Media/uploadRules')
    expect(await imageSizeProblem('image/png', pngBomb(6000, 4000))).toBeNull()
  })
})

describe('photo metadata', () => {
  it('is removed before a photo is stored: no GPS position is published', async () => {
    const fs = await import('node:fs')
    const path = await import('node:path')
    const sharp = (await import('sharp')).default
    const withGps = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 90, g: 140, b: 60 } } })
      .jpeg()
      .withExif({ IFD0: { Make: 'MayAnh', Model: 'X1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 1/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '105/1 51/1 0/1' } })
      .toBuffer()
    expect((await sharp(withGps).metadata()).exif).toBeTruthy()
    const doc = await payload.create({ collection: 'media', data: { alt: 'Ảnh có vị trí' }, file: { data: withGps, mimetype: 'image/jpeg', name: 'anh-gps.jpg', size: withGps.length }, overrideAccess: false, user: editor })
    const stored = fs.readFileSync(path.join(portal.dir, 'media', doc.filename!))
    const meta = await sharp(stored).metadata()
    expect(meta.exif).toBeUndefined()
    expect(stored.includes(Buffer.from('MayAnh'))).toBe(false)
    expect(meta.width).toBe(64)
  })
})
