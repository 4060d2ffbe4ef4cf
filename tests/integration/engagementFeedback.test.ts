import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resetEnv } from '@portal/cms/env/index'

import { normaliseReferenceCode, type FeedbackInput } from '@portal/shared'

import { expectDenied, isVietnamese, rejection } from './helpers/errors'
import { makeUser, startPortal, type TestPortal } from './helpers/payload'

let portal: TestPortal
let payload: Payload
let feedback: typeof import('@portal/cms/engagement')

beforeAll(async () => {
  portal = await startPortal()
  payload = portal.payload
  feedback = await import('@portal/cms/engagement')
})
afterAll(async () => portal?.close())

const CONTACT = { name: 'Trần Thị Người Gửi', email: 'nguoi.gui@example.vn', phone: '0912 345 678' }
const input = (overrides: Partial<FeedbackInput> = {}): FeedbackInput => ({
  ...CONTACT,
  subject: 'Hỏi về thủ tục đề nghị khen thưởng',
  message: 'Xin hỏi hồ sơ đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh gồm những gì?',
  ...overrides,
})
const MINIMAL_PDF = '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n52\n%%EOF\n'
const file = (name: string, mimetype: string, content: string | Buffer) => {
  const data = Buffer.from(content)
  return { name, mimetype, data, size: data.length }
}
/** The fields of a feedback item, as a direct API create would send them. */
const contactAndText = () => {
  const { attachment: _ignored, ...fields } = input()
  return fields
}
let ip = 0
const nextIp = () => `192.0.2.${++ip}`

