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
