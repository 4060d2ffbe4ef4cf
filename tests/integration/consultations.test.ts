import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { addWorkingDays, formatDateTime, nthWorkingDayAfter, type ConsultationCommentInput } from '@portal/shared'

import { expectDenied, isVietnamese, rejection } from './helpers/errors'
import { makeUser, startPortal, type TestPortal } from './helpers/payload'

let portal: TestPortal
let payload: Payload
let consultations: typeof import('@portal/cms/consultations')

const vn = (local: string) => new Date(`${local}+07:00`)
const DAY = 86_400_000
let awardType: number | string

beforeAll(async () => {
  portal = await startPortal()
  payload = portal.payload
  consultations = await import('@portal/cms/consultations')
  awardType = (
    await payload.create({
      collection: 'award-types',
      data: { name: 'Huân chương Lao động hạng Ba', kind: 'commendation-form', level: 'state', recipientKinds: ['individual', 'collective'] },
      overrideAccess: true,
    })
  ).id
})
afterAll(async () => portal?.close())

async function consultation(title: string, opensAt: Date, days = 10, status: 'published' | 'draft' = 'published') {
  return payload.create({
    collection: 'consultations',
    data: { title, council: 'Hội đồng Thi đua – Khen thưởng tỉnh', legalBasis: 'Điều 46 Nghị định 98/2023/NĐ-CP', status: 'scheduled', opensAt: opensAt.toISOString(), durationWorkingDays: days, _status: status as 'published' },
    overrideAccess: true,
  })
}
async function nominee(consultationId: number | string, name: string, order: number) {
  return payload.create({ collection: 'nominees', data: { consultation: consultationId as number, name, order, kind: 'individual', position: 'Trưởng phòng', unitName: 'Sở Nội vụ', awardType: awardType as number, result: 'pending' }, overrideAccess: true })
}

const COMMENTER = { name: 'Lê Văn Góp Ý', email: 'gop.y@example.vn', phone: '0987 654 321', address: '12 Phố Huế, Hà Nội' }
const comment = (text: string, overrides: Partial<ConsultationCommentInput> = {}): ConsultationCommentInput => ({ ...COMMENTER, comment: text, consent: true, ...overrides })
let ip = 0
const nextIp = () => `198.51.100.${++ip}`

