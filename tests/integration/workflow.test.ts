import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { expectDenied } from './helpers/errors'
import { httpApi } from './helpers/http'
import { makeUser, startPortal, type TestPortal } from './helpers/payload'
import { eventually, pause } from './helpers/poll'

type User = Awaited<ReturnType<typeof makeUser>>

let portal: TestPortal
let payload: Payload
let editor: User
let author: User
let api: ReturnType<typeof httpApi>

const anonymous = { overrideAccess: false as const }
const asUser = (user: User) => ({ overrideAccess: false as const, user })
let serial = 0
const tag = () => `${Date.now().toString(36)}${++serial}`

beforeAll(async () => {
  portal = await startPortal()
  payload = portal.payload
  api = httpApi(payload)
  await makeUser(payload, 'admin')
  editor = await makeUser(payload, 'editor')
  author = await makeUser(payload, 'author')
})
afterAll(async () => portal?.close())

const authorDraft = (title = `Bài của cộng tác viên ${tag()}`) =>
  payload.create({ collection: 'articles', data: { title, publishedAt: new Date().toISOString() }, draft: true, ...asUser(author) })

/** What an anonymous reader gets for this article: its published title, or null. */
const publicTitle = async (id: number | string) =>
  (await payload.find({ collection: 'articles', where: { id: { equals: id } }, depth: 0, ...anonymous })).docs[0]?.title ?? null

describe('review states', () => {
  it('an author saves and submits; the item stays a draft, waiting for review', async () => {
    const draft = await authorDraft()
    expect(draft.reviewState).toBe('draft')
    const submitted = await payload.update({ collection: 'articles', id: draft.id, data: { reviewState: 'submitted' }, draft: true, ...asUser(author) })
    expect(submitted.reviewState).toBe('submitted')
    expect(submitted._status).toBe('draft')
    expect(await publicTitle(draft.id)).toBeNull()
  })

  it('an author can never publish or approve, through the Local API or REST', async () => {
    const draft = await authorDraft()
    await expectDenied(payload.update({ collection: 'articles', id: draft.id, data: { _status: 'published' }, ...asUser(author) }), 'author publishes (Local API)')
    await expectDenied(payload.update({ collection: 'articles', id: draft.id, data: { reviewState: 'published' }, draft: true, ...asUser(author) }), 'author approves (Local API)')
    await expectDenied(payload.update({ collection: 'articles', id: draft.id, data: { reviewState: 'returned' }, draft: true, ...asUser(author) }), 'author sends back (Local API)')
    await expectDenied(
      payload.create({ collection: 'articles', data: { title: `Đăng thẳng ${tag()}`, publishedAt: new Date().toISOString(), _status: 'published' }, ...asUser(author) }),
      'author creates published',
    )
    const token = await api.signIn(author.email)
    const publish = await api.rest('PATCH', `articles/${draft.id}`, { token, body: { _status: 'published' } })
    expect(publish.status, JSON.stringify(publish.json)).toBe(403)
    const approve = await api.rest('PATCH', `articles/${draft.id}?draft=true`, { token, body: { reviewState: 'published' } })
    expect(approve.status, JSON.stringify(approve.json)).toBe(403)
    expect(JSON.stringify(approve.json)).toContain('Ban biên tập')
    // Queuing a scheduled publish or running the queue is for editors only.
    const queue = await api.rest('POST', 'payload-jobs/run', { token })
    expect(queue.status).toBeGreaterThanOrEqual(400)
    const after = await payload.findByID({ collection: 'articles', id: draft.id, draft: true, overrideAccess: true })
    expect(after._status).toBe('draft')
    expect(after.reviewState).toBe('draft')
    expect(await publicTitle(draft.id)).toBeNull()
  })

  it('an editor sends back with a comment the author then reads in the admin; the author cannot write the comment', async () => {
    const draft = await authorDraft()
    await payload.update({ collection: 'articles', id: draft.id, data: { reviewState: 'submitted' }, draft: true, ...asUser(author) })
    const noComment = await payload
      .update({ collection: 'articles', id: draft.id, data: { reviewState: 'returned' }, draft: true, ...asUser(editor) })
      .catch((error: { status?: number; data?: { errors?: Array<{ message: string }> } }) => error)
    expect((noComment as { status?: number }).status).toBe(400)
    expect(JSON.stringify(noComment)).toContain('ý kiến')

    const comment = 'Bổ sung nguồn và ảnh có chú thích.'
    await payload.update({ collection: 'articles', id: draft.id, data: { reviewState: 'returned', reviewComment: comment }, draft: true, ...asUser(editor) })
    const seen = await payload.findByID({ collection: 'articles', id: draft.id, draft: true, ...asUser(author) })
    expect(seen.reviewState).toBe('returned')
    expect(seen.reviewComment).toBe(comment)
    // REST, as the admin's edit view reads it
    const token = await api.signIn(author.email)
    const { json } = await api.rest('GET', `articles/${draft.id}?draft=true`, { token })
    expect(json.reviewComment).toBe(comment)

    // The author's own edits keep the comment and the state; the comment is not theirs to change.
    const edited = await payload.update({ collection: 'articles', id: draft.id, data: { summary: 'Đã bổ sung nguồn', reviewComment: 'Tự duyệt' }, draft: true, ...asUser(author) })
    expect(edited.reviewComment).toBe(comment)
    expect(edited.reviewState).toBe('returned')
    const resubmitted = await payload.update({ collection: 'articles', id: draft.id, data: { reviewState: 'submitted' }, draft: true, ...asUser(author) })
    expect(resubmitted.reviewState).toBe('submitted')
  })

  it('an editor approves by publishing: the item is public and its state "published"', async () => {
    const draft = await authorDraft()
    await payload.update({ collection: 'articles', id: draft.id, data: { reviewState: 'submitted' }, draft: true, ...asUser(author) })
    const published = await payload.update({ collection: 'articles', id: draft.id, data: { _status: 'published' }, ...asUser(editor) })
    expect(published.reviewState).toBe('published')
    expect(await publicTitle(draft.id)).toBe(draft.title)
  })
})

