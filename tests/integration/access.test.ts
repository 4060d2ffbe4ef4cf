import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { expectDenied } from './helpers/errors'
import { makeUser, startPortal, type TestPortal } from './helpers/payload'

type User = Awaited<ReturnType<typeof makeUser>>
type Role = 'anonymous' | 'staff' | 'author' | 'editor' | 'admin'
type Doc = Record<string, any> & { id: number | string }

const READERS: Role[] = ['anonymous', 'staff']
const EDITORIAL: Role[] = ['author', 'editor', 'admin']
const PUBLISHERS: Role[] = ['editor', 'admin']
const NON_PUBLISHERS: Role[] = ['anonymous', 'staff', 'author']
const ALL: Role[] = ['anonymous', 'staff', 'author', 'editor', 'admin']

let portal: TestPortal
let payload: Payload
const users = {} as Record<Exclude<Role, 'anonymous'> | 'author2' | 'staff2', User>
let unitId: number | string
let documentTypeId: number | string
let awardTypeId: number | string
let counter = 0
const tag = () => `${Date.now().toString(36)}-${++counter}`

/** Local API options acting as `who`: access control on, with that user (none for anonymous). */
function as(who: Role | 'author2' | 'staff2') {
  return who === 'anonymous' ? { overrideAccess: false as const } : { overrideAccess: false as const, user: users[who] }
}

// The Local API is typed per collection; these tests drive several collections through one code path.
const api = () =>
  payload as unknown as {
    create: (args: Record<string, unknown>) => Promise<Doc>
    update: (args: Record<string, unknown>) => Promise<Doc>
    delete: (args: Record<string, unknown>) => Promise<Doc>
    findByID: (args: Record<string, unknown>) => Promise<Doc>
    find: (args: Record<string, unknown>) => Promise<{ docs: Doc[]; totalDocs: number }>
    count: (args: Record<string, unknown>) => Promise<{ totalDocs: number }>
  }

/** The stored document, whatever access says. */
const stored = (collection: CollectionSlug, id: number | string, draft = false) =>
  api().findByID({ collection, id, depth: 0, draft, overrideAccess: true })

const exists = async (collection: CollectionSlug, id: number | string) =>
  (await api().count({ collection, where: { id: { equals: id } }, overrideAccess: true })).totalDocs === 1

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: number | string }).id : value)

beforeAll(async () => {
  portal = await startPortal()
  payload = portal.payload
  // The first account of a portal becomes an admin, so the admin comes first.
  users.admin = await makeUser(payload, 'admin')
  users.editor = await makeUser(payload, 'editor')
  users.author = await makeUser(payload, 'author')
  users.author2 = await makeUser(payload, 'author', 'author2')
  users.staff = await makeUser(payload, 'staff')
  users.staff2 = await makeUser(payload, 'staff', 'staff2')
  expect(users.staff.role).toBe('staff')

  unitId = (await payload.create({ collection: 'units', data: { name: 'Sở Lao động - Thương binh và Xã hội', code: 'SLĐTBXH' } })).id
  documentTypeId = (await payload.create({ collection: 'document-types', data: { name: 'Kế hoạch', code: 'KH' } })).id
  awardTypeId = (
    await payload.create({
      collection: 'award-types',
      data: { name: 'Lao động tiên tiến', kind: 'emulation-title', level: 'grassroots', recipientKinds: ['individual'] },
    })
  ).id
})
afterAll(async () => portal?.close())

/** Content collections with the editorial workflow: how to make a valid document, and a field to edit. */
const CONTENT: Array<{ collection: CollectionSlug; make: () => Record<string, unknown>; edit: string }> = [
  { collection: 'articles', make: () => ({ title: `Bài viết thử ${tag()}` }), edit: 'title' },
  {
    collection: 'documents',
    make: () => ({ abstract: `Kế hoạch thử ${tag()}`, documentType: documentTypeId, issuer: unitId, issued: { year: 2024 } }),
    edit: 'abstract',
  },
  { collection: 'movements', make: () => ({ name: `Phong trào thử ${tag()}`, periodStart: 2024 }), edit: 'name' },
]

