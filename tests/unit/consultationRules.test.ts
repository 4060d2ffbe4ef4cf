import { describe, expect, it } from 'vitest'

import { closedSentence, consultationPhase, validateConsultationComment, windowSentence, type ConsultationCommentInput } from '@portal/shared'

const window = { opensAt: '2026-03-02T01:00:00.000Z', closesAt: '2026-03-16T16:59:59.999Z' } // 08:00 02/03 to 23:59 16/03 in Vietnam
const at = (iso: string) => new Date(iso)

describe('consultation window', () => {
  it('is upcoming, open, then closed at the end of its last day', () => {
    expect(consultationPhase(window, at('2026-03-02T00:59:59Z'))).toBe('upcoming')
    expect(consultationPhase(window, at('2026-03-02T01:00:00Z'))).toBe('open')
    expect(consultationPhase(window, at('2026-03-16T16:59:59Z'))).toBe('open')
    expect(consultationPhase(window, at('2026-03-16T17:00:00Z'))).toBe('closed')
    expect(consultationPhase({ ...window, status: 'suspended' }, at('2026-03-05T00:00:00Z'))).toBe('suspended')
    expect(consultationPhase({ ...window, status: 'concluded' }, at('2026-03-05T00:00:00Z'))).toBe('closed')
  })

  it('says why a comment is refused, with the dates and times in Vietnam', () => {
    expect(windowSentence(window)).toBe('từ 08:00 ngày 02/03/2026 đến 23:59 ngày 16/03/2026')
    expect(closedSentence(window, at('2026-03-01T00:00:00Z'))).toBe('Đợt lấy ý kiến chưa bắt đầu: ý kiến được nhận từ 08:00 ngày 02/03/2026 đến 23:59 ngày 16/03/2026.')
    expect(closedSentence(window, at('2026-03-17T00:00:00Z'))).toBe('Đợt lấy ý kiến đã kết thúc: ý kiến chỉ được nhận từ 08:00 ngày 02/03/2026 đến 23:59 ngày 16/03/2026.')
    expect(closedSentence(window, at('2026-03-10T00:00:00Z'))).toBeNull()
  })
})

describe('comment form rules', () => {
  const valid: ConsultationCommentInput = { name: 'Lê Văn Góp Ý', email: '', phone: '0912 345 678', address: 'Hà Nội', comment: 'Tôi đồng ý với danh sách.', consent: true }
  it('accepts a complete comment', () => {
    expect(validateConsultationComment(valid)).toEqual({})
  })
  it('requires consent, an address, a contact and a comment of reasonable length', () => {
    const errors = validateConsultationComment({ ...valid, consent: false, address: ' ', phone: '', comment: 'ngắn' })
    expect(Object.keys(errors).sort()).toEqual(['address', 'comment', 'consent', 'contact'])
    expect(validateConsultationComment({ ...valid, comment: 'x'.repeat(5001) }).comment).toContain('5000')
  })
  it('applies the feedback attachment rule', () => {
    expect(validateConsultationComment({ ...valid, attachment: { name: 'a.exe', type: 'application/x-msdownload', size: 10 } }).attachment).toContain('PDF')
    expect(validateConsultationComment({ ...valid, attachment: { name: 'a.pdf', type: 'application/pdf', size: 6 * 1024 * 1024 } }).attachment).toContain('5 MB')
  })
})
