import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { resetEnv } from '@portal/cms/env/index'

import { makeUser, startPortal, type TestPortal } from './helpers/payload'
import { eventually } from './helpers/poll'
import { bodyOf, startSmtpServer } from './helpers/smtpServer'

/**
 * With SMTP configured, editors hear of new feedback and readers get their
 * answer; a mail server that fails loses nothing. (Without SMTP_HOST the
 * other engagement tests run the same code with no mail at all.)
 */
let portal: TestPortal
let payload: Payload
let smtp: Awaited<ReturnType<typeof startSmtpServer>>

beforeAll(async () => {
  smtp = await startSmtpServer()
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(smtp.port)
  process.env.MAIL_FROM = 'Cổng TTĐT <no-reply@example.gov.vn>'
  process.env.SITE_URL = 'https://thiduakhenthuong.example.gov.vn'
  resetEnv()
  portal = await startPortal()
  payload = portal.payload
})
afterAll(async () => {
  await portal?.close()
  await smtp?.close()
  for (const name of ['SMTP_HOST', 'SMTP_PORT', 'MAIL_FROM', 'SITE_URL']) delete process.env[name]
  resetEnv()
})

const submission = (email: string) => ({
  consent: true,
  input: { name: 'Lê Văn Đọc', email, phone: '', subject: 'Hỏi về danh hiệu Lao động tiên tiến', message: 'Xin hỏi tiêu chuẩn danh hiệu Lao động tiên tiến năm nay?' },
  ip: null,
})

describe('mail notifications', () => {
  it('editors are told of new feedback (without the reader’s details), and the reader receives the answer once', async () => {
    const editor = await makeUser(payload, 'editor')
    const { submitFeedback } = await import('@portal/cms/engagement')
    const { id, code } = await submitFeedback(payload, submission('doc.gia@example.vn'))
    const [toEditors] = await smtp.waitFor(1)
    expect(toEditors!.to).toContain(editor.email)
    expect(bodyOf(toEditors!)).toContain(code)
    expect(bodyOf(toEditors!)).toContain('Cổng thông tin vừa nhận một ý kiến mới')
    expect(toEditors!.data).not.toContain('doc.gia@example.vn')

    await payload.update({ collection: 'feedback', id, data: { status: 'answered', answer: 'Theo Điều 24 Luật Thi đua, khen thưởng.' }, overrideAccess: false, user: editor })
    const mails = await smtp.waitFor(2)
    const toReader = mails[1]!
    expect(toReader.to).toEqual(['doc.gia@example.vn'])
    expect(bodyOf(toReader)).toContain('Theo Điều 24 Luật Thi đua, khen thưởng.')
    expect(bodyOf(toReader)).toContain(`https://thiduakhenthuong.example.gov.vn/gop-y/tra-cuu?ma=${code}`)
    await expect.poll(async () => (await payload.findByID({ collection: 'feedback', id, overrideAccess: true })).readerNotifiedAt).toBeTruthy()

    // Saving the answered item again sends nothing more: by the time a mail caused later has arrived, still one answer went to the reader.
    await payload.update({ collection: 'feedback', id, data: { answer: 'Theo Điều 24 Luật Thi đua, khen thưởng 2022.' }, overrideAccess: false, user: editor })
    const later = await submitFeedback(payload, submission('nguoi.khac@example.vn'))
    await eventually(() => smtp.mails.some((mail) => bodyOf(mail).includes(later.code)), { timeoutMs: 10_000, what: 'the editors’ mail about the later feedback' })
    expect(smtp.mails.filter((mail) => mail.to.includes('doc.gia@example.vn'))).toHaveLength(1)
  })

  it('the editors’ list of addresses in "Cấu hình tương tác" replaces the default recipients', async () => {
    await payload.updateGlobal({ slug: 'engagement-settings', data: { notifyEmails: 'tiep-nhan@example.gov.vn, lanh-dao@example.gov.vn' }, overrideAccess: true })
    const before = smtp.mails.length
    const { submitFeedback } = await import('@portal/cms/engagement')
    await submitFeedback(payload, submission('khac@example.vn'))
    const mails = await smtp.waitFor(before + 1)
    expect(mails[before]!.to.sort()).toEqual(['lanh-dao@example.gov.vn', 'tiep-nhan@example.gov.vn'])
  })

  it('editors are told of a new consultation comment: the consultation and the code, never who wrote or what', async () => {
    const { submitConsultationComment } = await import('@portal/cms/consultations')
    const consultation = await payload.create({
      collection: 'consultations',
      data: { title: 'Lấy ý kiến đề nghị tặng Huân chương Lao động 2026', council: 'Hội đồng Thi đua – Khen thưởng tỉnh', legalBasis: 'Điều 46 Nghị định 98/2023/NĐ-CP', status: 'scheduled', opensAt: new Date(Date.now() - 60_000).toISOString(), durationWorkingDays: 10, _status: 'published' },
      overrideAccess: true,
    })
    const before = smtp.mails.length
    const input = { name: 'Trần Thị Góp Ý', email: 'gop.y.rieng@example.vn', phone: '', address: '99 Phố Bí Mật, Hà Nội', comment: 'Nội dung ý kiến riêng tư không gửi qua thư.', consent: true }
    const { code } = await submitConsultationComment(payload, { consultation: consultation.id, nominee: null, input, ip: null })
    const mails = await smtp.waitFor(before + 1)
    const mail = mails[before]!
    // "Cấu hình tương tác" lists its addresses (previous test): they hear of comments too.
    expect(mail.to.sort()).toEqual(['lanh-dao@example.gov.vn', 'tiep-nhan@example.gov.vn'])
    const body = bodyOf(mail)
    expect(body).toContain(code)
    expect(body).toContain('Lấy ý kiến đề nghị tặng Huân chương Lao động 2026')
    expect(body).toContain('Về: cả danh sách')
    expect(body).toContain(`/admin/collections/consultation-comments/`)
    for (const secret of [input.name, input.email, input.address, input.comment]) {
      expect(body).not.toContain(secret)
      expect(mail.data).not.toContain(secret)
    }
  })

  it('a mail server that is down loses nothing: the feedback is stored and the answer saved', async () => {
    await smtp.close()
    const failures = vi.spyOn(payload.logger, 'error')
    const editor = await makeUser(payload, 'editor')
    const { submitFeedback, feedbackByCode } = await import('@portal/cms/engagement')
    const { id, code } = await submitFeedback(payload, submission('doc2@example.vn'))
    await payload.update({ collection: 'feedback', id, data: { status: 'answered', answer: 'Đã trả lời.' }, overrideAccess: false, user: editor })
    expect(await feedbackByCode(payload, code)).toMatchObject({ status: 'answered', answer: 'Đã trả lời.' })
    // The attempt to send the answer has failed (and was logged) before we look at the mark.
    await eventually(() => failures.mock.calls.some(([entry]) => JSON.stringify(entry).includes(`Trả lời ý kiến của bạn (mã ${code})`)), {
      timeoutMs: 10_000,
      what: 'the logged failure to send the answer',
    })
    expect((await payload.findByID({ collection: 'feedback', id, overrideAccess: true })).readerNotifiedAt).toBeFalsy()
  })
})