describe('scheduled publishing', () => {
  it("an editor's approval at a set time publishes with nobody signed in, through the jobs queue", async () => {
    const draft = await authorDraft()
    const at = new Date(Date.now() + 2500)
    // What the admin's "Lên lịch xuất bản" does (schedulePublishHandler): a job with the scheduling editor.
    await payload.jobs.queue({ task: 'schedulePublish', input: { type: 'publish', doc: { relationTo: 'articles', value: draft.id }, user: { relationTo: 'users', value: editor.id } }, waitUntil: at })
    await payload.jobs.run()
    expect(await publicTitle(draft.id), 'not before its time').toBeNull()
    await pause(at.getTime() - Date.now() + 50)
    await payload.jobs.run()
    expect(await publicTitle(draft.id)).toBe(draft.title)
  })

  it('a scheduled unpublish takes an item down at its time', async () => {
    const doc = await payload.create({ collection: 'articles', data: { title: `Gỡ theo lịch ${tag()}`, publishedAt: new Date().toISOString(), _status: 'published' }, ...asUser(editor) })
    await payload.jobs.queue({ task: 'schedulePublish', input: { type: 'unpublish', doc: { relationTo: 'articles', value: doc.id } }, waitUntil: new Date(Date.now() + 1500) })
    expect(await publicTitle(doc.id)).toBe(doc.title)
    await pause(1600)
    await payload.jobs.run()
    expect(await publicTitle(doc.id)).toBeNull()
  })

  it('a publication date in the future schedules the article instead of putting it live now', async () => {
    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000).toISOString()
    const doc = await payload.create({ collection: 'articles', data: { title: `Đăng ngày mai ${tag()}`, publishedAt: tomorrow, _status: 'published' }, ...asUser(editor) })
    expect(doc._status).toBe('draft')
    expect(await publicTitle(doc.id)).toBeNull()
    const jobs = await payload.find({ collection: 'payload-jobs', where: { 'input.doc.value': { equals: String(doc.id) } }, overrideAccess: true })
    expect(jobs.docs).toHaveLength(1)
    expect(new Date(jobs.docs[0]!.waitUntil!).toISOString()).toBe(tomorrow)
  })

  it('a date a few seconds ahead goes live when its time comes, run by the queue with nobody signed in; a new date replaces the old job', async () => {
    const soon = () => new Date(Date.now() + 2000).toISOString()
    const doc = await payload.create({ collection: 'articles', data: { title: `Đăng sau vài giây ${tag()}`, publishedAt: new Date(Date.now() + 3600_000).toISOString(), _status: 'published' }, ...asUser(editor) })
    const rescheduled = await payload.update({ collection: 'articles', id: doc.id, data: { publishedAt: soon(), _status: 'published' }, ...asUser(editor) })
    expect(rescheduled._status).toBe('draft')
    const jobs = await payload.find({ collection: 'payload-jobs', where: { 'input.doc.value': { equals: String(doc.id) } }, overrideAccess: true })
    expect(jobs.docs).toHaveLength(1)
    expect(await publicTitle(doc.id)).toBeNull()
    const { elapsedMs } = await eventually(
      async () => {
        await payload.jobs.run()
        return (await publicTitle(doc.id)) === doc.title
      },
      { timeoutMs: 10_000, intervalMs: 250, what: 'the scheduled article to go live' },
    )
    expect(elapsedMs).toBeGreaterThan(1000)
  })
})