describe.each(CONTENT)('$collection (editorial workflow)', ({ collection, make, edit }) => {
  let published: Doc
  let othersDraft: Doc

  beforeAll(async () => {
    published = await api().create({ collection, data: { ...make(), _status: 'published' }, ...as('editor') })
    othersDraft = await api().create({ collection, data: make(), ...as('author2') })
    expect(published._status).toBe('published')
    expect(othersDraft._status).toBe('draft')
  })

  it('anonymous and staff read published documents only', async () => {
    const publishedCount = (await api().count({ collection, where: { _status: { equals: 'published' } }, overrideAccess: true })).totalDocs
    const allCount = (await api().count({ collection, overrideAccess: true })).totalDocs
    expect(allCount).toBeGreaterThan(publishedCount)
    for (const who of READERS) {
      expect((await api().count({ collection, ...as(who) })).totalDocs, `${who} count`).toBe(publishedCount)
      const list = await api().find({ collection, limit: 0, pagination: false, depth: 0, ...as(who) })
      expect(list.docs.length, `${who} find`).toBe(publishedCount)
      expect(list.docs.every((d) => d._status === 'published'), `${who} sees only published`).toBe(true)
      expect(list.docs.map((d) => d.id)).toContain(published.id)
      expect(list.docs.map((d) => d.id)).not.toContain(othersDraft.id)
      // Asking for drafts does not reveal them either
      const drafts = await api().find({ collection, draft: true, limit: 0, pagination: false, depth: 0, ...as(who) })
      expect(drafts.docs.map((d) => d.id), `${who} find draft: true`).not.toContain(othersDraft.id)

      expect((await api().findByID({ collection, id: published.id, depth: 0, ...as(who) })).id).toBe(published.id)
      await expectDenied(api().findByID({ collection, id: othersDraft.id, depth: 0, ...as(who) }), `${who} findByID draft`, [403, 404])
      await expectDenied(api().findByID({ collection, id: othersDraft.id, depth: 0, draft: true, ...as(who) }), `${who} findByID draft: true`, [403, 404])
    }
  })

  it('authors, editors and admins read drafts too', async () => {
    const allCount = (await api().count({ collection, overrideAccess: true })).totalDocs
    for (const who of EDITORIAL) {
      expect((await api().count({ collection, ...as(who) })).totalDocs, `${who} count`).toBe(allCount)
      const draft = await api().findByID({ collection, id: othersDraft.id, depth: 0, draft: true, ...as(who) })
      expect(draft.id, who).toBe(othersDraft.id)
    }
  })

  it('anonymous and staff cannot create, update, publish or delete', async () => {
    for (const who of READERS) {
      const data = make()
      await expectDenied(api().create({ collection, data, ...as(who) }), `${who} create draft`)
      await expectDenied(api().create({ collection, data: { ...make(), _status: 'published' }, ...as(who) }), `${who} create published`)
      expect((await api().count({ collection, where: { [edit]: { equals: data[edit] } }, overrideAccess: true })).totalDocs).toBe(0)
      await expectDenied(api().update({ collection, id: published.id, data: { [edit]: `${who} đã sửa` }, ...as(who) }), `${who} update published`, [403, 404])
      await expectDenied(api().update({ collection, id: othersDraft.id, data: { _status: 'published' }, ...as(who) }), `${who} publish`, [403, 404])
      await expectDenied(api().delete({ collection, id: published.id, ...as(who) }), `${who} delete`, [403, 404])
    }
    expect((await stored(collection, published.id))[edit]).toBe(published[edit])
    expect((await stored(collection, othersDraft.id))._status).toBe('draft')
    expect(await exists(collection, published.id)).toBe(true)
  })

  it('authors create drafts, recorded as theirs whatever createdBy they send', async () => {
    const doc = await api().create({ collection, data: { ...make(), createdBy: users.author2.id }, ...as('author') })
    expect(doc._status).toBe('draft')
    expect(idOf((await stored(collection, doc.id)).createdBy)).toBe(users.author.id)
  })

  it('authors cannot publish: neither by creating published nor by updating to published', async () => {
    const data = make()
    await expectDenied(api().create({ collection, data: { ...data, _status: 'published' }, ...as('author') }), 'author create published')
    expect((await api().count({ collection, where: { [edit]: { equals: data[edit] } }, overrideAccess: true })).totalDocs).toBe(0)

    const own = await api().create({ collection, data: make(), ...as('author') })
    await expectDenied(api().update({ collection, id: own.id, data: { _status: 'published' }, ...as('author') }), 'author publish own draft')
    await expectDenied(api().update({ collection, id: own.id, data: { [edit]: `${own[edit]} (sửa)`, _status: 'published' }, ...as('author') }), 'author publish with edit')
    // Nor through a bulk update (PATCH with a where)
    const bulk = api().update({ collection, where: { id: { equals: own.id } }, data: { _status: 'published' }, ...as('author') }) as Promise<unknown>
    const bulkResult = await bulk.then(
      (r) => r as { docs: Doc[]; errors: unknown[] },
      (e: { status?: number }) => ({ docs: [] as Doc[], errors: [e], status: e.status }),
    )
    expect(bulkResult.docs.filter((d) => d._status === 'published')).toEqual([])
    const after = await stored(collection, own.id)
    expect(after._status).toBe('draft')
    expect(after[edit]).toBe(own[edit])
    expect((await api().count({ collection, where: { id: { equals: own.id } }, ...as('anonymous') })).totalDocs).toBe(0)
  })

  it('authors update their own drafts but not anyone else’s documents', async () => {
    const own = await api().create({ collection, data: make(), ...as('author') })
    const edited = await api().update({ collection, id: own.id, data: { [edit]: `${own[edit]} (đã sửa)` }, ...as('author') })
    expect(edited[edit]).toBe(`${own[edit]} (đã sửa)`)
    expect((await stored(collection, own.id, true))[edit]).toBe(`${own[edit]} (đã sửa)`)
    const saved = await api().update({ collection, id: own.id, data: { [edit]: `${own[edit]} (bản nháp 2)` }, draft: true, ...as('author') })
    expect(saved[edit]).toBe(`${own[edit]} (bản nháp 2)`)

    await expectDenied(api().update({ collection, id: othersDraft.id, data: { [edit]: 'author sửa bài người khác' }, ...as('author') }), 'author update other draft')
    await expectDenied(api().update({ collection, id: othersDraft.id, data: { [edit]: 'author sửa bài người khác' }, draft: true, ...as('author') }), 'author update other draft (draft: true)')
    await expectDenied(api().update({ collection, id: published.id, data: { [edit]: 'author sửa bài đã đăng' }, ...as('author') }), 'author update published')
    expect((await stored(collection, othersDraft.id, true))[edit]).toBe(othersDraft[edit])
    expect((await stored(collection, published.id, true))[edit]).toBe(published[edit])
  })

  it('an author’s edit of their own document after it was published stays a draft: readers still see the published text', async () => {
    const own = await api().create({ collection, data: make(), ...as('author') })
    await api().update({ collection, id: own.id, data: { _status: 'published' }, ...as('editor') })
    // Without draft: true, as a plain REST PATCH would send it
    await api().update({ collection, id: own.id, data: { [edit]: `${own[edit]} (chưa duyệt)` }, ...as('author') })
    const live = await api().findByID({ collection, id: own.id, depth: 0, ...as('anonymous') })
    expect(live[edit]).toBe(own[edit])
    expect(live._status).toBe('published')
    // The editor sees the author's change as a draft and can publish it
    const draft = await api().findByID({ collection, id: own.id, depth: 0, draft: true, ...as('editor') })
    expect(draft[edit]).toBe(`${own[edit]} (chưa duyệt)`)
    await api().update({ collection, id: own.id, data: { _status: 'published' }, ...as('editor') })
    expect((await api().findByID({ collection, id: own.id, depth: 0, ...as('anonymous') }))[edit]).toBe(`${own[edit]} (chưa duyệt)`)
  })

  it('editors and admins create published documents and publish anyone’s drafts', async () => {
    for (const who of PUBLISHERS) {
      const direct = await api().create({ collection, data: { ...make(), _status: 'published' }, ...as(who) })
      expect(direct._status, who).toBe('published')
      expect((await api().findByID({ collection, id: direct.id, depth: 0, ...as('anonymous') })).id).toBe(direct.id)

      const draft = await api().create({ collection, data: make(), ...as('author2') })
      await expectDenied(api().findByID({ collection, id: draft.id, depth: 0, ...as('anonymous') }), 'anonymous before publish', [403, 404])
      const publishedNow = await api().update({ collection, id: draft.id, data: { _status: 'published' }, ...as(who) })
      expect(publishedNow._status, who).toBe('published')
      expect((await api().findByID({ collection, id: draft.id, depth: 0, ...as('staff') })).id).toBe(draft.id)
    }
  })

  it('editors and admins update anyone’s documents', async () => {
    for (const who of PUBLISHERS) {
      const draft = await api().create({ collection, data: make(), ...as('author2') })
      const updated = await api().update({ collection, id: draft.id, data: { [edit]: `${draft[edit]} (${who})` }, ...as(who) })
      expect(updated[edit]).toBe(`${draft[edit]} (${who})`)
      const live = await api().update({ collection, id: published.id, data: { [edit]: `${published[edit]} (${who})` }, ...as(who) })
      expect(live[edit]).toBe(`${published[edit]} (${who})`)
      expect((await api().findByID({ collection, id: published.id, depth: 0, ...as('anonymous') }))[edit]).toBe(`${published[edit]} (${who})`)
    }
  })

  it('authors delete only their own never-published drafts; editors and admins delete anything', async () => {
    const own = await api().create({ collection, data: make(), ...as('author') })
    await api().delete({ collection, id: own.id, ...as('author') })
    expect(await exists(collection, own.id)).toBe(false)

    const ownPublished = await api().create({ collection, data: make(), ...as('author') })
    await api().update({ collection, id: ownPublished.id, data: { _status: 'published' }, ...as('editor') })
    await expectDenied(api().delete({ collection, id: ownPublished.id, ...as('author') }), 'author delete own published', [403, 404])
    const others = await api().create({ collection, data: make(), ...as('author2') })
    await expectDenied(api().delete({ collection, id: others.id, ...as('author') }), 'author delete other draft', [403, 404])
    expect(await exists(collection, ownPublished.id)).toBe(true)
    expect(await exists(collection, others.id)).toBe(true)

    await api().delete({ collection, id: ownPublished.id, ...as('editor') })
    await api().delete({ collection, id: others.id, ...as('admin') })
    expect(await exists(collection, ownPublished.id)).toBe(false)
    expect(await exists(collection, others.id)).toBe(false)
  })
})

