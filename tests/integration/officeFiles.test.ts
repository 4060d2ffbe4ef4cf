import zlib from 'node:zlib'

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

/** A ZIP archive with stored (uncompressed) entries: enough to build a real .docx and an archive that is not one. */
function zip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text, 'utf8')
    const nameBytes = Buffer.from(name, 'utf8')
    const crc = zlib.crc32 ? zlib.crc32(data) : 0
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt32LE(crc >>> 0, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt32LE(crc >>> 0, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(nameBytes.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, nameBytes, data)
    centrals.push(central, nameBytes)
    offset += local.length + nameBytes.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(centrals.length / 2, 8)
  end.writeUInt16LE(centrals.length / 2, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const realDocx = () =>
  zip({
    '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    'word/document.xml': '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Tờ trình</w:t></w:r></w:p></w:body></w:document>',
  })
const upload = (name: string, data: Buffer) => ({ data, mimetype: DOCX, name, size: data.length })

describe('Word files are told from other ZIP archives', () => {
  it('a real .docx is accepted', async () => {
    const doc = await payload.create({ collection: 'media', data: {}, file: upload('to-trinh.docx', realDocx()), overrideAccess: false, user: editor })
    expect(doc.mimeType).toBe(DOCX)
  })

  it('an archive renamed .docx is refused in Vietnamese, nothing stored', async () => {
    const before = (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs
    const error = await rejection(payload.create({ collection: 'media', data: {}, file: upload('luu-tru.docx', zip({ 'anh.txt': 'không phải văn bản Word' })), overrideAccess: false, user: editor }))
    expect(error.status).toBe(400)
    const messages = messagesOf(error)
    expect(messages.some((m) => isVietnamese(m) && /không phải|không đúng/.test(m))).toBe(true)
    expect(messages.join(' ')).not.toMatch(/Invalid MIME type/)
    expect((await payload.count({ collection: 'media', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('as a feedback attachment too', async () => {
    const { submitFeedback } = await import('@portal/cms/engagement')
    const error = await rejection(
      submitFeedback(payload, {
        consent: true,
        input: { name: 'Nguyễn Văn Thử', email: 'thu@example.vn', phone: '', subject: 'Gửi hồ sơ', message: 'Xin gửi kèm hồ sơ đề nghị khen thưởng.' },
        file: upload('ho-so.docx', zip({ 'a.txt': 'x' })),
        ip: '198.51.100.78',
      }),
    )
    const text = JSON.stringify((error as any).fields ?? error.message)
    expect(text).toMatch(/không đúng định dạng/)
    expect(text).not.toMatch(/Invalid MIME/)
  })
})