describe('drafts of award decisions and polls', () => {
  it('a draft decision and its honour-roll lines stay hidden until the decision is published', async () => {
    const unit = await payload.create({ collection: 'units', data: { name: `Sở thử ${tag()}` }, overrideAccess: true })
    const number = `${100 + serial}/QĐ-UBND`
    const decision = await payload.create({
      collection: 'award-decisions',
      data: { number, issuer: unit.id, issuedAt: '2024-05-01T00:00:00.000Z', abstract: 'Khen thưởng thử' },
      ...asUser(editor),
    })
    expect(decision._status).toBe('draft')
    const awardType = await payload.create({ collection: 'award-types', data: { name: `Lao động tiên tiến ${tag()}`, kind: 'emulation-title', level: 'grassroots', recipientKinds: ['individual'] }, overrideAccess: true })
    const line = await payload.create({ collection: 'awards', data: { recipientName: `Nguyễn Văn Thử ${tag()}`, recipientKind: 'individual', awardType: awardType.id, decision: decision.id, year: 2024 }, overrideAccess: true })
    const lineVisible = async () => (await payload.find({ collection: 'awards', where: { id: { equals: line.id } }, ...anonymous })).totalDocs
    const decisionVisible = async () => (await payload.find({ collection: 'award-decisions', where: { id: { equals: decision.id } }, ...anonymous })).totalDocs
    expect(await decisionVisible()).toBe(0)
    expect(await lineVisible()).toBe(0)
    await payload.update({ collection: 'award-decisions', id: decision.id, data: { _status: 'published' }, ...asUser(editor) })
    expect(await decisionVisible()).toBe(1)
    expect(await lineVisible()).toBe(1)
  })

  it('a draft poll is not offered to readers', async () => {
    const { listPolls, pollState } = await import('@portal/cms/engagement')
    const poll = await payload.create({ collection: 'polls', data: { question: `Thăm dò nháp ${tag()}?`, options: [{ label: 'Có' }, { label: 'Không' }], choice: 'single', showResults: 'afterVoting' }, draft: true, ...asUser(editor) })
    expect((await listPolls(payload)).map((p) => p.id)).not.toContain(poll.id)
    await expect(pollState(payload, poll.id, null)).rejects.toMatchObject({ status: 404 })
    await payload.update({ collection: 'polls', id: poll.id, data: { _status: 'published' }, ...asUser(editor) })
    expect((await listPolls(payload)).map((p) => p.id)).toContain(poll.id)
  })
})

