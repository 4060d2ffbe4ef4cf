/**
 * Nothing of a source is dropped: every paragraph of each source document's
 * body is in what the site shows for it (the content library's reads, rich
 * text through the site's own converter), and the Hà Giang plan keeps its
 * structure (numbered parts as headings, "-" then "+" as a list in a list).
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { htmlText, missingFrom, sourceRange } from '../helpers/sourceText'
import { startPortal, type TestPortal } from './helpers/payload'

type Content = typeof import('../../site/src/lib/content')
type Doc = Record<string, any>

let portal: TestPortal
let payload: Payload
let content: Content
let richTextToHtml: (state: unknown) => string

beforeAll(async () => {
  process.env.CONTENT_CACHE_MS = '0'
  portal = await startPortal()
  payload = portal.payload
  const { seed } = await import('@portal/seed')
  await seed(payload, { sample: false })
  content = await import('../../site/src/lib/content')
  ;({ richTextToHtml } = await import('../../site/src/lib/richText'))
})
afterAll(async () => portal?.close())

async function slugOf(collection: 'articles' | 'documents', where: Record<string, unknown>): Promise<string> {
  const { docs } = await payload.find({ collection, where: where as never, limit: 1, depth: 0, overrideAccess: true })
  if (!docs[0]) throw new Error(`no ${collection} where ${JSON.stringify(where)}`)
  return docs[0].slug as string
}

/** What the article page shows in words: title, sapo, body, byline, signature. */
async function articleText(title: string): Promise<string> {
  const article = (await content.articleBySlug(await slugOf('articles', { title: { equals: title } }))) as Doc | null
  if (!article) throw new Error(`article "${title}" is not published`)
  return htmlText([article.title, article.summary, richTextToHtml(article.body), article.byline, article.signature].filter(Boolean).join('<p>'))
}

/** What the document page shows in words: abstract, body, signer, "Nơi nhận:" and the recipients. */
async function documentText(number: string): Promise<{ text: string; doc: Doc }> {
  const doc = (await content.documentBySlug(await slugOf('documents', { number: { equals: number } }))) as Doc | null
  if (!doc) throw new Error(`document ${number} is not published`)
  const recipients = (doc.recipients ?? []).map((r: Doc) => r.name)
  return { doc, text: htmlText([doc.number, doc.abstract, richTextToHtml(doc.body), doc.signerTitle, doc.signer, 'Nơi nhận:', ...recipients].filter(Boolean).join('<p>')) }
}

describe('every paragraph of every source is on the site', () => {
  it('000: the article on plan 443/KH-SLĐTBXH, and the plan', async () => {
    const all = sourceRange('000', 1, 23)
    expect(all.length).toBe(12)
    expect(missingFrom(await articleText(all[0]!), all)).toEqual([])
    // The plan's page carries the body the news item quotes, purpose paragraph first.
    const { text } = await documentText('443/KH-SLĐTBXH')
    expect(missingFrom(text, sourceRange('000', 5, 21))).toEqual([])
  })

  it('001: the article on plan 23/KH-SVHTTDL, and the plan', async () => {
    const all = sourceRange('001', 3, 27)
    expect(all[1]).toMatch(/^Thực hiện Kế hoạch số 61\/KH-UBND/)
    expect(missingFrom(await articleText(all[0]!), all)).toEqual([])
    const { text } = await documentText('23/KH-SVHTTDL')
    expect(missingFrom(text, sourceRange('001', 7, 27))).toEqual([])
  })

  it('002: the Kon Tum article', async () => {
    const all = sourceRange('002', 5, 20, ['30/09/2019'])
    expect(missingFrom(await articleText(all[0]!), all)).toEqual([])
  })

  it('003: the Hà Giang plan, preamble to signature', async () => {
    const { text, doc } = await documentText('/KH-SLĐTBXH')
    expect(missingFrom(text, sourceRange('003', 9, 224))).toEqual([])
    expect(doc.signer).toBe('Sùng Đại Hùng')
  })

  it('004: the bloc article (the caption of a photo the source does not carry left out)', async () => {
    const all = sourceRange('004', 13, 31, ['Toàn cảnh hội nghị'])
    const { docs } = await payload.find({ collection: 'articles', where: { byline: { equals: 'Lê Xuân Hà' } }, limit: 1, depth: 0, overrideAccess: true })
    expect(missingFrom(await articleText(docs[0]!.title as string), all)).toEqual([])
  })

  it('a paragraph left out would be found missing', () => {
    expect(missingFrom('Một. Hai.', ['Một.', 'Ba.'])).toEqual(['Ba.'])
  })
})

