/**
 * Award verification on a real database: what /xac-minh/<code> gets for a
 * standing, an unknown, a withdrawn award and one of an unpublished decision
 * (site/src/lib/content/verification.ts), the per-address look-up limit, and
 * the editors' QR and certificate endpoints (refused to anyone else; the PNG
 * decodes to the page's URL).
 */
import { AWARD_TYPES, formatDate } from '@portal/shared'
import jsQR from 'jsqr'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { httpApi } from './helpers/http'
import { makeUser, startPortal, type TestPortal } from './helpers/payload'

type Content = typeof import('../../site/src/lib/content')
type Doc = Record<string, any> & { id: number | string }

const SITE_URL = 'https://thiduakhenthuong.example.gov.vn'

let portal: TestPortal
let content: Content
let api: ReturnType<typeof httpApi>
let tokens: Record<'editor' | 'author', string>
type Named = 'granting' | 'draft' | 'withdrawing' | 'draftWithdrawing' | 'valid' | 'second' | 'standalone' | 'ofDraft' | 'withdrawn' | 'withdrawnByDraft' | 'withdrawnOfDraft'
const docs = {} as Record<Named, Doc>

const create = (collection: string, data: Record<string, unknown>) =>
  portal.payload.create({ collection: collection as 'awards', data: data as never, overrideAccess: true, depth: 0 }) as Promise<Doc>

beforeAll(async () => {
  process.env.CONTENT_CACHE_MS = '0'
  process.env.SITE_URL = SITE_URL
  process.env.VERIFICATION_IP_HOURLY_LIMIT = '3'
  portal = await startPortal()
  content = await import('../../site/src/lib/content')
  api = httpApi(portal.payload)
  const type = await create('award-types', AWARD_TYPES.find((t) => t.name === 'Lao động tiên tiến') as never)
  const issuer = await create('units', { name: 'Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum' })
  const decision = (number: string, status: 'published' | 'draft', day: string) =>
    create('award-decisions', { number, issuer: issuer.id, issuedAt: `${day}T00:00:00.000Z`, abstract: `Quyết định ${number}`, signer: 'Nguyễn Văn Ký', signerTitle: 'Giám đốc', _status: status })
  docs.granting = await decision('15/QĐ-SLĐTBXH', 'published', '2025-01-09')
  docs.draft = await decision('16/QĐ-SLĐTBXH', 'draft', '2025-01-10')
  docs.withdrawing = await decision('90/QĐ-SLĐTBXH', 'published', '2025-06-20')
  docs.draftWithdrawing = await decision('91/QĐ-SLĐTBXH', 'draft', '2025-06-21')
  const award = (recipientName: string, extra: Record<string, unknown>) =>
    create('awards', { recipientName, recipientKind: 'individual', position: 'Chuyên viên', awardType: type.id, year: 2024, citation: 'Hoàn thành xuất sắc nhiệm vụ', ...extra })
  docs.valid = await award('Lê Thị Hòa', { decision: docs.granting.id, lineNumber: 1 })
  docs.second = await award('Đỗ Văn Bình', { decision: docs.granting.id, lineNumber: 2 })
  docs.standalone = await award('Phòng Người có công', { recipientKind: 'collective' })
  docs.ofDraft = await award('Trần Văn Ẩn', { decision: docs.draft.id })
  const withdrawn = { withdrawn: true, withdrawalReason: 'Kê khai thành tích không trung thực' }
  docs.withdrawn = await award('Phạm Văn Thu', { decision: docs.granting.id, lineNumber: 3, ...withdrawn, withdrawalDecision: docs.withdrawing.id })
  docs.withdrawnByDraft = await award('Vũ Thị Hồi', { decision: docs.granting.id, lineNumber: 4, ...withdrawn, withdrawalDecision: docs.draftWithdrawing.id })
  docs.withdrawnOfDraft = await award('Hà Văn Kín', { decision: docs.draft.id, ...withdrawn, withdrawalDecision: docs.withdrawing.id })
  const editor = await makeUser(portal.payload, 'editor')
  const author = await makeUser(portal.payload, 'author')
  tokens = { editor: await api.signIn(editor.email), author: await api.signIn(author.email) }
}, 120_000)

afterAll(async () => {
  delete process.env.SITE_URL
  delete process.env.VERIFICATION_IP_HOURLY_LIMIT
  await portal?.close()
})

