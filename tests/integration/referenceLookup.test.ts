import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resetEnv } from '@portal/cms/env/index'

import { makeUser, startPortal, type TestPortal } from './helpers/payload'

/**
 * A citizen looks up their consultation comment by its reference code, as
 * readers do their feedback: status and published answer only, never who
 * wrote it or what; look-ups are limited per address and hour.
 */
let portal: TestPortal
let payload: Payload
let consultations: typeof import('@portal/cms/consultations')
let engagement: typeof import('@portal/cms/engagement')

const COMMENTER = { name: 'Phạm Thị Tra Cứu', email: 'tra.cuu@example.vn', phone: '0911 222 333', address: '7 Hàng Bài, Hoàn Kiếm' }
const TEXT = 'Ông Nguyễn Văn Mẫu chưa hoàn thành nhiệm vụ năm 2025, đề nghị xem xét lại.'

beforeAll(async () => {
  process.env.LOOKUP_IP_HOURLY_LIMIT = '3'
  resetEnv()
  portal = await startPortal()
  payload = portal.payload
  consultations = await import('@portal/cms/consultations')
  engagement = await import('@portal/cms/engagement')
})
afterAll(async () => {
  await portal?.close()
  delete process.env.LOOKUP_IP_HOURLY_LIMIT
  resetEnv()
})

let made = 0
async function openConsultation() {
  made += 1
  const awardType = await payload.create({ collection: 'award-types', data: { name: `Bằng khen của Chủ tịch UBND tỉnh ${made}`, kind: 'commendation-form', level: 'ministry-province', recipientKinds: ['individual'] }, overrideAccess: true })
  const consultation = await payload.create({
    collection: 'consultations',
    data: { title: 'Lấy ý kiến đề nghị tặng Bằng khen năm 2025', council: 'Hội đồng Thi đua – Khen thưởng tỉnh', legalBasis: 'Điều 46 Nghị định 98/2023/NĐ-CP', status: 'scheduled', opensAt: new Date(Date.now() - 3_600_000).toISOString(), durationWorkingDays: 10, _status: 'published' },
    overrideAccess: true,
  })
  const nominee = await payload.create({ collection: 'nominees', data: { consultation: consultation.id, name: 'Nguyễn Văn Mẫu', order: 1, kind: 'individual', position: 'Chuyên viên', unitName: 'Sở Nội vụ', awardType: awardType.id, result: 'pending' }, overrideAccess: true })
  return { consultation, nominee }
}

describe('looking up a consultation comment by its code', () => {
  it('says received, then answered with the answer once the editors publish it; never the commenter or the comment', async () => {
    const { consultation, nominee } = await openConsultation()
    const { code, id } = await consultations.submitConsultationComment(payload, { consultation: consultation.id, nominee: nominee.id, input: { ...COMMENTER, comment: TEXT, consent: true }, ip: null })
    // Typed in any case, without dashes.
    const typed = code.toLowerCase().replace(/-/g, '')
    const received = await consultations.commentByCode(payload, typed)
    expect(received).toMatchObject({ code, status: 'received', statusLabel: 'Đã tiếp nhận', nominee: 'Nguyễn Văn Mẫu', answer: null, answeredAt: null })
    expect(received!.consultation).toEqual({ title: 'Lấy ý kiến đề nghị tặng Bằng khen năm 2025', slug: consultation.slug })
    const shown = JSON.stringify(received)
    for (const value of [...Object.values(COMMENTER), '0911222333', TEXT]) expect(shown).not.toContain(value)

    // An answer written but not published is not the citizen's yet; neither is the editors' classification.
    const editor = await makeUser(payload, 'editor')
    const answer = 'Hội đồng đã xác minh và ghi nhận ý kiến của bạn.'
    await payload.update({ collection: 'consultation-comments', id, data: { answer, verdict: 'objection' }, overrideAccess: false, user: editor })
    const drafted = await consultations.commentByCode(payload, code)
    expect(drafted).toMatchObject({ status: 'received', answer: null })
    expect(JSON.stringify(drafted)).not.toContain('objection')

    await payload.update({ collection: 'consultation-comments', id, data: { publishAnswer: true }, overrideAccess: false, user: editor })
    const answered = await consultations.commentByCode(payload, ` ${code.toLowerCase()} `)
    expect(answered).toMatchObject({ status: 'answered', statusLabel: 'Đã trả lời', answer })
    expect(answered!.answeredAt).toBeTruthy()
  })

  it('finds nothing for an unknown or malformed code, and a comment code is not a feedback item', async () => {
    const { consultation } = await openConsultation()
    const { code } = await consultations.submitConsultationComment(payload, { consultation: consultation.id, nominee: null, input: { ...COMMENTER, comment: TEXT, consent: true }, ip: null })
    expect(await consultations.commentByCode(payload, code)).toMatchObject({ nominee: null })
    expect(await consultations.commentByCode(payload, 'GY-0000-0000-0000-0000')).toBeNull()
    expect(await consultations.commentByCode(payload, '<script>')).toBeNull()
    expect(await engagement.feedbackByCode(payload, code)).toBeNull()
  })

  it('limits look-ups per address and hour (LOOKUP_IP_HOURLY_LIMIT), each address apart', async () => {
    const now = new Date('2026-06-01T03:10:00Z')
    const results = []
    for (let i = 0; i < 4; i++) results.push(await engagement.lookupAllowed(payload, '203.0.113.9', now))
    expect(results).toEqual([true, true, true, false])
    expect(await engagement.lookupAllowed(payload, '203.0.113.10', now)).toBe(true)
    // The next clock hour opens a new allowance.
    expect(await engagement.lookupAllowed(payload, '203.0.113.9', new Date('2026-06-01T04:00:00Z'))).toBe(true)
  })
})