describe('feedback lifecycle', () => {
  it('stores a submission, returns an unguessable code, lets the reader follow it to the published answer without contact details', async () => {
    const editor = await makeUser(payload, 'editor')
    const { code, id } = await feedback.submitFeedback(payload, { consent: true, input: input(), ip: nextIp() })
    expect(code).toMatch(/^GY-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)

    // Durable: a fresh read from the database has it, status new.
    const stored = await payload.findByID({ collection: 'feedback', id, overrideAccess: true })
    expect(stored).toMatchObject({ code, status: 'new', name: CONTACT.name, email: CONTACT.email, phone: '0912345678' })

    // The reader looks it up, typing the code loosely.
    const typed = code.toLowerCase().replace(/-/g, ' ').replace('gy ', '')
    const seen = await feedback.feedbackByCode(payload, typed)
    expect(seen).toMatchObject({ code, status: 'new', statusLabel: 'Mới tiếp nhận', answer: null })
    expect(JSON.stringify(seen)).not.toMatch(/Người Gửi|nguoi\.gui|0912/)

    // Moderation: in progress, then answered.
    await payload.update({ collection: 'feedback', id, data: { status: 'inProgress' }, overrideAccess: false, user: editor })
    expect((await feedback.feedbackByCode(payload, code))?.statusLabel).toBe('Đang xử lý')
    const noAnswer = await rejection(payload.update({ collection: 'feedback', id, data: { status: 'answered' }, overrideAccess: false, user: editor }))
    expect(JSON.stringify(noAnswer.data)).toContain('Cần nhập nội dung trả lời')
    const answer = 'Hồ sơ gồm tờ trình, báo cáo thành tích và biên bản họp Hội đồng Thi đua - Khen thưởng.'
    await payload.update({ collection: 'feedback', id, data: { status: 'answered', answer }, overrideAccess: false, user: editor })
    const answered = await feedback.feedbackByCode(payload, code)
    expect(answered).toMatchObject({ status: 'answered', statusLabel: 'Đã trả lời', answer })
    expect(answered?.answeredAt).toBeTruthy()

    // Not on the Q&A page until an editor publishes it; then without contact details.
    expect((await feedback.publishedAnswers(payload)).docs.map((d) => d.id)).not.toContain(id)
    await payload.update({ collection: 'feedback', id, data: { publishOnQA: true }, overrideAccess: false, user: editor })
    const qa = await feedback.publishedAnswers(payload)
    const item = qa.docs.find((d) => d.id === id)
    expect(item).toMatchObject({ subject: input().subject, question: input().message, answer })
    expect(JSON.stringify(qa)).not.toMatch(/Người Gửi|nguoi\.gui|0912|ipHash|192\.0\.2/)
  })

  it('an editor can publish a reworded question, and cannot change what the reader wrote', async () => {
    const editor = await makeUser(payload, 'editor')
    const { id } = await feedback.submitFeedback(payload, { consent: true, input: input({ message: 'Tôi là Trần Thị Người Gửi ở số 5 phố X, xin hỏi về Bằng khen.' }), ip: nextIp() })
    await payload.update({
      collection: 'feedback',
      id,
      data: { status: 'answered', answer: 'Xem Điều 74 Luật Thi đua, khen thưởng.', publishOnQA: true, publicQuestion: 'Xin hỏi về Bằng khen.', subject: 'Đã sửa', name: 'Người khác' },
      overrideAccess: false,
      user: editor,
    })
    const stored = await payload.findByID({ collection: 'feedback', id, overrideAccess: true })
    expect(stored.subject).toBe(input().subject)
    expect(stored.name).toBe(CONTACT.name)
    const item = (await feedback.publishedAnswers(payload)).docs.find((d) => d.id === id)
    expect(item?.question).toBe('Xin hỏi về Bằng khen.')
  })

  it('refuses to publish an item that is not answered', async () => {
    const editor = await makeUser(payload, 'editor')
    const { id } = await feedback.submitFeedback(payload, { consent: true, input: input(), ip: nextIp() })
    const error = await rejection(payload.update({ collection: 'feedback', id, data: { publishOnQA: true }, overrideAccess: false, user: editor }))
    expect(JSON.stringify(error.data)).toContain('Chỉ đăng được ý kiến đã trả lời')
  })

  it('a rejected item shows as "Không tiếp nhận" to its sender and never on the Q&A page', async () => {
    const editor = await makeUser(payload, 'editor')
    const { code, id } = await feedback.submitFeedback(payload, { consent: true, input: input({ subject: 'Quảng cáo không liên quan' }), ip: nextIp() })
    await payload.update({ collection: 'feedback', id, data: { status: 'rejected', answer: 'Nội dung không thuộc phạm vi tiếp nhận.' }, overrideAccess: false, user: editor })
    const seen = await feedback.feedbackByCode(payload, code)
    expect(seen).toMatchObject({ code, status: 'rejected', statusLabel: 'Không tiếp nhận', answer: null, answeredAt: null })
    const refused = await rejection(payload.update({ collection: 'feedback', id, data: { publishOnQA: true }, overrideAccess: false, user: editor }))
    expect(JSON.stringify(refused.data)).toContain('Chỉ đăng được ý kiến đã trả lời')
    // Even a row that somehow says "publish" stays off the page while rejected.
    await payload.db.updateOne({ collection: 'feedback', id, data: { publishOnQA: true }, returning: false })
    const qa = await feedback.publishedAnswers(payload, { limit: 100 })
    expect(qa.docs.map((d) => d.id)).not.toContain(id)
    expect(JSON.stringify(qa)).not.toContain('Quảng cáo không liên quan')
  })

  it('an answered, published item that is then rejected leaves the Q&A page', async () => {
    const editor = await makeUser(payload, 'editor')
    const { code, id } = await feedback.submitFeedback(payload, { consent: true, input: input({ subject: 'Câu hỏi sẽ bị rút' }), ip: nextIp() })
    await payload.update({ collection: 'feedback', id, data: { status: 'answered', answer: 'Trả lời tạm.', publishOnQA: true }, overrideAccess: false, user: editor })
    expect((await feedback.publishedAnswers(payload, { limit: 100 })).docs.map((d) => d.id)).toContain(id)
    await payload.update({ collection: 'feedback', id, data: { status: 'rejected', publishOnQA: false }, overrideAccess: false, user: editor })
    expect((await feedback.publishedAnswers(payload, { limit: 100 })).docs.map((d) => d.id)).not.toContain(id)
    expect(await feedback.feedbackByCode(payload, code)).toMatchObject({ status: 'rejected', statusLabel: 'Không tiếp nhận', answer: null })
  })

  it('codes are distinct and unknown or malformed codes find nothing', async () => {
    const codes = await Promise.all(Array.from({ length: 30 }, () => feedback.submitFeedback(payload, { consent: true, input: input(), ip: null }).then((r) => r.code)))
    expect(new Set(codes).size).toBe(30)
    for (const code of ['GY-0000-0000-0000-0000', 'abc', '', null, 'x'.repeat(500), "' OR 1=1 --"]) expect(await feedback.feedbackByCode(payload, code)).toBeNull()
    expect(normaliseReferenceCode('gy-oo1l-ILIL-0000-0000')).toBe('GY-0011-1111-0000-0000')
  })

  it('refuses invalid input with Vietnamese messages per field and stores nothing', async () => {
    const before = (await payload.count({ collection: 'feedback', overrideAccess: true })).totalDocs
    const error = (await rejection(feedback.submitFeedback(payload, { consent: true, input: input({ name: '', email: 'sai', phone: '', message: 'ngắn' }), ip: null }))) as {
      status?: number
      fields?: Record<string, string>
    }
    expect(error.status).toBe(400)
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['email', 'message', 'name'])
    expect(Object.values(error.fields ?? {}).every(isVietnamese)).toBe(true)
    expect((await payload.count({ collection: 'feedback', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('limits submissions per IP address and hour', async () => {
    process.env.FEEDBACK_IP_HOURLY_LIMIT = '2'
    resetEnv()
    try {
      const address = nextIp()
      const now = new Date('2026-05-05T10:10:00Z')
      await feedback.submitFeedback(payload, { consent: true, input: input(), ip: address, now })
      await feedback.submitFeedback(payload, { consent: true, input: input(), ip: address, now })
      const error = (await rejection(feedback.submitFeedback(payload, { consent: true, input: input(), ip: address, now }))) as { status?: number; message: string }
      expect(error.status).toBe(429)
      expect(isVietnamese(error.message)).toBe(true)
      await expect(feedback.submitFeedback(payload, { consent: true, input: input(), ip: address, now: new Date('2026-05-05T11:00:00Z') })).resolves.toBeTruthy()
    } finally {
      delete process.env.FEEDBACK_IP_HOURLY_LIMIT
      resetEnv()
    }
  })
})

describe('feedback attachments', () => {
  it('are stored outside the public media folder and readable by editors only', async () => {
    const { id } = await feedback.submitFeedback(payload, { consent: true, input: input(), file: file('ho-so.pdf', 'application/pdf', MINIMAL_PDF), ip: null })
    const stored = await payload.findByID({ collection: 'feedback', id, overrideAccess: true, depth: 1 })
    const attachment = stored.attachment as { id: number; filename: string }
    expect(attachment.filename).toMatch(/\.pdf$/)
    expect(fs.existsSync(path.join(portal.dir, 'private', 'feedback-attachments', attachment.filename))).toBe(true)
    expect(fs.existsSync(path.join(portal.dir, 'media', attachment.filename))).toBe(false)
    for (const user of [undefined, await makeUser(payload, 'staff'), await makeUser(payload, 'author')]) {
      await expectDenied(payload.findByID({ collection: 'feedback-attachments', id: attachment.id, overrideAccess: false, user }), 'read attachment', [403, 404])
    }
    const editor = await makeUser(payload, 'editor')
    await expect(payload.findByID({ collection: 'feedback-attachments', id: attachment.id, overrideAccess: false, user: editor })).resolves.toBeTruthy()
  })

  it('refuses a file that is not what it claims, in Vietnamese, leaving neither item nor file behind', async () => {
    const before = (await payload.count({ collection: 'feedback', overrideAccess: true })).totalDocs
    const files = (await payload.count({ collection: 'feedback-attachments', overrideAccess: true })).totalDocs
    for (const bad of [file('ho-so.pdf', 'application/pdf', 'MZ not a pdf at all'), file('chuong-trinh.exe', 'application/pdf', MINIMAL_PDF), file('anh.png', 'image/gif', 'GIF89a')]) {
      const error = (await rejection(feedback.submitFeedback(payload, { consent: true, input: input(), file: bad, ip: null }))) as { status?: number; fields?: Record<string, string> }
      expect(error.status, bad.name).toBe(400)
      expect(isVietnamese(error.fields?.attachment ?? ''), error.fields?.attachment).toBe(true)
    }
    expect((await payload.count({ collection: 'feedback', overrideAccess: true })).totalDocs).toBe(before)
    expect((await payload.count({ collection: 'feedback-attachments', overrideAccess: true })).totalDocs).toBe(files)
  })
})

describe('feedback access', () => {
  it('readers, staff and authors cannot read or create feedback through the API; editors read and moderate', async () => {
    await feedback.submitFeedback(payload, { consent: true, input: input(), ip: null })
    for (const user of [undefined, await makeUser(payload, 'staff'), await makeUser(payload, 'author')]) {
      await expectDenied(payload.find({ collection: 'feedback', overrideAccess: false, user }), `read as ${user?.role ?? 'anonymous'}`)
      await expectDenied(payload.create({ collection: 'feedback', data: { ...contactAndText(), status: 'new' as const }, overrideAccess: false, user }), 'create')
    }
    const editor = await makeUser(payload, 'editor')
    await expectDenied(payload.create({ collection: 'feedback', data: { ...contactAndText(), status: 'new' as const }, overrideAccess: false, user: editor }), 'create as editor')
    expect((await payload.find({ collection: 'feedback', overrideAccess: false, user: editor })).totalDocs).toBeGreaterThan(0)
  })
})

describe('consent before personal data (Luật Bảo vệ dữ liệu cá nhân)', () => {
  const stored = async () => ({
    feedback: (await payload.count({ collection: 'feedback', overrideAccess: true })).totalDocs,
    attachments: (await payload.count({ collection: 'feedback-attachments', overrideAccess: true })).totalDocs,
  })

  it('without consent: refused (400) with a Vietnamese message, and nothing stored, not even the attachment', async () => {
    const before = await stored()
    const error = (await rejection(
      feedback.submitFeedback(payload, { consent: false, input: input(), file: file('ho-so.pdf', 'application/pdf', MINIMAL_PDF), ip: nextIp() }),
    )) as { status?: number; fields?: Record<string, string> }
    expect(error.status).toBe(400)
    expect(error.fields?.consent).toBe(feedback.CONSENT_REQUIRED_MESSAGE)
    expect(isVietnamese(error.fields!.consent!)).toBe(true)
    expect(await stored()).toEqual(before)
  })

  it('with consent: stored, with the time consent was given', async () => {
    const now = new Date('2026-12-02T03:04:05.000Z')
    const { id } = await feedback.submitFeedback(payload, { consent: true, input: input(), ip: nextIp(), now })
    const doc = await payload.findByID({ collection: 'feedback', id, depth: 0, overrideAccess: true })
    expect(doc.consentedAt).toBe(now.toISOString())
  })

  it('a form value says yes only when ticked', () => {
    expect(['yes', 'on', 'YES', true].map(feedback.consentGiven)).toEqual([true, true, true, true])
    expect(['', 'no', undefined, null, 'false', 0].map(feedback.consentGiven)).toEqual([false, false, false, false, false, false])
  })
})
