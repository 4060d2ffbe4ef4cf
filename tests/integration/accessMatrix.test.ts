import sharp from 'sharp'
import { formatNames, toWords, type CollectionSlug, type GlobalSlug, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { httpApi } from './helpers/http'
import { makeUser, startPortal, type TestPortal } from './helpers/payload'

/**
 * Who may do what, through the HTTP APIs readers and editors really use: REST
 * (/api/...) and GraphQL (/api/graphql), for every collection and global of
 * the content model, as anonymous, staff, author, editor and admin. The
 * expectations are written out here from the rules in the README, not read
 * from the config, so a loosened access function fails this test.
 *
 * The APIs are Payload's own request handlers called in-process with real
 * fetch Requests (see helpers/http.ts): the same code the CMS's routes run,
 * without building and starting Next.js, so the matrix stays fast enough to
 * cover everything.
 */

type Role = 'anonymous' | 'staff' | 'author' | 'editor' | 'admin'
type Doc = Record<string, any> & { id: number | string }
const ROLES: Role[] = ['anonymous', 'staff', 'author', 'editor', 'admin']
const EVERYONE = ROLES
const EDITORIAL: Role[] = ['author', 'editor', 'admin']
const EDITORS: Role[] = ['editor', 'admin']
const ADMIN: Role[] = ['admin']
const NOBODY: Role[] = []

let portal: TestPortal
let payload: Payload
let http: ReturnType<typeof httpApi>
const tokens = {} as Record<Exclude<Role, 'anonymous'>, string>
const ids = {} as Record<'unit' | 'decision' | 'documentType' | 'awardType' | 'article' | 'poll' | 'media' | 'movement' | 'consultation', number | string>
/** The mutations the GraphQL schema has: one it lacks cannot be used by anyone. */
const mutations = new Set<string>()
const queries = new Set<string>()
let counter = 0
const tag = () => `${Date.now().toString(36)}${++counter}`

const local = () =>
  payload as unknown as {
    create: (args: Record<string, unknown>) => Promise<Doc>
    findByID: (args: Record<string, unknown>) => Promise<Doc>
    count: (args: Record<string, unknown>) => Promise<{ totalDocs: number }>
  }

interface Entry {
  collection: CollectionSlug
  /** Valid data for a new document (unique values fresh on every call). */
  make: () => Record<string, unknown>
  /** A text field to change in an update, and its new value. */
  edit: [string, () => string]
  /** Editorial workflow: drafts exist and only editors publish. */
  drafts?: boolean
  read: Role[]
  create: Role[]
  update: Role[]
  delete: Role[]
  /** No GraphQL create: the kind has an upload, or GraphQL cannot express its input. */
  noGraphqlCreate?: string
  /** Fields GraphQL's input types require although the REST API fills them in (defaults), or a group an update must resend. */
  graphqlCreateExtra?: Record<string, unknown>
  /** Left out of the GraphQL schema on purpose (graphQL: false): checked to be absent. */
  noGraphql?: string
  graphqlUpdateExtra?: Record<string, unknown>
}

const ENTRIES: Entry[] = [
  // Content with the editorial workflow: everyone reads published; authors, editors, admins read drafts; authors create drafts only.
  {
    collection: 'articles',
    drafts: true,
    make: () => ({ title: `Bài ${tag()}` }),
    edit: ['title', () => `Bài sửa ${tag()}`],
    read: EVERYONE,
    create: EDITORIAL,
    update: EDITORS,
    delete: EDITORS,
    graphqlCreateExtra: { publishedAt: '2026-01-01T00:00:00.000Z' },
  },
  { collection: 'pages', drafts: true, make: () => ({ title: `Trang ${tag()}` }), edit: ['title', () => `Trang sửa ${tag()}`], read: EVERYONE, create: EDITORIAL, update: EDITORS, delete: EDITORS },
  { collection: 'movements', drafts: true, make: () => ({ name: `Phong trào ${tag()}`, periodStart: 2024 }), edit: ['name', () => `Phong trào sửa ${tag()}`], read: EVERYONE, create: EDITORIAL, update: EDITORS, delete: EDITORS },
  {
    collection: 'documents',
    drafts: true,
    make: () => ({ abstract: `Văn bản ${tag()}`, documentType: ids.documentType, issuer: ids.unit, issued: { year: 2024 } }),
    edit: ['abstract', () => `Văn bản sửa ${tag()}`],
    read: EVERYONE,
    create: EDITORIAL,
    update: EDITORS,
    delete: EDITORS,
  },
  {
    collection: 'exemplary-models',
    drafts: true,
    make: () => ({ name: `Điển hình ${tag()}`, year: 2024, recipientKind: 'individual' }),
    edit: ['name', () => `Điển hình sửa ${tag()}`],
    read: EVERYONE,
    create: EDITORIAL,
    update: EDITORS,
    delete: EDITORS,
  },
  {
    collection: 'galleries',
    drafts: true,
    make: () => ({ title: `Album ${tag()}`, kind: 'photo', items: [{ media: ids.media }] }),
    edit: ['title', () => `Album sửa ${tag()}`],
    read: EVERYONE,
    create: EDITORIAL,
    update: EDITORS,
    delete: EDITORS,
    noGraphqlCreate: 'its select value "photo" and nested items are exercised through REST',
  },
  // Reference data and the honour roll: everyone reads, editors and admins write.
  { collection: 'categories', make: () => ({ name: `Chuyên mục ${tag()}` }), edit: ['name', () => `Chuyên mục sửa ${tag()}`], read: EVERYONE, create: EDITORS, update: EDITORS, delete: EDITORS },
  { collection: 'units', make: () => ({ name: `Đơn vị ${tag()}` }), edit: ['name', () => `Đơn vị sửa ${tag()}`], read: EVERYONE, create: EDITORS, update: EDITORS, delete: EDITORS },
  { collection: 'blocs', make: () => ({ name: `Khối ${tag()}` }), edit: ['name', () => `Khối sửa ${tag()}`], read: EVERYONE, create: EDITORS, update: EDITORS, delete: EDITORS },
  { collection: 'document-types', make: () => ({ name: `Loại ${tag()}` }), edit: ['name', () => `Loại sửa ${tag()}`], read: EVERYONE, create: EDITORS, update: EDITORS, delete: EDITORS },
  {
    collection: 'award-types',
    make: () => ({ name: `Danh hiệu ${tag()}`, kind: 'emulation-title', level: 'grassroots', recipientKinds: ['individual'] }),
    edit: ['name', () => `Danh hiệu sửa ${tag()}`],
    read: EVERYONE,
    create: EDITORS,
    update: EDITORS,
    delete: EDITORS,
    noGraphqlCreate: 'select values with hyphens are GraphQL enum names; exercised through REST',
  },
  {
    collection: 'awards',
    make: () => ({ recipientName: `Người được khen ${tag()}`, awardType: ids.awardType, year: 2024 }),
    edit: ['recipientName', () => `Người được khen sửa ${tag()}`],
    read: EVERYONE,
    create: EDITORS,
    update: EDITORS,
    delete: EDITORS,
    graphqlCreateExtra: { recipientKind: 'individual' },
  },
  {
    collection: 'award-decisions',
    drafts: true,
    make: () => ({ number: `${100 + counter}/QĐ-SLĐTBXH`, issuer: ids.unit, issuedAt: '2024-05-01T00:00:00.000Z', abstract: `Quyết định ${tag()}` }),
    edit: ['abstract', () => `Quyết định sửa ${tag()}`],
    read: EVERYONE,
    create: EDITORS,
    update: EDITORS,
    delete: EDITORS,
  },
  {
    collection: 'award-summaries',
    make: () => ({ title: `Tổng hợp ${tag()}`, unit: ids.unit, year: 2018, counts: [{ awardType: ids.awardType, recipientKind: 'individual', count: 3 }] }),
    edit: ['title', () => `Tổng hợp sửa ${tag()}`],
    read: EVERYONE,
    create: EDITORS,
    update: EDITORS,
    delete: EDITORS,
    noGraphqlCreate: 'the counts array holds select values; exercised through REST',
  },
  // Import batches: written only by the import itself (cms/src/awards/), read by editors.
  {
    collection: 'award-imports',
    make: () => ({ decision: ids.decision, fileName: `danh-sach-${tag()}.xlsx`, status: 'committed' }),
    edit: ['fileName', () => `danh-sach-sua-${tag()}.xlsx`],
    read: EDITORS,
    create: NOBODY,
    update: NOBODY,
    delete: NOBODY,
    noGraphqlCreate: 'select values; creation is refused to all anyway',
  },
  {
    collection: 'redirects',
    make: () => ({ from: `/cu/${tag()}`, to: { type: 'custom', url: '/moi' } }),
    edit: ['from', () => `/cu-sua/${tag()}`],
    read: EVERYONE,
    create: EDITORS,
    update: EDITORS,
    delete: EDITORS,
    noGraphqlCreate: 'the "to" group uses a select; exercised through REST',
    graphqlUpdateExtra: { to: { type: 'custom', url: '/moi' } },
  },
  // Media: any editorial user uploads; authors change only their own uploads that no published page shows
  // (tests/integration/mediaOwnership.test.ts), so a file made by someone else is the editors' to change.
  {
    collection: 'media',
    make: () => ({ alt: `Ảnh ${tag()}` }),
    edit: ['alt', () => `Ảnh sửa ${tag()}`],
    read: EVERYONE,
    create: EDITORIAL,
    update: EDITORS,
    delete: EDITORS,
    noGraphqlCreate: 'an upload needs a file, which GraphQL does not carry',
  },
  // Engagement: polls are read by the editorial team (the site reads them in-process); records of readers are the editors'.
  { collection: 'polls', drafts: true, make: () => ({ question: `Câu hỏi ${tag()}?`, options: [{ label: 'Có' }, { label: 'Không' }], choice: 'single' }), edit: ['question', () => `Câu hỏi sửa ${tag()}?`], read: EDITORIAL, create: EDITORS, update: EDITORS, delete: EDITORS, graphqlCreateExtra: { showResults: 'afterVoting' } },
  { collection: 'article-ratings', make: () => ({ article: ids.article, score: 4, audience: 'public', voterKey: `k${tag()}` }), edit: ['voterKey', () => `k${tag()}`], read: EDITORS, create: NOBODY, update: NOBODY, delete: EDITORS, noGraphqlCreate: 'select values; creation is refused to all anyway' },
  { collection: 'poll-votes', make: () => ({ poll: ids.poll, choices: ['x'], audience: 'public', voterKey: `v${tag()}` }), edit: ['voterKey', () => `v${tag()}`], read: EDITORS, create: NOBODY, update: NOBODY, delete: EDITORS },
  {
    collection: 'feedback',
    make: () => ({ name: 'Người đọc', email: 'doc@example.vn', subject: `Góp ý ${tag()}`, message: 'Nội dung góp ý đủ dài để hợp lệ.' }),
    edit: ['answer', () => `Trả lời ${tag()}`],
    read: EDITORS,
    create: NOBODY,
    update: EDITORS,
    delete: ADMIN,
    graphqlCreateExtra: { status: 'new' },
  },
  // Public consultation: consultations follow the editorial workflow; nominees are read with their published consultation; comments are private.
  {
    collection: 'consultations',
    drafts: true,
    make: () => ({ title: `Lấy ý kiến ${tag()}`, council: 'Hội đồng Thi đua – Khen thưởng', opensAt: '2030-01-07T01:00:00.000Z', durationWorkingDays: 10 }),
    edit: ['title', () => `Lấy ý kiến sửa ${tag()}`],
    read: EVERYONE,
    create: EDITORIAL,
    update: EDITORS,
    delete: EDITORS,
    graphqlCreateExtra: { legalBasis: 'Điều 46 Nghị định 98/2023/NĐ-CP', status: 'scheduled' },
  },
  {
    collection: 'nominees',
    make: () => ({ consultation: ids.consultation, name: `Người được đề nghị ${tag()}`, awardType: ids.awardType }),
    edit: ['name', () => `Người được đề nghị sửa ${tag()}`],
    read: EVERYONE,
    create: EDITORS,
    update: EDITORS,
    delete: EDITORS,
    graphqlCreateExtra: { kind: 'individual', result: 'pending' },
  },
  {
    collection: 'consultation-comments',
    make: () => ({ consultation: ids.consultation, name: 'Người góp ý', email: 'gop-y@example.vn', address: 'Hà Nội', consentAt: '2030-01-07T02:00:00.000Z', comment: `Ý kiến ${tag()} đủ dài.` }),
    edit: ['answer', () => `Trả lời ${tag()}`],
    read: EDITORS,
    create: NOBODY,
    update: EDITORS,
    delete: ADMIN,
    graphqlCreateExtra: { verdict: 'unsorted' },
  },
  { collection: 'audit-log', make: () => ({ action: 'update', targetCollection: 'articles', title: `Mục ${tag()}` }), edit: ['title', () => `Mục sửa ${tag()}`], read: ADMIN, create: NOBODY, update: NOBODY, delete: NOBODY, noGraphqlCreate: 'select values; creation is refused to all anyway' },
  { collection: 'rate-limits', make: () => ({ key: `r${tag()}`, count: 1, expiresAt: '2030-01-01T00:00:00.000Z' }), edit: ['key', () => `r${tag()}`], read: NOBODY, create: NOBODY, update: NOBODY, delete: NOBODY },
  { collection: 'visit-counters', make: () => ({ key: `c${tag()}`, metric: 'views', period: 'day', bucket: '2026-01-01', count: 1 }), edit: ['key', () => `c${tag()}`], read: EDITORS, create: NOBODY, update: NOBODY, delete: NOBODY, noGraphql: 'counters are read by the dashboard in-process' },
  { collection: 'visit-presence', make: () => ({ visitor: `p${tag()}`, lastSeen: '2030-01-01T00:00:00.000Z' }), edit: ['visitor', () => `p${tag()}`], read: EDITORS, create: NOBODY, update: NOBODY, delete: NOBODY, noGraphql: 'presence is read by the dashboard in-process' },
]

/** Covered elsewhere, with reasons: the matrix must name every collection of the config. */
const ELSEWHERE: Partial<Record<CollectionSlug, string>> = {
  users: 'access.test.ts: accounts see themselves, admins manage roles (Local API); sign-in through REST below',
  'feedback-attachments': 'engagementFeedback.test.ts and the browser tests: private files, editors only, through REST',
}
const PAYLOAD_INTERNAL = ['payload-preferences', 'payload-migrations', 'payload-locked-documents', 'payload-kv', 'payload-jobs', 'payload-folders']

/** What every portal's settings have (required), so that an update of one more field is valid. */
const SETTINGS = { portalName: 'Cổng thử nghiệm', agencyName: 'Sở thử nghiệm' }

/** Each global with an edit that carries a marker, so a stored update can be recognised. */
const GLOBALS: Array<{ global: GlobalSlug; edit: (marker: string) => Record<string, unknown>; read: Role[]; update: Role[] }> = [
  { global: 'site-settings', edit: (marker) => ({ ...SETTINGS, address: `Số 1 đường ${marker}` }), read: EVERYONE, update: EDITORS },
  { global: 'navigation', edit: (marker) => ({ items: [{ label: `Mục ${marker}`, url: '/gioi-thieu' }] }), read: EVERYONE, update: EDITORS },
  { global: 'engagement-settings', edit: (marker) => ({ notifyEmails: `bien-tap-${marker}@example.gov.vn` }), read: EDITORS, update: EDITORS },
  { global: 'working-calendar', edit: (marker) => ({ changes: [{ date: '2030-01-02T00:00:00.000Z', kind: 'dayOff', note: `Thông báo ${marker}` }] }), read: EVERYONE, update: EDITORS },
]


const png = () => sharp({ create: { width: 8, height: 8, channels: 3, background: '#08c' } }).png().toBuffer()

/** A document made directly (access overridden), published where drafts exist. */
async function seedDoc(entry: Entry, status: 'published' | 'draft' = 'published'): Promise<Doc> {
  const data = { ...entry.make(), ...(entry.drafts ? { _status: status } : {}) }
  if (entry.collection === 'media') {
    const data_ = await png()
    return local().create({ collection: 'media', data, file: { data: data_, mimetype: 'image/png', name: `anh-${tag()}.png`, size: data_.length }, overrideAccess: true, depth: 0 })
  }
  return local().create({ collection: entry.collection, data, draft: status === 'draft', overrideAccess: true, depth: 0 })
}
const exists = async (collection: CollectionSlug, id: number | string) =>
  (await local().count({ collection, where: { id: { equals: id } }, overrideAccess: true })).totalDocs === 1
const storedValue = async (collection: CollectionSlug, id: number | string, field: string) =>
  (await local().findByID({ collection, id, depth: 0, draft: true, overrideAccess: true }))[field]

const tokenOf = (role: Role) => (role === 'anonymous' ? undefined : tokens[role])
const allowedWord = (allowed: boolean) => (allowed ? 'allowed' : 'refused')

/** GraphQL names Payload gives a collection (from its slug, as @payloadcms/graphql does): the list query, and the singular used by create/update/delete. */
function graphqlNames(collection: CollectionSlug) {
  const config = payload.collections[collection].config as unknown as { graphQL?: false | { singularName?: string; pluralName?: string } }
  const names = config.graphQL || {}
  const fromSlug = formatNames(collection)
  const singular = names.singularName ? toWords(names.singularName, true) : fromSlug.singular
  const plural = names.pluralName ? toWords(names.pluralName, true) : fromSlug.plural
  return { singular, plural: singular === plural ? `all${singular}` : plural }
}
/** GraphQL's type for an id: numbers on SQLite, ObjectId strings on MongoDB. */
const idType = (id: number | string) => (typeof id === 'number' ? 'Int!' : 'String!')
/** True when a GraphQL answer is a refusal by access control, not a schema or validation error. */
const refusedByAccess = (json: { errors?: Array<{ message: string; extensions?: { statusCode?: number; name?: string } }> }) =>
  Boolean(json.errors?.some((e) => e.extensions?.statusCode === 403 || e.extensions?.name === 'Forbidden' || /not allowed/i.test(e.message)))

beforeAll(async () => {
  portal = await startPortal()
  payload = portal.payload
  http = httpApi(payload)
  for (const role of ['admin', 'editor', 'author', 'staff'] as const) tokens[role] = await http.signIn((await makeUser(payload, role)).email)
  ids.unit = (await local().create({ collection: 'units', data: { name: 'Sở thử nghiệm', code: 'STN' }, overrideAccess: true })).id
  ids.documentType = (await local().create({ collection: 'document-types', data: { name: 'Kế hoạch', code: 'KH' }, overrideAccess: true })).id
  ids.awardType = (
    await local().create({ collection: 'award-types', data: { name: 'Lao động tiên tiến', kind: 'emulation-title', level: 'grassroots', recipientKinds: ['individual'] }, overrideAccess: true })
  ).id
  ids.decision = (
    await local().create({ collection: 'award-decisions', data: { number: '1/QĐ-MATRAN', issuer: ids.unit, issuedAt: '2024-05-01T00:00:00.000Z', abstract: 'Quyết định nhập' }, overrideAccess: true })
  ).id
  ids.article = (await local().create({ collection: 'articles', data: { title: 'Bài được đánh giá', _status: 'published' }, overrideAccess: true })).id
  ids.consultation = (await local().create({ collection: 'consultations', data: { title: 'Đợt lấy ý kiến', council: 'Hội đồng', opensAt: '2030-01-07T01:00:00.000Z', durationWorkingDays: 10, _status: 'published' }, overrideAccess: true })).id
  ids.poll = (await local().create({ collection: 'polls', data: { question: 'Thăm dò?', options: [{ label: 'Có' }, { label: 'Không' }], choice: 'single', _status: 'published' }, overrideAccess: true })).id
  const image = await png()
  // The settings every portal has, so that an update of one field is valid.
  await payload.updateGlobal({ slug: 'site-settings', data: SETTINGS, overrideAccess: true })
  const schema = await http.graphql('{ __schema { queryType { fields { name } } mutationType { fields { name } } } }')
  for (const field of schema.json.data!.__schema.mutationType.fields) mutations.add(field.name)
  for (const field of schema.json.data!.__schema.queryType.fields) queries.add(field.name)
  ids.media = (await local().create({ collection: 'media', data: { alt: 'Ảnh mẫu' }, file: { data: image, mimetype: 'image/png', name: 'mau.png', size: image.length }, overrideAccess: true })).id
})
afterAll(async () => portal?.close())

describe('the matrix names every collection and global of the config', () => {
  it('has a row (or a stated reason) for each', () => {
    const covered = new Set<string>([...ENTRIES.map((e) => e.collection), ...Object.keys(ELSEWHERE), ...PAYLOAD_INTERNAL])
    expect(payload.config.collections.map((c) => c.slug).filter((slug) => !covered.has(slug))).toEqual([])
    expect(payload.config.globals.map((g) => g.slug).sort()).toEqual(GLOBALS.map((g) => g.global).sort())
  })
})

describe.each(ENTRIES)('$collection over REST and GraphQL', (entry) => {
  const { collection } = entry
  let published: Doc
  let draft: Doc | undefined

  beforeAll(async () => {
    published = await seedDoc(entry)
    if (entry.drafts) draft = await seedDoc(entry, 'draft')
  })

  it.each(ROLES)('read of a published document as %s', async (role) => {
    const allowed = entry.read.includes(role)
    const rest = await http.rest('GET', `${collection}/${published.id}?depth=0`, { token: tokenOf(role) })
    expect(rest.status === 200 && rest.json?.id === published.id, `REST ${allowedWord(allowed)}: ${rest.status}`).toBe(allowed)
    const list = await http.rest('GET', `${collection}?where[id][equals]=${published.id}&depth=0`, { token: tokenOf(role) })
    expect(list.status === 200 && list.json?.totalDocs === 1, `REST list ${allowedWord(allowed)}: ${list.status}`).toBe(allowed)
    const { plural } = graphqlNames(collection)
    if (entry.noGraphql) {
      expect(queries.has(plural), `${plural} should not be in the GraphQL schema`).toBe(false)
      return
    }
    const gql = await http.graphql(`query($id: ${idType(published.id).replace('!', '')}) { ${plural}(where: { id: { equals: $id } }) { totalDocs } }`, { token: tokenOf(role), variables: { id: published.id } })
    expect(gql.json.data?.[plural]?.totalDocs === 1, `GraphQL ${allowedWord(allowed)}: ${JSON.stringify(gql.json).slice(0, 300)}`).toBe(allowed)
    if (!allowed) expect(refusedByAccess(gql.json) || gql.json.data?.[plural]?.totalDocs === 0, JSON.stringify(gql.json).slice(0, 300)).toBe(true)
  })

  // Only kinds with drafts get this test (a skipped test would fail the run in CI).
  if (entry.drafts) it('read of a draft as each role: the editorial team only', async () => {
    const { plural } = graphqlNames(collection)
    for (const role of ROLES) {
      const allowed = EDITORIAL.includes(role)
      const rest = await http.rest('GET', `${collection}/${draft!.id}?draft=true&depth=0`, { token: tokenOf(role) })
      expect(rest.status === 200 && rest.json?.id === draft!.id, `${role}: REST draft ${allowedWord(allowed)}: ${rest.status}`).toBe(allowed)
      const list = await http.rest('GET', `${collection}?where[id][equals]=${draft!.id}&draft=true&depth=0`, { token: tokenOf(role) })
      expect(list.json?.totalDocs === 1, `${role}: REST draft list ${allowedWord(allowed)}`).toBe(allowed)
      const gql = await http.graphql(`query($id: ${idType(draft!.id).replace('!', '')}) { ${plural}(draft: true, where: { id: { equals: $id } }) { totalDocs } }`, { token: tokenOf(role), variables: { id: draft!.id } })
      expect(gql.json.data?.[plural]?.totalDocs === 1, `${role}: GraphQL draft ${allowedWord(allowed)}: ${JSON.stringify(gql.json).slice(0, 300)}`).toBe(allowed)
    }
  })

  it.each(ROLES)('create as %s', async (role) => {
    const allowed = entry.create.includes(role)
    // Authors save drafts (publishing is the editors'); everyone else asks for a published document.
    const asDraft = entry.drafts && role === 'author'
    const data = { ...entry.make(), ...(entry.drafts ? { _status: asDraft ? 'draft' : 'published' } : {}) }
    let rest: { status: number; json: any }
    if (collection === 'media') {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(await png())], { type: 'image/png' }), `tai-len-${tag()}.png`)
      form.append('_payload', JSON.stringify(data))
      rest = await http.rest('POST', 'media', { token: tokenOf(role), form })
    } else {
      rest = await http.rest('POST', `${collection}${asDraft ? '?draft=true' : ''}`, { token: tokenOf(role), body: data })
    }
    if (allowed) expect(rest.status, JSON.stringify(rest.json).slice(0, 400)).toBe(201)
    else expect([401, 403], JSON.stringify(rest.json).slice(0, 200)).toContain(rest.status)
    if (allowed && entry.drafts) expect(rest.json.doc._status).toBe(asDraft ? 'draft' : 'published')

    if (entry.noGraphqlCreate) return
    const { singular } = graphqlNames(collection)
    if (!mutations.has(`create${singular}`)) {
      // Not in the schema at all: refused to everyone, which must be what the matrix expects.
      expect(entry.create, `create${singular} is not in the GraphQL schema`).toEqual(NOBODY)
      return
    }
    const gqlData = { ...entry.make(), ...entry.graphqlCreateExtra, ...(entry.drafts && !asDraft ? { _status: 'published' } : {}) }
    const gql = await http.graphql(`mutation($data: mutation${singular}Input!) { create${singular}(data: $data${asDraft ? ', draft: true' : ''}) { id } }`, {
      token: tokenOf(role),
      variables: { data: gqlData },
    })
    if (allowed) expect(gql.json.data?.[`create${singular}`]?.id, JSON.stringify(gql.json).slice(0, 400)).toBeTruthy()
    else expect(refusedByAccess(gql.json), JSON.stringify(gql.json).slice(0, 400)).toBe(true)
  })

  it.each(ROLES)('update as %s', async (role) => {
    const allowed = entry.update.includes(role)
    const [field, value] = entry.edit
    const target = await seedDoc(entry)
    const before = await storedValue(collection, target.id, field)
    const wanted = value()
    const rest = await http.rest('PATCH', `${collection}/${target.id}`, { token: tokenOf(role), body: { [field]: wanted } })
    if (allowed) expect(rest.status, JSON.stringify(rest.json).slice(0, 400)).toBe(200)
    else expect([401, 403, 404], JSON.stringify(rest.json).slice(0, 200)).toContain(rest.status)
    expect(await storedValue(collection, target.id, field)).toBe(allowed ? wanted : before)

    const { singular } = graphqlNames(collection)
    if (!mutations.has(`update${singular}`)) {
      expect(entry.update, `update${singular} is not in the GraphQL schema`).toEqual(NOBODY)
      return
    }
    const again = value()
    const gql = await http.graphql(`mutation($id: ${idType(target.id)}, $data: mutation${singular}UpdateInput!) { update${singular}(id: $id, data: $data) { id } }`, {
      token: tokenOf(role),
      variables: { id: target.id, data: { ...entry.graphqlUpdateExtra, [field]: again } },
    })
    if (allowed) expect(gql.json.data?.[`update${singular}`]?.id, JSON.stringify(gql.json).slice(0, 400)).toBe(target.id)
    else expect(refusedByAccess(gql.json) || gql.json.data?.[`update${singular}`] == null, JSON.stringify(gql.json).slice(0, 400)).toBe(true)
    expect(await storedValue(collection, target.id, field)).toBe(allowed ? again : before)
  })

  it.each(ROLES)('delete as %s', async (role) => {
    const allowed = entry.delete.includes(role)
    const viaRest = await seedDoc(entry)
    const rest = await http.rest('DELETE', `${collection}/${viaRest.id}`, { token: tokenOf(role) })
    if (allowed) expect(rest.status, JSON.stringify(rest.json).slice(0, 400)).toBe(200)
    else expect([401, 403, 404], JSON.stringify(rest.json).slice(0, 200)).toContain(rest.status)
    expect(await exists(collection, viaRest.id)).toBe(!allowed)

    const { singular } = graphqlNames(collection)
    if (!mutations.has(`delete${singular}`)) {
      expect(entry.delete, `delete${singular} is not in the GraphQL schema`).toEqual(NOBODY)
      return
    }
    const viaGraphql = await seedDoc(entry)
    const gql = await http.graphql(`mutation($id: ${idType(viaGraphql.id)}) { delete${singular}(id: $id) { id } }`, { token: tokenOf(role), variables: { id: viaGraphql.id } })
    if (!allowed) expect(refusedByAccess(gql.json) || gql.json.data?.[`delete${singular}`] == null, JSON.stringify(gql.json).slice(0, 400)).toBe(true)
    expect(await exists(collection, viaGraphql.id), JSON.stringify(gql.json).slice(0, 400)).toBe(!allowed)
  })
})