describe('the Hà Giang plan keeps its structure', () => {
  let html = ''
  beforeAll(async () => {
    const doc = await content.documentBySlug(await slugOf('documents', { number: { equals: '/KH-SLĐTBXH' } }))
    html = richTextToHtml(doc?.body)
  })

  it('numbered parts stand alone as headings: I. as h2, 1. as h3, a) as h4', () => {
    expect(html).toMatch(/<h2[^>]*>I\. MỤC ĐÍCH<\/h2>/)
    expect(html).toMatch(/<h3[^>]*>1\. Đối tượng<\/h3>/)
    expect(html).toMatch(/<h3[^>]*>2\. Nội dung, hình thức và tiêu chí thi đua<\/h3>/)
    expect(html).toMatch(/<h4[^>]*>a\) Nội dung<\/h4>/)
    expect(html).not.toMatch(/Đối tượng a\)/)
    expect(htmlText(html)).toContain('a) Tập thể: Các phòng chuyên môn')
  })

  it('"+" lines are a list inside the "-" item they follow', () => {
    // "- Đối với tập thể" then eight "+" lines
    const nested = /Đối với tập thể<\/li>\s*<li[^>]*>\s*<ul[^>]*>([\s\S]*?)<\/ul>/.exec(html)
    expect(nested).not.toBeNull()
    expect(nested![1]!.match(/<li/g)?.length).toBe(8)
    // the criterion the flat list used to lose, under its parent item
    expect(html).toMatch(/Phấn đấu hoàn thành xuất sắc nhiệm vụ chính trị\.<\/li>\s*<li[^>]*>\s*<ul[^>]*>\s*<li[^>]*>Trưởng các phòng thuộc Sở/)
  })
})

describe('the model follows the plan and invents nothing', () => {
  it('the movement: forms of emulation, general criteria with the point on heads of units, standards for individuals, the 2025 campaign', async () => {
    const { docs } = await payload.find({ collection: 'movements', where: { periodStart: { equals: 2022 } }, limit: 1, depth: 0, overrideAccess: true })
    const movement = docs[0]!
    expect(movement.formsCollective?.length).toBe(8)
    expect(movement.formsIndividual?.[0]?.text).toMatch(/^Chấp hành kỷ cương, kỷ luật hành chính/)
    expect(movement.generalCriteria?.map((c) => c.points?.length ?? 0)).toEqual([0, 1])
    expect(movement.generalCriteria?.[1]?.points?.[0]?.text).toMatch(/^Trưởng các phòng thuộc Sở/)
    // IV.2: seven standards; "Thực hiện chuyên nghiệp..." has the three "- +" points of the source
    expect(movement.criteriaIndividual?.length).toBe(7)
    expect(movement.criteriaIndividual?.[1]?.points?.length).toBe(3)
    expect(movement.criteriaCollective ?? []).toEqual([])
    const campaign = movement.campaigns?.[0]
    expect(campaign?.name).toBe('Đợt thi đua đặc biệt năm 2025 “Thi đua đoàn kết, kỷ cương, sáng tạo thực hiện tốt nhiệm vụ chính trị”')
    expect({ year: campaign?.starts?.year, month: campaign?.starts?.month ?? null }).toEqual({ year: 2025, month: null })
  })

  it('no document claims a validity its source does not state', async () => {
    const { docs } = await payload.find({ collection: 'documents', where: { isSample: { not_equals: true } }, limit: 0, pagination: false, depth: 0, overrideAccess: true })
    expect(docs.length).toBeGreaterThan(10)
    expect(new Set(docs.map((d) => d.validity))).toEqual(new Set(['undetermined']))
  })

  it('the cited directives and decisions are citation entries, linked from the texts that cite them', async () => {
    const { docs } = await payload.find({ collection: 'documents', where: { entryKind: { equals: 'citation' } }, limit: 0, pagination: false, depth: 1, overrideAccess: true })
    const byNumber = new Map(docs.map((d) => [d.number, d]))
    for (const number of ['34-CT/TW', '07/CT-TTg', '50/QĐ-UBND', '99/2023/NQ-HĐND', '672/QĐ-LĐTBXH', '733/QĐ-TTg', '61/KH-UBND']) {
      const doc = byNumber.get(number)
      expect(doc, number).toBeTruthy()
      expect(doc!.body ?? null, number).toBeNull()
      expect(doc!.signer ?? null, number).toBeNull()
    }
    expect(byNumber.get('34-CT/TW')!.issued).toMatchObject({ day: 7, month: 4, year: 2014 })
    expect((byNumber.get('34-CT/TW')!.issuer as { name: string }).name).toBe('Bộ Chính trị')

    const article = await content.articleBySlug(await slugOf('articles', { title: { equals: 'Kế hoạch công tác Thi đua, khen thưởng năm 2022' } }))
    const html = richTextToHtml(article?.body)
    expect(html).toContain(`<a href="/van-ban/${byNumber.get('34-CT/TW')!.slug}">34-CT/TW</a>`)
    expect(html).toContain(`<a href="/van-ban/${byNumber.get('07/CT-TTg')!.slug}">07/CT-TTg</a>`)
    const relations = await content.documentRelations((await content.documentBySlug(byNumber.get('34-CT/TW')!.slug!))!)
    expect(relations.articles.map((a) => a.title)).toContain('Kế hoạch công tác Thi đua, khen thưởng năm 2022')
    const plan = await content.documentBySlug(await slugOf('documents', { number: { equals: '/KH-SLĐTBXH' } }))
    expect(richTextToHtml(plan?.body)).toContain(`<a href="/van-ban/${byNumber.get('733/QĐ-TTg')!.slug}">733/QĐ-TTg</a>`)
  })
})
