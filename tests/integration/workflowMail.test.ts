import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resetEnv } from '@portal/cms/env/index'

import { makeUser, startPortal, type TestPortal } from './helpers/payload'
import { bodyOf, startSmtpServer } from './helpers/smtpServer'

/** With SMTP configured, a submission tells the editors, and a return or a publication tells the author. */
let portal: TestPortal
let payload: Payload
let smtp: Awaited<ReturnType<typeof startSmtpServer>>

beforeAll(async () => {
  smtp = await startSmtpServer()
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(smtp.port)
  process.env.CMS_URL = 'https://quantri.example.gov.vn'
  resetEnv()
  portal = await startPortal()
  payload = portal.payload
})
afterAll(async () => {
  await portal?.close()
  await smtp?.close()
  for (const name of ['SMTP_HOST', 'SMTP_PORT', 'CMS_URL']) delete process.env[name]
  resetEnv()
})

describe('review mail', () => {
  it('submitted: the editors; sent back: the author, with the comment; published: the author', async () => {
    const editor = await makeUser(payload, 'editor')
    const author = await makeUser(payload, 'author')
    const asAuthor = { overrideAccess: false as const, user: author }
    const asEditor = { overrideAccess: false as const, user: editor }
    const doc = await payload.create({ collection: 'articles', data: { title: 'Bài gửi duyệt qua thư', publishedAt: new Date().toISOString() }, draft: true, ...asAuthor })
    await payload.update({ collection: 'articles', id: doc.id, data: { reviewState: 'submitted' }, draft: true, ...asAuthor })
    const [submitted] = await smtp.waitFor(1)
    expect(submitted!.to).toContain(editor.email)
    expect(submitted!.to).not.toContain(author.email)
    expect(bodyOf(submitted!)).toContain(`https://quantri.example.gov.vn/admin/collections/articles/${doc.id}`)

    await payload.update({ collection: 'articles', id: doc.id, data: { reviewState: 'returned', reviewComment: 'Thiếu nguồn trích dẫn.' }, draft: true, ...asEditor })
    const returned = (await smtp.waitFor(2))[1]!
    expect(returned.to).toEqual([author.email])
    expect(bodyOf(returned)).toContain('Thiếu nguồn trích dẫn.')

    await payload.update({ collection: 'articles', id: doc.id, data: { reviewState: 'submitted' }, draft: true, ...asAuthor })
    await smtp.waitFor(3)
    await payload.update({ collection: 'articles', id: doc.id, data: { _status: 'published' }, ...asEditor })
    const published = (await smtp.waitFor(4))[3]!
    expect(published.to).toEqual([author.email])
    expect(bodyOf(published)).toContain('đã được Ban biên tập duyệt và xuất bản')
  })
})