describe.each(GLOBALS)('global $global over REST and GraphQL', ({ global, edit, read, update }) => {
  // As @payloadcms/graphql names a global: its configured name, else its slug in words, singular.
  const graphqlName = () => (payload.globals.config.find((g) => g.slug === global)!.graphQL as { name?: string } | undefined)?.name ?? formatNames(global).singular

  it.each(ROLES)('read as %s', async (role) => {
    const allowed = read.includes(role)
    const rest = await http.rest('GET', `globals/${global}`, { token: tokenOf(role) })
    expect(rest.status === 200, `REST ${allowedWord(allowed)}: ${rest.status}`).toBe(allowed)
    const gql = await http.graphql(`{ ${graphqlName()} { updatedAt } }`, { token: tokenOf(role) })
    expect(Boolean(gql.json.data?.[graphqlName()]) && !gql.json.errors, `GraphQL ${allowedWord(allowed)}: ${JSON.stringify(gql.json).slice(0, 300)}`).toBe(allowed)
  })

  it.each(ROLES)('update as %s', async (role) => {
    const allowed = update.includes(role)
    const stored = async () => JSON.stringify(await payload.findGlobal({ slug: global, depth: 0, overrideAccess: true }))
    const before = await stored()
    const marker = tag()
    const rest = await http.rest('POST', `globals/${global}`, { token: tokenOf(role), body: edit(marker) })
    if (allowed) expect(rest.status, JSON.stringify(rest.json).slice(0, 300)).toBe(200)
    else expect([401, 403], JSON.stringify(rest.json).slice(0, 200)).toContain(rest.status)
    if (allowed) expect(await stored()).toContain(marker)
    else expect(await stored()).toBe(before)
    const name = graphqlName()
    const again = tag()
    const gql = await http.graphql(`mutation($data: mutation${name}Input!) { update${name}(data: $data) { updatedAt } }`, { token: tokenOf(role), variables: { data: edit(again) } })
    if (allowed) expect(gql.json.data?.[`update${name}`], JSON.stringify(gql.json).slice(0, 300)).toBeTruthy()
    else expect(refusedByAccess(gql.json), JSON.stringify(gql.json).slice(0, 300)).toBe(true)
    expect((await stored()).includes(again)).toBe(allowed)
  })
})