/** Reference data: readable by anyone, written by editors and admins. */
const REFERENCE: Array<{ collection: CollectionSlug; make: () => Record<string, unknown>; edit: string }> = [
  { collection: 'units', make: () => ({ name: `Đơn vị thử ${tag()}` }), edit: 'name' },
  {
    collection: 'award-types',
    make: () => ({ name: `Danh hiệu thử ${tag()}`, kind: 'commendation-form', level: 'grassroots', recipientKinds: ['individual'] }),
    edit: 'name',
  },
  { collection: 'awards', make: () => ({ recipientName: `Nguyễn Văn Thử ${tag()}`, awardType: awardTypeId, year: 2024 }), edit: 'recipientName' },
  { collection: 'document-types', make: () => ({ name: `Loại thử ${tag()}`, code: 'TB' }), edit: 'name' },
  { collection: 'categories', make: () => ({ name: `Chuyên mục thử ${tag()}` }), edit: 'name' },
]

describe.each(REFERENCE)('$collection (reference data)', ({ collection, make, edit }) => {
  let doc: Doc
  beforeAll(async () => {
    doc = await api().create({ collection, data: make(), overrideAccess: true })
  })

  it('is readable by anyone', async () => {
    const total = (await api().count({ collection, overrideAccess: true })).totalDocs
    for (const who of ALL) {
      expect((await api().findByID({ collection, id: doc.id, depth: 0, ...as(who) })).id, who).toBe(doc.id)
      const list = await api().find({ collection, limit: 0, pagination: false, depth: 0, ...as(who) })
      expect(list.docs.length, who).toBe(total)
    }
  })

  it('is not writable by anonymous, staff or authors', async () => {
    for (const who of NON_PUBLISHERS) {
      const data = make()
      await expectDenied(api().create({ collection, data, ...as(who) }), `${who} create`)
      expect((await api().count({ collection, where: { [edit]: { equals: data[edit] } }, overrideAccess: true })).totalDocs).toBe(0)
      await expectDenied(api().update({ collection, id: doc.id, data: { [edit]: `${doc[edit]} (${who})` }, ...as(who) }), `${who} update`)
      await expectDenied(api().delete({ collection, id: doc.id, ...as(who) }), `${who} delete`)
    }
    expect((await stored(collection, doc.id))[edit]).toBe(doc[edit])
  })

  it('is writable by editors and admins', async () => {
    for (const who of PUBLISHERS) {
      const created = await api().create({ collection, data: make(), ...as(who) })
      const updated = await api().update({ collection, id: created.id, data: { [edit]: `${created[edit]} (${who})` }, ...as(who) })
      expect(updated[edit]).toBe(`${created[edit]} (${who})`)
      await api().delete({ collection, id: created.id, ...as(who) })
      expect(await exists(collection, created.id)).toBe(false)
    }
  })
})