describe('awardByVerificationCode', () => {
  it('every award got a code of the XM family', () => {
    for (const d of Object.values(docs).filter((d) => 'recipientName' in d)) expect(d.verificationCode).toMatch(/^XM(-[0-9A-Z]{4}){4}$/)
  })

  it('a standing award: valid, with what the roll shows and its decision', async () => {
    const found = await content.awardByVerificationCode(docs.valid.verificationCode)
    expect(found?.state).toBe('valid')
    expect(found?.code).toBe(docs.valid.verificationCode)
    expect(found?.award).toMatchObject({ recipientName: 'Lê Thị Hòa', position: 'Chuyên viên', year: 2024, citation: 'Hoàn thành xuất sắc nhiệm vụ' })
    expect(found?.award.awardType?.name).toBe('Lao động tiên tiến')
    expect(found?.decision).toMatchObject({ number: '15/QĐ-SLĐTBXH', issuerName: 'Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum', signer: 'Giám đốc Nguyễn Văn Ký' })
    expect(formatDate(found!.decision!.issuedAt)).toBe('09/01/2025')
  })

  it('typed in lowercase without dashes, the same award', async () => {
    const typed = docs.valid.verificationCode.toLowerCase().replace(/-/g, '')
    expect((await content.awardByVerificationCode(typed))?.award.recipientName).toBe('Lê Thị Hòa')
  })

  it('an award without a decision stands on its own', async () => {
    const found = await content.awardByVerificationCode(docs.standalone.verificationCode)
    expect(found?.state).toBe('valid')
    expect(found?.decision).toBeNull()
  })

  it('an unknown code, or a malformed one, names nothing', async () => {
    expect(await content.awardByVerificationCode('XM-0000-0000-0000-0000')).toBeNull()
    expect(await content.awardByVerificationCode('not a code')).toBeNull()
  })

  it('an award of an unpublished decision is as unknown as a code never issued, withdrawn or not', async () => {
    expect(await content.awardByVerificationCode(docs.ofDraft.verificationCode)).toBeNull()
    expect(await content.awardByVerificationCode(docs.withdrawnOfDraft.verificationCode)).toBeNull()
  })

  it('a withdrawn award: what it was, the decision that withdrew it and why', async () => {
    const found = await content.awardByVerificationCode(docs.withdrawn.verificationCode)
    expect(found?.state).toBe('withdrawn')
    if (found?.state !== 'withdrawn') return
    expect(found.award.recipientName).toBe('Phạm Văn Thu')
    expect(found.decision?.number).toBe('15/QĐ-SLĐTBXH')
    expect(found.withdrawal.decision?.number).toBe('90/QĐ-SLĐTBXH')
    expect(found.withdrawal.reason).toBe('Kê khai thành tích không trung thực')
  })

  it('a withdrawing decision still in draft is not shown, the withdrawal is', async () => {
    const found = await content.awardByVerificationCode(docs.withdrawnByDraft.verificationCode)
    expect(found?.state).toBe('withdrawn')
    expect(found?.state === 'withdrawn' && found.withdrawal.decision).toBeNull()
  })

  it('gives out only what the public roll shows (no import batch, seed key, search text)', async () => {
    const found = await content.awardByVerificationCode(docs.valid.verificationCode)
    expect(Object.keys(found!.award).sort()).toEqual(
      ['awardType', 'citation', 'decision', 'id', 'isSample', 'lineNumber', 'position', 'recipientKind', 'recipientName', 'unitName', 'verificationCode', 'year'].sort(),
    )
    expect(JSON.stringify(found)).not.toMatch(/importBatch|seedKey|"search"/)
  })

  it("site search leads to an award's own page, and never to a withdrawn one", async () => {
    const { groups } = await content.search('le thi hoa', { types: ['awards'] })
    expect(groups[0]?.hits.map((h) => h.url)).toEqual([`/xac-minh/${docs.valid.verificationCode}`])
    expect((await content.search('pham van thu', { types: ['awards'] })).groups).toEqual([])
  })

  it('publishing the decision makes its awards verifiable', async () => {
    await portal.payload.update({ collection: 'award-decisions', id: docs.draft.id, data: { _status: 'published' }, overrideAccess: true })
    expect((await content.awardByVerificationCode(docs.ofDraft.verificationCode))?.state).toBe('valid')
    expect((await content.awardByVerificationCode(docs.withdrawnOfDraft.verificationCode))?.state).toBe('withdrawn')
    await portal.payload.update({ collection: 'award-decisions', id: docs.draft.id, data: { _status: 'draft' }, overrideAccess: true, draft: false })
  })
})

