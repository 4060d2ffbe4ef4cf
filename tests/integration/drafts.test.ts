import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { expectDenied } from './helpers/errors'
import { makeUser, startPortal, type TestPortal } from './helpers/payload'

type User = Awaited<ReturnType<typeof makeUser>>

let portal: TestPortal
let payload: Payload
let editor: User
let author: User
let staff: User

const anonymous = { overrideAccess: false as const }
const asUser = (user: User) => ({ overrideAccess: false as const, user })

const PUBLISHED_TITLE = 'Tổng kết phong trào thi đua năm 2023'
const DRAFT_TITLE = 'Tổng kết phong trào thi đua năm 2023 (bản sửa chưa duyệt)'
const NEVER_PUBLISHED_TITLE = 'Bản nháp chưa từng đăng về khen thưởng'

let articleId: number
let neverPublishedId: number

beforeAll(async () => {
  portal = await startPortal()
  payload = portal.payload
  await makeUser(payload, 'admin')
  editor = await makeUser(payload, 'editor')
  author = await makeUser(payload, 'author')
  staff = await makeUser(payload, 'staff')

  const article = await payload.create({
    collection: 'articles',
    data: { title: PUBLISHED_TITLE, summary: 'Sapo đã đăng', publishedAt: new Date().toISOString(), _status: 'published' },
    ...asUser(editor),
  })
  articleId = article.id
  // A newer draft on top of the published version
  const draft = await payload.update({
    collection: 'articles',
    id: articleId,
    data: { title: DRAFT_TITLE, summary: 'Sapo bản nháp mới' },
    draft: true,
    ...asUser(editor),
  })
  expect(draft.title).toBe(DRAFT_TITLE)

  const neverPublished = await payload.create({ collection: 'articles', data: { title: NEVER_PUBLISHED_TITLE, publishedAt: new Date().toISOString() }, ...asUser(author) })
  neverPublishedId = neverPublished.id
})
afterAll(async () => portal?.close())

describe('a published article with a newer draft', () => {
  it('anonymous readers get the published title', async () => {
    const doc = await payload.findByID({ collection: 'articles', id: articleId, ...anonymous })
    expect(doc.title).toBe(PUBLISHED_TITLE)
    expect(doc.summary).toBe('Sapo đã đăng')
    expect(doc._status).toBe('published')
  })

  it('anonymous readers get the published title even when they ask for drafts', async () => {
    const doc = await payload.findByID({ collection: 'articles', id: articleId, draft: true, ...anonymous })
    expect(doc.title).toBe(PUBLISHED_TITLE)
    const { docs } = await payload.find({ collection: 'articles', draft: true, ...anonymous })
    expect(docs.map((d) => d.title)).not.toContain(DRAFT_TITLE)
  })

  it('lists for anonymous and staff show the published title only', async () => {
    for (const who of [anonymous, asUser(staff)]) {
      const { docs } = await payload.find({ collection: 'articles', ...who })
      expect(docs.map((d) => d.title)).toEqual([PUBLISHED_TITLE])
    }
  })

  it('editors see the draft when they ask for it, and the published version otherwise', async () => {
    const draft = await payload.findByID({ collection: 'articles', id: articleId, draft: true, ...asUser(editor) })
    expect(draft.title).toBe(DRAFT_TITLE)
    expect(draft.summary).toBe('Sapo bản nháp mới')
    expect(draft._status).toBe('draft')
    const live = await payload.findByID({ collection: 'articles', id: articleId, ...asUser(editor) })
    expect(live.title).toBe(PUBLISHED_TITLE)
    const { docs } = await payload.find({ collection: 'articles', draft: true, where: { id: { equals: articleId } }, ...asUser(editor) })
    expect(docs.map((d) => d.title)).toEqual([DRAFT_TITLE])
  })

  it('searching the draft’s words finds nothing for readers', async () => {
    const published = await payload.find({ collection: 'articles', where: { search: { like: 'sapo da dang' } }, ...anonymous })
    expect(published.docs.map((d) => d.id)).toEqual([articleId])
    const draftOnly = await payload.find({ collection: 'articles', where: { search: { like: 'ban sua chua duyet' } }, ...anonymous })
    expect(draftOnly.totalDocs).toBe(0)
  })

  it('versions are for the editorial team only', async () => {
    await expectDenied(payload.findVersions({ collection: 'articles', ...anonymous }), 'anonymous findVersions', [403])
    await expectDenied(payload.findVersions({ collection: 'articles', ...asUser(staff) }), 'staff findVersions', [403])
    const versions = await payload.findVersions({ collection: 'articles', where: { parent: { equals: articleId } }, ...asUser(editor) })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(2)
    expect(versions.docs.map((v) => v.version.title)).toEqual(expect.arrayContaining([PUBLISHED_TITLE, DRAFT_TITLE]))
  })
})

describe('a never-published draft', () => {
  it('is never returned to anonymous readers, by find, count or findByID', async () => {
    for (const draft of [false, true]) {
      const { docs } = await payload.find({ collection: 'articles', draft, limit: 100, ...anonymous })
      expect(docs.map((d) => d.id)).not.toContain(neverPublishedId)
      const byTitle = await payload.find({ collection: 'articles', draft, where: { title: { equals: NEVER_PUBLISHED_TITLE } }, ...anonymous })
      expect(byTitle.totalDocs).toBe(0)
      const bySearch = await payload.find({ collection: 'articles', draft, where: { search: { like: 'chua tung dang' } }, ...anonymous })
      expect(bySearch.totalDocs).toBe(0)
      await expectDenied(payload.findByID({ collection: 'articles', id: neverPublishedId, draft, ...anonymous }), 'findByID', [403, 404])
    }
    expect((await payload.count({ collection: 'articles', ...anonymous })).totalDocs).toBe(1)
    // It does exist, for the editorial team
    expect((await payload.findByID({ collection: 'articles', id: neverPublishedId, ...asUser(editor) })).title).toBe(NEVER_PUBLISHED_TITLE)
    expect((await payload.count({ collection: 'articles', ...asUser(author) })).totalDocs).toBe(2)
  })
})

describe('publishing the draft', () => {
  it('makes the new title what readers see', async () => {
    await payload.update({ collection: 'articles', id: articleId, data: { _status: 'published' }, ...asUser(editor) })
    const doc = await payload.findByID({ collection: 'articles', id: articleId, ...anonymous })
    expect(doc.title).toBe(DRAFT_TITLE)
    expect(doc.summary).toBe('Sapo bản nháp mới')
    const found = await payload.find({ collection: 'articles', where: { search: { like: 'chua duyet' } }, ...anonymous })
    expect(found.docs.map((d) => d.id)).toEqual([articleId])
  })

  it('unpublishing hides it again', async () => {
    await payload.update({ collection: 'articles', id: articleId, data: { _status: 'draft' }, ...asUser(editor) })
    await expectDenied(payload.findByID({ collection: 'articles', id: articleId, ...anonymous }), 'findByID after unpublish', [403, 404])
    expect((await payload.count({ collection: 'articles', ...anonymous })).totalDocs).toBe(0)
  })
})