/** An item of each content type with drafts, and the field the test changes and restores. */
const fixtures = { unit: 0 as number | string, documentType: 0 as number | string }
const CONTENT: Array<{ collection: CollectionSlug; data: () => Record<string, unknown>; field: string }> = [
  { collection: 'articles', data: () => ({ title: `Bài ${tag()}`, publishedAt: new Date().toISOString() }), field: 'title' },
  { collection: 'documents', data: () => ({ abstract: `Văn bản ${tag()}`, documentType: fixtures.documentType, issuer: fixtures.unit, issued: { year: 2024 } }), field: 'abstract' },
  { collection: 'movements', data: () => ({ name: `Phong trào ${tag()}`, periodStart: 2024 }), field: 'name' },
  { collection: 'exemplary-models', data: () => ({ name: `Điển hình ${tag()}`, year: 2024, recipientKind: 'individual' }), field: 'name' },
  { collection: 'galleries', data: () => ({ title: `Album ${tag()}`, kind: 'photo', publishedAt: new Date().toISOString() }), field: 'title' },
  { collection: 'pages', data: () => ({ title: `Trang ${tag()}` }), field: 'title' },
  { collection: 'award-decisions', data: () => ({ number: `${300 + serial}/QĐ-UBND`, issuer: fixtures.unit, issuedAt: '2024-05-01T00:00:00.000Z', abstract: `Quyết định ${tag()}` }), field: 'abstract' },
  { collection: 'polls', data: () => ({ question: `Câu hỏi ${tag()}?`, options: [{ label: 'Có' }, { label: 'Không' }], choice: 'single', showResults: 'afterVoting' }), field: 'question' },
]

describe('version history', () => {
  beforeAll(async () => {
    fixtures.unit = (await payload.create({ collection: 'units', data: { name: `Sở lịch sử ${tag()}`, code: 'SLS' }, overrideAccess: true })).id
    fixtures.documentType = (await payload.create({ collection: 'document-types', data: { name: 'Kế hoạch', code: 'KH' }, overrideAccess: true })).id
  })

  for (const { collection, data, field } of CONTENT) {
    it(`restoring an old version of ${collection} brings its content back`, async () => {
      const first = await payload.create({ collection, data: { ...data(), _status: 'published' } as never, ...asUser(editor) }).catch(async (error) => {
        throw new Error(`${collection}: ${JSON.stringify(error.data ?? error.message)}`)
      })
      const original = (first as unknown as Record<string, unknown>)[field]
      await payload.update({ collection, id: first.id, data: { [field]: `${original} (sửa)`, _status: 'published' } as never, ...asUser(editor) })
      const { docs } = await payload.findVersions({ collection, where: { parent: { equals: first.id } }, sort: 'createdAt', ...asUser(editor) })
      expect(docs.length).toBeGreaterThanOrEqual(2)
      const old = docs.find((v) => (v.version as unknown as Record<string, unknown>)[field] === original)!
      expect(old).toBeTruthy()
      await payload.restoreVersion({ collection, id: old.id, ...asUser(editor) })
      const now = await payload.findByID({ collection, id: first.id, depth: 0, overrideAccess: true })
      expect((now as unknown as Record<string, unknown>)[field]).toBe(original)
    })
  }
})