describe('consultation window', () => {
  it('computes the closing time from the opening time and working days, across Tết, and follows the editors’ calendar changes', async () => {
    const doc = await consultation('Đợt Tết', vn('2026-02-12T09:00:00'))
    expect(formatDateTime(doc.closesAt!)).toBe('05/03/2026 23:59')
    const past = await consultation('Đợt năm trước', vn('2025-03-03T08:00:00'))
    // An extra day off announced later moves the closing of consultations not yet closed, not of past ones.
    const soon = await consultation('Đợt sắp tới', new Date(Date.now() + 30 * DAY))
    const third = nthWorkingDayAfter(new Date(soon.opensAt), 3)
    const changes = [
      { date: vn(`${third}T00:00:00`).toISOString(), kind: 'dayOff' as const, note: 'Nghỉ thêm' },
      { date: vn('2025-03-04T00:00:00').toISOString(), kind: 'dayOff' as const },
    ]
    await payload.updateGlobal({ slug: 'working-calendar', data: { changes }, overrideAccess: true })
    const moved = await payload.findByID({ collection: 'consultations', id: soon.id, overrideAccess: true })
    expect(moved.closesAt).not.toBe(soon.closesAt)
    expect(moved.closesAt).toBe(addWorkingDays(new Date(soon.opensAt), 10, [{ date: third, kind: 'dayOff' }]).toISOString())
    expect(formatDateTime((await payload.findByID({ collection: 'consultations', id: past.id, overrideAccess: true })).closesAt!)).toBe('17/03/2025 23:59')
    // Saving it again computes the same.
    const saved = await payload.update({ collection: 'consultations', id: soon.id, data: { durationWorkingDays: 10 }, overrideAccess: true })
    expect(saved.closesAt).toBe(moved.closesAt)
    await payload.updateGlobal({ slug: 'working-calendar', data: { changes: [] }, overrideAccess: true })
    expect((await payload.findByID({ collection: 'consultations', id: soon.id, overrideAccess: true })).closesAt).toBe(soon.closesAt)
  })

  it('refuses a comment before opening and after closing, saying the dates, and stores nothing', async () => {
    const upcoming = await consultation('Sắp mở', new Date(Date.now() + 3 * DAY))
    const past = await consultation('Đã đóng', vn('2025-03-03T08:00:00'), 10)
    const before = await payload.count({ collection: 'consultation-comments', overrideAccess: true })

    const early = await rejection(consultations.submitConsultationComment(payload, { consultation: upcoming.id, nominee: null, input: comment('Tôi đồng ý với danh sách này.'), ip: nextIp() }))
    expect(early.status).toBe(403)
    expect(early.message).toContain('chưa bắt đầu')
    expect(early.message).toContain(formatDateTime(upcoming.opensAt).split(' ')[0])
    expect(early.message).toContain(formatDateTime(upcoming.closesAt!).split(' ')[0])

    const late = await rejection(consultations.submitConsultationComment(payload, { consultation: past.id, nominee: null, input: comment('Tôi đồng ý với danh sách này.'), ip: nextIp() }))
    expect(late.status).toBe(403)
    expect(late.message).toBe('Đợt lấy ý kiến đã kết thúc: ý kiến chỉ được nhận từ 08:00 ngày 03/03/2025 đến 23:59 ngày 17/03/2025.')
    expect((await payload.count({ collection: 'consultation-comments', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })

  it('refuses a draft consultation (404), a comment without consent, and a nominee of another consultation', async () => {
    const open = await consultation('Đang mở', new Date(Date.now() - DAY))
    const other = await consultation('Khác', new Date(Date.now() - DAY))
    const stranger = await nominee(other.id, 'Người của đợt khác', 1)
    const draft = await consultation('Bản nháp', new Date(Date.now() - DAY), 10, 'draft')
    expect((await rejection(consultations.submitConsultationComment(payload, { consultation: draft.id, nominee: null, input: comment('Nội dung đủ dài để gửi.'), ip: nextIp() }))).status).toBe(404)

    const noConsent = await rejection(consultations.submitConsultationComment(payload, { consultation: open.id, nominee: null, input: comment('Nội dung đủ dài để gửi.', { consent: false }), ip: nextIp() }))
    expect(noConsent.status).toBe(400)
    expect(isVietnamese((noConsent as unknown as { fields: Record<string, string> }).fields.consent!)).toBe(true)

    const wrong = await rejection(consultations.submitConsultationComment(payload, { consultation: open.id, nominee: stranger.id, input: comment('Nội dung đủ dài để gửi.'), ip: nextIp() }))
    expect(wrong.status).toBe(400)
  })
})

describe('comments, moderation and the council summary', () => {
  it('counts in the summary what is stored, quotes objections without who sent them, and escapes formulas in the spreadsheet', async () => {
    const open = await consultation('Lấy ý kiến Huân chương Lao động 2026', new Date(Date.now() - DAY))
    const a = await nominee(open.id, 'Nguyễn Văn A', 1)
    const b = await nominee(open.id, 'Trần Thị B', 2)
    const editor = await makeUser(payload, 'editor')
    const plan: Array<[number | string | null, string, 'agree' | 'objection' | 'notRelevant' | 'unsorted']> = [
      [a.id, 'Ông A xứng đáng được khen thưởng.', 'agree'],
      [a.id, 'Ông A chưa hoàn thành nhiệm vụ năm 2024, đề nghị xem xét lại.', 'objection'],
      [a.id, '=HYPERLINK("http://evil.example","bấm vào đây")', 'objection'],
      [b.id, 'Tôi muốn hỏi về giờ làm việc của cơ quan.', 'notRelevant'],
      [b.id, 'Bà B là tấm gương sáng ở địa phương.', 'unsorted'],
      [null, 'Danh sách cần công khai thêm thành tích của tập thể.', 'objection'],
    ]
    const codes: string[] = []
    for (const [target, text, verdict] of plan) {
      const { code, id } = await consultations.submitConsultationComment(payload, { consultation: open.id, nominee: target, input: comment(text), ip: nextIp() })
      codes.push(code)
      expect(code).toMatch(/^GY-[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/)
      const stored = await payload.findByID({ collection: 'consultation-comments', id, overrideAccess: true })
      expect(stored).toMatchObject({ name: COMMENTER.name, email: COMMENTER.email, phone: '0987654321', address: COMMENTER.address, verdict: 'unsorted' })
      expect(stored.consentAt).toBeTruthy()
      // The editor moderates through access control, as in the admin.
      if (verdict !== 'unsorted') await payload.update({ collection: 'consultation-comments', id, data: { verdict }, user: editor, overrideAccess: false })
    }

    const summary = (await consultations.councilSummary(payload, open.id))!
    expect(summary.totalComments).toBe((await payload.count({ collection: 'consultation-comments', where: { consultation: { equals: open.id } }, overrideAccess: true })).totalDocs)
    for (const row of summary.rows) {
      const where: { and: Where[] } = { and: [{ consultation: { equals: open.id } }, row.nomineeId === null ? { nominee: { exists: false } } : { nominee: { equals: row.nomineeId } }] }
      expect(row.total, row.name).toBe((await payload.count({ collection: 'consultation-comments', where, overrideAccess: true })).totalDocs)
      const objections = await payload.count({ collection: 'consultation-comments', where: { and: [...where.and, { verdict: { equals: 'objection' } }] }, overrideAccess: true })
      expect(row.byVerdict.objection).toBe(objections.totalDocs)
      expect(row.objections).toHaveLength(objections.totalDocs)
    }
    const rowA = summary.rows.find((r) => r.name === 'Nguyễn Văn A')!
    expect(rowA).toMatchObject({ total: 3, byVerdict: { agree: 1, objection: 2, notRelevant: 0, unsorted: 0 }, awardType: 'Huân chương Lao động hạng Ba', unit: 'Sở Nội vụ' })
    expect(rowA.objections.map((o) => o.comment)).toContain('Ông A chưa hoàn thành nhiệm vụ năm 2024, đề nghị xem xét lại.')
    expect(summary.rows.at(-1)).toMatchObject({ nomineeId: null, total: 1 })

    const html = consultations.summaryHtml(summary, '/csv')
    const csv = consultations.summaryCsv(summary)
    for (const text of [html, csv, JSON.stringify(summary)]) {
      expect(text).not.toContain(COMMENTER.name)
      expect(text).not.toContain('gop.y@example.vn')
      expect(text).not.toContain('0987')
      expect(text).not.toContain('Phố Huế')
    }
    // The printable page escapes what citizens wrote.
    expect(html).toContain('=HYPERLINK(&quot;http://evil.example&quot;')
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv).toContain(`] =HYPERLINK(""http://evil.example"",""bấm vào đây"")`)
    expect(csv.split('\r\n')[0]).toContain('"Tổng số ý kiến"')
  })

  it('shows citizens nothing of the comments but answers the editors publish, never who asked', async () => {
    const open = await consultation('Công khai trả lời', new Date(Date.now() - DAY))
    const editor = await makeUser(payload, 'editor')
    const { id } = await consultations.submitConsultationComment(payload, { consultation: open.id, nominee: null, input: comment('Vì sao danh sách không có tập thể trường học?'), ip: nextIp() })
    expect(await consultations.publishedCommentAnswers(payload, open.id)).toEqual([])
    const refused = await rejection(payload.update({ collection: 'consultation-comments', id, data: { publishAnswer: true }, user: editor, overrideAccess: false }))
    expect(refused.status).toBe(400)
    await payload.update({ collection: 'consultation-comments', id, data: { answer: 'Các trường học được xét ở đợt sau.', publishAnswer: true }, user: editor, overrideAccess: false })
    const answers = await consultations.publishedCommentAnswers(payload, open.id)
    expect(answers).toHaveLength(1)
    expect(answers[0]).toMatchObject({ question: 'Vì sao danh sách không có tập thể trường học?', answer: 'Các trường học được xét ở đợt sau.' })
    expect(JSON.stringify(answers)).not.toMatch(/Góp Ý|gop\.y|0987|Phố Huế/)

    // Readers and staff cannot read comments through the API; editors' edits cannot change what the citizen wrote.
    const staff = await makeUser(payload, 'staff')
    await expectDenied(payload.find({ collection: 'consultation-comments', overrideAccess: false }), 'anonymous read')
    await expectDenied(payload.find({ collection: 'consultation-comments', user: staff, overrideAccess: false }), 'staff read')
    const edited = await payload.update({ collection: 'consultation-comments', id, data: { name: 'Tên khác', comment: 'Nội dung khác hẳn' }, user: editor, overrideAccess: false })
    expect(edited).toMatchObject({ name: COMMENTER.name, comment: 'Vì sao danh sách không có tập thể trường học?' })
  })

  it('hides the nominees of a draft consultation from readers', async () => {
    const draft = await consultation('Nháp', new Date(Date.now() - DAY), 10, 'draft')
    const published = await consultation('Đã đăng', new Date(Date.now() - DAY))
    await nominee(draft.id, 'Người trong bản nháp', 1)
    await nominee(published.id, 'Người đã công khai', 1)
    const seen = await payload.find({ collection: 'nominees', overrideAccess: false, limit: 100 })
    const names = seen.docs.map((d) => d.name)
    expect(names).toContain('Người đã công khai')
    expect(names).not.toContain('Người trong bản nháp')
  })
})
