import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeUser, startPortal, type TestPortal } from './helpers/payload'

let portal: TestPortal
let payload: Payload
let editor: Awaited<ReturnType<typeof makeUser>>

beforeAll(async () => {
  portal = await startPortal()
  payload = portal.payload
  editor = await makeUser(payload, 'editor')
})
afterAll(async () => portal?.close())

const redirectsFrom = async (from: string) =>
  (await payload.find({ collection: 'redirects', where: { from: { equals: from } }, overrideAccess: true, depth: 0 })).docs

const publishedArticle = (slug: string) =>
  payload.create({
    collection: 'articles',
    data: { title: `Bài ${slug}`, slug, publishedAt: new Date().toISOString(), _status: 'published' },
    overrideAccess: false,
    user: editor,
  })

describe('old URLs of a renamed page', () => {
  it('a published slug change records a redirect to the document', async () => {
    const article = await publishedArticle('bai-cu-da-dang')
    await payload.update({ collection: 'articles', id: article.id, data: { slug: 'bai-moi-da-dang', _status: 'published' }, overrideAccess: false, user: editor })
    const [redirect] = await redirectsFrom('/tin-tuc/bai-cu-da-dang')
    expect(redirect).toBeTruthy()
    expect((redirect as any).to.reference.value).toBe(article.id)
  })

  it('a slug changed only in a draft records nothing until the draft is published', async () => {
    const article = await publishedArticle('bai-nhap-doi-ten')
    await payload.update({ collection: 'articles', id: article.id, data: { slug: 'ten-moi-trong-ban-nhap' }, draft: true, overrideAccess: false, user: editor })
    expect(await redirectsFrom('/tin-tuc/bai-nhap-doi-ten')).toHaveLength(0)
    // The reader still finds the article at its published address.
    const live = await payload.findByID({ collection: 'articles', id: article.id, overrideAccess: false })
    expect(live.slug).toBe('bai-nhap-doi-ten')

    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' }, overrideAccess: false, user: editor })
    const after = await payload.findByID({ collection: 'articles', id: article.id, overrideAccess: false })
    expect(after.slug).toBe('ten-moi-trong-ban-nhap')
    expect(await redirectsFrom('/tin-tuc/bai-nhap-doi-ten')).toHaveLength(1)
  })

  it('a consultation renamed after it was published keeps its old address (301 through the redirects)', async () => {
    const consultation = await payload.create({
      collection: 'consultations',
      data: { title: 'Lấy ý kiến đổi tên', slug: 'lay-y-kien-ten-cu', council: 'Hội đồng Thi đua – Khen thưởng', opensAt: '2030-01-07T01:00:00.000Z', durationWorkingDays: 10, _status: 'published' } as never,
      overrideAccess: false,
      user: editor,
    })
    await payload.update({ collection: 'consultations', id: consultation.id, data: { slug: 'lay-y-kien-ten-moi', _status: 'published' }, overrideAccess: false, user: editor })
    const [redirect] = await redirectsFrom('/lay-y-kien/lay-y-kien-ten-cu')
    expect((redirect as any)?.to?.reference?.relationTo).toBe('consultations')
    expect((redirect as any).to.reference.value).toBe(consultation.id)
  })
})