describe('audit log', () => {
  const entriesFor = async (collection: string, id: number | string) =>
    (await payload.find({ collection: 'audit-log', where: { and: [{ targetCollection: { equals: collection } }, { documentId: { equals: String(id) } }] }, sort: 'createdAt', limit: 100, overrideAccess: true })).docs

  it('records create, update, publish, unpublish, restore and delete with the changed fields, kept after deletion', async () => {
    const doc = await payload.create({ collection: 'articles', data: { title: `Nhật ký ${tag()}`, publishedAt: new Date().toISOString() }, draft: true, ...asUser(editor) })
    await payload.update({ collection: 'articles', id: doc.id, data: { summary: 'Sapo mới' }, draft: true, ...asUser(editor) })
    await payload.update({ collection: 'articles', id: doc.id, data: { _status: 'published' }, ...asUser(editor) })
    await payload.update({ collection: 'articles', id: doc.id, data: { _status: 'draft' }, ...asUser(editor) })
    const { docs: versions } = await payload.findVersions({ collection: 'articles', where: { parent: { equals: doc.id } }, sort: 'createdAt', ...asUser(editor) })
    await payload.restoreVersion({ collection: 'articles', id: versions[0]!.id, ...asUser(editor) })
    await payload.delete({ collection: 'articles', id: doc.id, ...asUser(editor) })

    const entries = await entriesFor('articles', doc.id)
    expect(entries.map((e) => e.action)).toEqual(['create', 'update', 'publish', 'unpublish', 'restore', 'delete'])
    expect(entries[1]!.changedFields).toBe('summary')
    expect(entries[0]!.changedFields).toContain('title')
    for (const entry of entries) {
      expect(entry.title).toBe(doc.title)
      expect(entry.email).toBe(editor.email)
      expect(typeof entry.user === 'object' ? entry.user?.id : entry.user).toBe(editor.id)
    }
  })

  it('records sign-ins and failed sign-ins', async () => {
    await api.signIn(editor.email)
    const failed = await api.rest('POST', 'users/login', { body: { email: editor.email, password: 'wrong-password-123456' } })
    expect(failed.status).toBe(401)
    const { docs } = await payload.find({ collection: 'audit-log', where: { email: { equals: editor.email }, action: { in: ['login', 'loginFailed'] } }, sort: 'createdAt', overrideAccess: true })
    expect(docs.map((d) => d.action).slice(-2)).toEqual(['login', 'loginFailed'])
  })

  it('only admins read it; nobody creates, edits or deletes entries through the API', async () => {
    const entry = (await payload.find({ collection: 'audit-log', limit: 1, overrideAccess: true })).docs[0]!
    expect(entry).toBeTruthy()
    const admin = (await payload.find({ collection: 'users', where: { role: { equals: 'admin' } }, limit: 1, overrideAccess: true })).docs[0]!
    const asAdmin = { overrideAccess: false as const, user: { ...admin, collection: 'users' as const } }
    expect((await payload.find({ collection: 'audit-log', ...asAdmin })).totalDocs).toBeGreaterThan(0)
    await expectDenied(payload.find({ collection: 'audit-log', ...asUser(editor) }), 'editor reads the log')
    await expectDenied(payload.update({ collection: 'audit-log', id: entry.id, data: { title: 'Sửa nhật ký' }, ...asAdmin }), 'admin edits an entry')
    await expectDenied(payload.delete({ collection: 'audit-log', id: entry.id, ...asAdmin }), 'admin deletes an entry')
    await expectDenied(payload.create({ collection: 'audit-log', data: { action: 'login' }, ...asAdmin }), 'admin forges an entry')

    const token = await api.signIn(admin.email)
    expect((await api.rest('GET', 'audit-log', { token })).status).toBe(200)
    expect((await api.rest('PATCH', `audit-log/${entry.id}`, { token, body: { title: 'x' } })).status).toBe(403)
    expect((await api.rest('DELETE', `audit-log/${entry.id}`, { token })).status).toBe(403)
    expect((await api.rest('POST', 'audit-log', { token, body: { action: 'login' } })).status).toBe(403)
    expect((await api.rest('GET', 'audit-log')).status).toBe(403)
    const still = await payload.findByID({ collection: 'audit-log', id: entry.id, overrideAccess: true })
    expect(still.title).toBe(entry.title)
  })
})