describe('users', () => {
  const roleOf = async (id: number | string) => (await payload.findByID({ collection: 'users', id, overrideAccess: true })).role

  it('anonymous cannot list users', async () => {
    await expectDenied(payload.find({ collection: 'users', overrideAccess: false }), 'anonymous find users', [403])
    await expectDenied(payload.findByID({ collection: 'users', id: users.staff.id, overrideAccess: false }), 'anonymous findByID user', [403, 404])
  })

  it('staff and authors see only themselves; editors and admins see everyone', async () => {
    const total = (await payload.count({ collection: 'users', overrideAccess: true })).totalDocs
    expect(total).toBeGreaterThan(2)
    for (const who of ['staff', 'author'] as const) {
      const { docs } = await payload.find({ collection: 'users', ...as(who) })
      expect(docs.map((d) => d.id), who).toEqual([users[who].id])
      const other = who === 'staff' ? users.staff2 : users.author2
      await expectDenied(payload.findByID({ collection: 'users', id: other.id, ...as(who) }), `${who} reads another user`, [403, 404])
      await expectDenied(payload.findByID({ collection: 'users', id: users.admin.id, ...as(who) }), `${who} reads the admin`, [403, 404])
    }
    for (const who of PUBLISHERS) {
      expect((await payload.count({ collection: 'users', ...as(who) })).totalDocs, who).toBe(total)
    }
  })

  it('only admins change roles', async () => {
    // Their own role: the field is silently kept as it was
    for (const who of ['staff', 'author', 'editor'] as const) {
      await payload.update({ collection: 'users', id: users[who].id, data: { role: 'admin' }, ...as(who) })
      expect(await roleOf(users[who].id), who).toBe(who)
    }
    // Someone else's account: refused outright
    for (const who of ['staff', 'author', 'editor'] as const) {
      await expectDenied(payload.update({ collection: 'users', id: users.staff2.id, data: { role: 'editor' }, ...as(who) }), `${who} changes staff2`, [403, 404])
    }
    expect(await roleOf(users.staff2.id)).toBe('staff')

    await payload.update({ collection: 'users', id: users.staff2.id, data: { role: 'author' }, ...as('admin') })
    expect(await roleOf(users.staff2.id)).toBe('author')
    await payload.update({ collection: 'users', id: users.staff2.id, data: { role: 'staff' }, ...as('admin') })
    expect(await roleOf(users.staff2.id)).toBe('staff')
  })

  it('users edit their own profile (not their role)', async () => {
    const updated = await payload.update({ collection: 'users', id: users.staff.id, data: { name: 'Cán bộ Thử' }, ...as('staff') })
    expect(updated.name).toBe('Cán bộ Thử')
  })

  it('only admins create and delete accounts, and nobody signs up with a role of their choice', async () => {
    const data = { email: `new-${tag()}@example.vn`, password: 'a-long-test-password-123', name: 'Mới', role: 'admin' as const }
    for (const who of NON_PUBLISHERS.concat('editor')) {
      await expectDenied(payload.create({ collection: 'users', data, ...as(who) }), `${who} creates a user`)
    }
    expect((await payload.count({ collection: 'users', where: { email: { equals: data.email } }, overrideAccess: true })).totalDocs).toBe(0)
    const made = await payload.create({ collection: 'users', data, ...as('admin') })
    expect(made.role).toBe('admin')
    for (const who of ['staff', 'author', 'editor'] as const) {
      await expectDenied(payload.delete({ collection: 'users', id: made.id, ...as(who) }), `${who} deletes a user`, [403, 404])
    }
    await payload.delete({ collection: 'users', id: made.id, ...as('admin') })
    expect((await payload.count({ collection: 'users', where: { id: { equals: made.id } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('the admin panel is for authors, editors and admins, not staff or anonymous visitors', async () => {
    const adminAccess = payload.collections.users.config.access.admin as (args: { req: { user: unknown } }) => boolean | Promise<boolean>
    expect(await adminAccess({ req: { user: null } })).toBe(false)
    expect(await adminAccess({ req: { user: users.staff } })).toBe(false)
    expect(await adminAccess({ req: { user: users.author } })).toBe(true)
    expect(await adminAccess({ req: { user: users.editor } })).toBe(true)
    expect(await adminAccess({ req: { user: users.admin } })).toBe(true)
  })
})