describe('the look-up limit per address', () => {
  it('allows VERIFICATION_IP_HOURLY_LIMIT look-ups an hour per address, then refuses; other addresses are not affected', async () => {
    const seen = []
    for (let i = 0; i < 5; i++) seen.push(await content.verificationLookupAllowed('203.0.113.9'))
    expect(seen).toEqual([true, true, true, false, false])
    expect(await content.verificationLookupAllowed('198.51.100.4')).toBe(true)
  })
})

/** An endpoint's answer as bytes (the helper reads text). */
async function get(path: string, token?: string) {
  const { handleEndpoints } = await import('payload')
  const request = new Request(`http://cms.test/api/${path}`, { headers: token ? { Authorization: `JWT ${token}` } : {} })
  const response = await handleEndpoints({ config: portal.payload.config, request })
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) }
}

describe('QR codes and certificates in the admin', () => {
  const paths = () => [`awards/${docs.valid.id}/qr/png`, `awards/${docs.valid.id}/qr/svg`, `awards/${docs.valid.id}/giay-chung-nhan`, `award-decisions/${docs.granting.id}/giay-chung-nhan`]

  it('are refused to anonymous readers (401) and to authors (403)', async () => {
    for (const path of paths()) {
      expect((await get(path)).status, path).toBe(401)
      expect((await get(path, tokens.author)).status, path).toBe(403)
    }
  })

  it('the PNG is named after the code and decodes to the award page on the configured site', async () => {
    const { status, headers, bytes } = await get(`awards/${docs.valid.id}/qr/png`, tokens.editor)
    expect(status).toBe(200)
    expect(headers.get('content-type')).toBe('image/png')
    expect(headers.get('content-disposition')).toBe(`attachment; filename="${docs.valid.verificationCode}.png"`)
    const { data, info } = await sharp(bytes).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
    const decoded = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)
    expect(decoded?.data).toBe(`${SITE_URL}/xac-minh/${docs.valid.verificationCode}`)
  })

  it('the SVG is an SVG named after the code, and decodes to the same URL once drawn', async () => {
    const { status, headers, bytes } = await get(`awards/${docs.valid.id}/qr/svg`, tokens.editor)
    expect(status).toBe(200)
    expect(headers.get('content-type')).toMatch(/^image\/svg\+xml/)
    expect(headers.get('content-disposition')).toBe(`attachment; filename="${docs.valid.verificationCode}.svg"`)
    const { data, info } = await sharp(bytes, { density: 300 }).flatten({ background: '#fff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
    expect(jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data).toBe(`${SITE_URL}/xac-minh/${docs.valid.verificationCode}`)
  })

  it('an unknown award is 404', async () => {
    expect((await get('awards/999999/qr/png', tokens.editor)).status).toBe(404)
  })

  it('the certificate: A4 landscape, recipient, award, decision, date dd/mm/yyyy, QR and the code in text', async () => {
    const { status, bytes } = await get(`awards/${docs.valid.id}/giay-chung-nhan`, tokens.editor)
    expect(status).toBe(200)
    const html = bytes.toString('utf8')
    expect(html).toContain('size: A4 landscape')
    expect(html).toContain('<html lang="vi">')
    for (const text of ['GIẤY CHỨNG NHẬN KHEN THƯỞNG', 'Lê Thị Hòa', 'Lao động tiên tiến', 'Quyết định số <strong>15/QĐ-SLĐTBXH</strong> ngày 09/01/2025', docs.valid.verificationCode, '<svg'])
      expect(html).toContain(text)
    expect(html.match(/class="sheet"/g)).toHaveLength(1)
  })

  it('a withdrawn award gets no certificate (409)', async () => {
    expect((await get(`awards/${docs.withdrawn.id}/giay-chung-nhan`, tokens.editor)).status).toBe(409)
  })

  it("a decision's certificates: one sheet per award still standing, in the decision's order", async () => {
    const html = (await get(`award-decisions/${docs.granting.id}/giay-chung-nhan`, tokens.editor)).bytes.toString('utf8')
    expect(html.match(/class="sheet"/g)).toHaveLength(2)
    expect(html.indexOf('Lê Thị Hòa')).toBeLessThan(html.indexOf('Đỗ Văn Bình'))
    expect(html).not.toContain('Phạm Văn Thu')
  })
})
