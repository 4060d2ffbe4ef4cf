/**
 * The site's content library (site/src/lib/content) on the real config, a
 * temporary database and the seed: what a reader sees through each exported
 * function, the published-only rule for every collection with drafts, and how
 * much is read (calls through Payload's Local API, bytes of what comes back).
 */
import { SECTION_PATHS } from '@portal/shared'
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { startPortal, type TestPortal } from './helpers/payload'

type Content = typeof import('../../site/src/lib/content')
type Doc = Record<string, any> & { id: number | string }

let portal: TestPortal
let payload: Payload
let content: Content

// The Local API loosened for code paths that drive several collections.
const api = () =>
  payload as unknown as {
    create: (args: Record<string, unknown>) => Promise<Doc>
    update: (args: Record<string, unknown>) => Promise<Doc>
    find: (args: Record<string, unknown>) => Promise<{ docs: Doc[]; totalDocs: number }>
  }

/** One published document of a collection, as the database holds it. */
async function firstPublished(collection: CollectionSlug, where: Record<string, unknown> = {}): Promise<Doc> {
  const { docs } = await api().find({ collection, where: { and: [{ _status: { equals: 'published' } }, where] }, limit: 1, depth: 0, overrideAccess: true })
  if (!docs[0]) throw new Error(`the seed has no published ${collection}`)
  return docs[0]
}

/** Calls through the Local API while `run` runs, and the JSON size of what they returned. */
async function measure<T>(run: () => Promise<T>): Promise<{ value: T; calls: Array<Record<string, any>>; bytes: number }> {
  const calls: Array<Record<string, any>> = []
  let bytes = 0
  const original = payload.find.bind(payload)
  const spy = vi.spyOn(payload, 'find').mockImplementation((async (args: Record<string, any>) => {
    calls.push(args)
    const result = await original(args as never)
    bytes += JSON.stringify(result.docs).length
    return result
  }) as never)
  try {
    return { value: await run(), calls, bytes }
  } finally {
    spy.mockRestore()
  }
}

beforeAll(async () => {
  // No read cache here: every call reads the database (caching has its own suite).
  process.env.CONTENT_CACHE_MS = '0'
  portal = await startPortal()
  payload = portal.payload
  const { seed } = await import('@portal/seed')
  await seed(payload, { sample: true })
  content = await import('../../site/src/lib/content')
})
afterAll(async () => portal?.close())

describe('the module shares the process-wide Payload instance', () => {
  it('payload() is the instance the test started', async () => {
    expect(await content.payload()).toBe(payload)
  })
})

/**
 * Each collection with drafts, how the reader gets one document by slug, and
 * its display field. The list of collections comes from the config, so a new
 * collection with drafts fails here until it is covered.
 */
const DRAFTABLE: Record<string, { read: (c: Content, slug: string) => Promise<Doc | null>; field: string; searchable: boolean }> = {
  articles: { read: (c, s) => c.articleBySlug(s) as Promise<Doc | null>, field: 'title', searchable: true },
  documents: { read: (c, s) => c.documentBySlug(s) as Promise<Doc | null>, field: 'abstract', searchable: true },
  movements: { read: (c, s) => c.movementBySlug(s) as Promise<Doc | null>, field: 'name', searchable: true },
  'exemplary-models': { read: (c, s) => c.exemplaryModelBySlug(s) as Promise<Doc | null>, field: 'name', searchable: true },
  galleries: { read: (c, s) => c.galleryBySlug(s) as Promise<Doc | null>, field: 'title', searchable: true },
  pages: { read: (c, s) => c.pageBySlug(s) as Promise<Doc | null>, field: 'title', searchable: true },
  consultations: { read: (c, s) => c.consultationBySlug(s) as Promise<Doc | null>, field: 'title', searchable: false },
  'award-decisions': { read: (c, s) => c.awardDecisionBySlug(s) as Promise<Doc | null>, field: 'abstract', searchable: true },
}

/** Collections with drafts that the site reads elsewhere than `site/src/lib/content`, with where that is tested. */
const DRAFTS_TESTED_ELSEWHERE: Record<string, string> = {
  polls: 'read through cms/src/engagement/polls.ts; a draft poll is refused in workflow.test.ts',
}

describe('published only, for every collection with drafts', () => {
  const draftable = () => payload.config.collections.filter((c) => c.versions?.drafts).map((c) => c.slug)

  it('covers every collection whose config has drafts', () => {
    expect(draftable().filter((slug) => !(slug in DRAFTS_TESTED_ELSEWHERE)).sort()).toEqual(Object.keys(DRAFTABLE).sort())
  })

  for (const [collection, { read, field, searchable }] of Object.entries(DRAFTABLE)) {
    it(`${collection}: a draft-only document is invisible; a published one with a newer draft shows its published version`, async () => {
      const marker = `Zyxbanthao ${collection.replace(/-/g, '')}`
      const slug = `ban-nhap-chua-dang-${collection}`
      // Drafts skip required-field validation, as an author's first save does.
      await api().create({ collection, data: { [field]: `${marker} chưa đăng`, slug }, draft: true, overrideAccess: true })
      expect(await read(content, slug)).toBeNull()

      const published = await firstPublished(collection as CollectionSlug)
      await api().update({ collection, id: published.id, data: { [field]: `${marker} sửa chưa duyệt` }, draft: true, overrideAccess: true })
      const seen = await read(content, published.slug)
      expect(seen?.id).toBe(published.id)
      expect(seen?.[field]).toBe(published[field])

      if (searchable) {
        const { groups } = await content.search(marker)
        expect(groups).toEqual([])
      }
    })
  }
})

describe('globals', () => {
  it('siteSettings and navigation read the globals', async () => {
    const settings = await content.siteSettings()
    expect(settings.portalName).toBeTruthy()
    const nav = await content.navigation()
    expect(Array.isArray(nav.items)).toBe(true)
  })
})

describe('home page', () => {
  it('homePage returns every block of the home page in one call, published only', async () => {
    const home = await content.homePage()
    expect(home.settings.portalName).toBeTruthy()
    expect(home.lead).not.toBeNull()
    expect(home.others.length).toBeGreaterThan(0)
    expect(home.others.some((a) => a.id === home.lead?.id)).toBe(false)
    expect(home.documents.length).toBeGreaterThan(0)
    expect(home.models.length).toBeGreaterThan(0)
    expect(home.decisions.length).toBeGreaterThan(0)
    expect(home.galleries.length).toBeGreaterThan(0)
    for (const doc of [...home.documents, ...home.models, ...home.galleries]) expect('body' in doc || 'story' in doc).toBe(false)
  })
})

describe('articles', () => {
  it('latestArticles lists newest first, without bodies', async () => {
    const { docs } = await content.latestArticles(10)
    expect(docs.length).toBeGreaterThan(1)
    const dates = docs.map((a) => a.publishedAt)
    expect([...dates].sort().reverse()).toEqual(dates)
    expect(docs.every((a) => !('body' in a))).toBe(true)
  })

  it('featuredArticles keeps featured ones', async () => {
    const { docs } = await content.featuredArticles(3)
    const featured = await api().find({ collection: 'articles', where: { featured: { equals: true }, _status: { equals: 'published' } }, overrideAccess: true, depth: 0 })
    expect(docs.map((a) => a.id).sort()).toEqual(featured.docs.map((a) => a.id).slice(0, 3).sort())
  })

  it('articleBySlug reads one article with its related links', async () => {
    const article = await firstPublished('articles')
    const seen = await content.articleBySlug(article.slug)
    expect(seen?.id).toBe(article.id)
    expect(await content.articleBySlug('khong-co-bai-nay')).toBeNull()
  })

  it('moreArticlesLike leaves the article itself out', async () => {
    const article = await firstPublished('articles')
    const { docs } = await content.moreArticlesLike(article as never, null)
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.some((a) => a.id === article.id)).toBe(false)
  })

  it('publishedArticlesByIds keeps the order given and drops drafts and unknown ids', async () => {
    const { docs } = await content.latestArticles(2)
    const draft = await api().create({ collection: 'articles', data: { title: 'Bài nháp cho danh sách đọc nhiều', slug: 'bai-nhap-doc-nhieu' }, draft: true, overrideAccess: true })
    const ids = [docs[1]!.id, draft.id, 999_999, docs[0]!.id]
    const found = await content.publishedArticlesByIds(ids)
    expect(found.map((a) => a.id)).toEqual([docs[1]!.id, docs[0]!.id])
    expect(Object.keys(found[0]!).sort()).toEqual(['id', 'slug', 'title'])
  })

  it('categoryBySlug, articlesInCategory and feedArticles read a section', async () => {
    const { docs: categories } = await api().find({ collection: 'categories', limit: 100, depth: 0, overrideAccess: true })
    let withArticles: Doc | null = null
    for (const category of categories) {
      const found = await content.categoryBySlug(category.slug)
      expect(found?.id).toBe(category.id)
      if ((await content.articlesInCategory(found!)).totalDocs > 0) withArticles = category
    }
    expect(withArticles).not.toBeNull()
    const feed = await content.feedArticles(withArticles!.slug)
    expect(feed?.title).toBe(withArticles!.name)
    expect(feed?.articles.length).toBeGreaterThan(0)
    expect((await content.feedArticles('tin-tuc'))?.title).toBe('Tin tức')
    expect(await content.feedArticles('khong-co-chuyen-muc')).toBeNull()
  })
})

describe('documents', () => {
  it('labels and options come from the CMS option lists', () => {
    expect(content.DOCUMENT_FIELD_OPTIONS.length).toBeGreaterThan(0)
    expect(content.VALIDITY_OPTIONS.length).toBeGreaterThan(0)
    const validity = content.VALIDITY_OPTIONS[0]!
    expect(content.validityLabel(validity.value)).toBe(validity.label)
    const field = content.DOCUMENT_FIELD_OPTIONS[0]!
    expect(content.documentFieldLabel(field.value)).toBe(field.label)
    expect(content.validityLabel('khong-co')).toBeNull()
  })

  it('documentFilterOptions offers the years and issuers of published documents', async () => {
    const options = await content.documentFilterOptions()
    expect(options.types.length).toBeGreaterThan(0)
    expect(options.years).toContain(2022)
    expect(options.issuers.length).toBeGreaterThan(0)
  })

  it('documentLibrary filters, drops unknown values, and shows page 1 past the end', async () => {
    const all = await content.documentLibrary({})
    expect(all.result.totalDocs).toBeGreaterThan(0)
    const byYear = await content.documentLibrary({ year: 2022 })
    expect(byYear.filtered).toBe(true)
    expect(byYear.result.docs.every((d) => d.issued.year === 2022)).toBe(true)
    const bad = await content.documentLibrary({ type: 'khong-co', page: 999 })
    expect(bad.ignored).toEqual(['loại văn bản'])
    expect(bad.result.page).toBe(1)
    expect(bad.result.docs.length).toBeGreaterThan(0)
    const fromUrl = await content.documentLibraryFromUrl(new URL('http://x/van-ban?nam=abc&loai=zzz&trang=-5'))
    expect(fromUrl.ignored).toEqual(['năm ban hành', 'loại văn bản'])
    expect(fromUrl.result.page).toBe(1)
    const byNumber = await content.documentLibrary({ q: '443/KH' })
    expect(byNumber.result.docs.map((d) => d.number)).toContain('443/KH-SLĐTBXH')
  })

  it('documentBySlug and documentRelations link documents both ways', async () => {
    const withBasis = await firstPublished('documents', { 'legalBasis.document': { exists: true } })
    const doc = await content.documentBySlug(withBasis.slug)
    expect(doc?.id).toBe(withBasis.id)
    const relations = await content.documentRelations(doc!)
    const basisDoc = relations.basis.find((b) => b.document)?.document
    expect(basisDoc).toBeTruthy()
    const back = await content.documentRelations((await content.documentBySlug(basisDoc!.slug!))!)
    expect(back.citedBy.map((d) => d.id)).toContain(withBasis.id)
    // Links show number, abstract and date: no bodies are read for them.
    expect([...back.citedBy, basisDoc!].every((d) => !('body' in d))).toBe(true)
  })

  it('the library list reads what DocumentList shows, not the bodies', async () => {
    const { value, calls, bytes } = await measure(() => content.documentLibrary({}))
    expect(value.result.docs.every((d) => !('body' in d))).toBe(true)
    const listCall = calls.find((c) => c.collection === 'documents' && c.sort === '-issued.sortDate')!
    const whole = await measure(() => payload.find({ ...listCall, select: undefined, populate: undefined } as never))
    console.info(`documents library page: ${bytes} bytes for ${calls.length} reads vs ${whole.bytes} bytes for the list of whole documents alone`)
    expect(bytes).toBeLessThan(whole.bytes)
  })
})

describe('movements', () => {
  it('allMovements lists published movements without their join fields', async () => {
    const { docs } = await content.allMovements()
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.every((m) => m.plans === undefined && m.models === undefined)).toBe(true)
  })

  it('movementBySlug skips the joins and movementRelations reads each relation once, published only', async () => {
    const movement = await firstPublished('movements')
    const { value, calls } = await measure(async () => {
      const seen = await content.movementBySlug(movement.slug)
      return { seen, relations: await content.movementRelations(seen!) }
    })
    expect(value.seen?.plans).toBeUndefined()
    expect(value.seen?.awardDecisions).toBeUndefined()
    expect(value.relations.plans.length + value.relations.models.length + value.relations.decisions.length).toBeGreaterThan(0)
    // Each relation once (populating a plan's type and issuer reads those collections too).
    for (const collection of ['movements', 'documents', 'exemplary-models', 'award-decisions']) expect(calls.filter((c) => c.collection === collection)).toHaveLength(1)
    const withJoins = await measure(() => payload.find({ collection: 'movements', where: { slug: { equals: movement.slug } }, depth: 1, overrideAccess: false }))
    const withoutJoins = await measure(() => content.movementBySlug(movement.slug))
    console.info(`movement page: ${withoutJoins.bytes} bytes without joins vs ${withJoins.bytes} bytes with them (read again by movementRelations)`)
    expect(withoutJoins.bytes).toBeLessThan(withJoins.bytes)
    for (const call of calls) expect(call.overrideAccess).toBe(false)
    // A plan that is only a draft does not show on the movement's page.
    const draftPlan = await api().create({ collection: 'documents', data: { abstract: 'Kế hoạch nháp của phong trào', slug: 'ke-hoach-nhap-phong-trao', movement: movement.id }, draft: true, overrideAccess: true })
    const again = await content.movementRelations(value.seen!)
    expect(again.plans.some((p) => p.id === draftPlan.id)).toBe(false)
  })
})

describe('exemplary models', () => {
  it('exemplaryModelFilterOptions and listExemplaryModels filter by year', async () => {
    const options = await content.exemplaryModelFilterOptions()
    expect(options.years.length).toBeGreaterThan(0)
    const year = options.years[0]!
    const { docs } = await content.listExemplaryModels({ year })
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.every((m) => m.year === year)).toBe(true)
  })

  it('exemplaryModelGallery reads its filters from the URL and ignores unknown ids', async () => {
    const options = await content.exemplaryModelFilterOptions()
    const unit = options.units[0]!
    const gallery = await content.exemplaryModelGallery(new URL(`http://x/dien-hinh-tien-tien?don-vi=${unit.id}&phong-trao=99999999&trang=0`))
    expect(gallery.applied.unit?.id).toBe(unit.id)
    expect(gallery.applied.movement).toBeNull()
    expect(gallery.filtered).toBe(true)
    expect(gallery.cards.every((card) => card.unit?.id === unit.id)).toBe(true)
  })

  it('exemplaryModelBySlug reads a model with its awards', async () => {
    const model = await firstPublished('exemplary-models')
    expect((await content.exemplaryModelBySlug(model.slug))?.id).toBe(model.id)
  })
})

describe('galleries', () => {
  it('listGalleries filters by kind and shows page 1 past the end; galleryBySlug reads one album', async () => {
    const photos = await content.listGalleries({ kind: 'photo' })
    expect(photos.docs.length).toBeGreaterThan(0)
    expect(photos.docs.every((g) => g.kind === 'photo')).toBe(true)
    expect((await content.listGalleries({ page: 999 })).page).toBe(1)
    const album = photos.docs[0]!
    expect((await content.galleryBySlug(album.slug!))?.id).toBe(album.id)
  })
})

describe('honour roll', () => {
  it('awardTypeOptions, unitOptions and awardYears offer the filter choices', async () => {
    const types = await content.awardTypeOptions()
    expect(types.length).toBeGreaterThan(0)
    expect(types.map((t) => t.rank)).toEqual([...types.map((t) => t.rank)].sort((a, b) => (a ?? 0) - (b ?? 0)))
    expect((await content.unitOptions()).length).toBeGreaterThan(0)
    const years = await content.awardYears()
    expect(years.length).toBeGreaterThan(0)
    expect(years).toEqual([...years].sort((a, b) => b - a))
  })

  it('AWARD_LEVELS and isAwardLevel check a level from the URL', () => {
    expect(content.AWARD_LEVELS).toContain('state')
    expect(content.isAwardLevel('state')).toBe(true)
    expect(content.isAwardLevel('zzz')).toBe(false)
  })

  it('listAwards finds a name typed without diacritics', async () => {
    const { docs } = await content.listAwards({})
    const name = docs[0]!.recipientName
    const found = await content.listAwards({ q: name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase() })
    expect(found.docs.map((d) => d.recipientName)).toContain(name)
  })

  it('honourRoll reads its filters from the URL, drops bad values and shows page 1 past the end', async () => {
    const roll = await content.honourRoll(new URL('http://x/bang-vang?cap=zzz&don-vi=99999999&loai=123456789&trang=999'))
    expect(roll.filtered).toBe(false)
    expect(roll.awards.page).toBe(1)
    expect(roll.awards.docs.length).toBeGreaterThan(0)
    expect(roll.levels.map((l) => l.value)).toEqual(content.AWARD_LEVELS)
    const year = roll.years[0]!
    const byYear = await content.honourRoll(new URL(`http://x/bang-vang?nam=${year}&cap=state`))
    expect(byYear.applied).toMatchObject({ year, level: 'state' })
    expect(byYear.awards.docs.every((d) => d.year === year && d.awardType?.level === 'state')).toBe(true)
  })

  it('awardDecisionBySlug reads a decision without its awards join', async () => {
    const decision = await api().find({ collection: 'award-decisions', limit: 1, depth: 0, overrideAccess: true })
    const seen = await content.awardDecisionBySlug(decision.docs[0]!.slug)
    expect(seen?.id).toBe(decision.docs[0]!.id)
    expect(seen?.awards).toBeUndefined()
    const awards = await content.listAwards({ decisionId: seen!.id })
    expect(awards.docs.every((a) => a.decision?.slug === seen!.slug)).toBe(true)
  })
})

describe('blocs and static pages', () => {
  it('allBlocs and blocBySlug', async () => {
    const { docs } = await content.allBlocs()
    expect(docs.length).toBeGreaterThan(0)
    expect((await content.blocBySlug(docs[0]!.slug!))?.id).toBe(docs[0]!.id)
  })

  it('pageBySlug', async () => {
    const page = await firstPublished('pages')
    expect((await content.pageBySlug(page.slug))?.title).toBe(page.title)
  })
})

describe('relations helpers', () => {
  it('idOf, populated and MEDIA_FIELDS', () => {
    expect(content.idOf({ id: 3 })).toBe(3)
    expect(content.idOf(4)).toBe(4)
    expect(content.idOf(null)).toBeNull()
    expect(content.populated([1, { id: 2 }, null])).toEqual([{ id: 2 }])
    expect(content.MEDIA_FIELDS.filename).toBe(true)
  })
})

describe('search reads only what its hits show', () => {
  it('finds across collections, ignoring diacritics, with a select for every collection', async () => {
    const { value, calls, bytes } = await measure(() => content.search('thi dua'))
    expect(value.groups.length).toBeGreaterThan(2)
    expect(value.groups.map((g) => g.label)).toEqual(value.groups.map((g) => content.SEARCHABLE[g.collection]))
    // One read per collection; the roll's ids come from its own search (rollSearch), then at most one read of its lines.
    expect(calls.filter((c) => c.collection !== 'awards').length).toBe(Object.keys(content.SEARCHABLE).length - 1)
    expect(calls.filter((c) => c.collection === 'awards').length).toBeLessThanOrEqual(1)
    for (const call of calls) expect(call.select).toBeTruthy()
    // The same queries reading whole documents, as search did before.
    const whole = await measure(() => Promise.all(calls.map(({ select: _s, populate: _p, ...call }) => payload.find({ ...call, depth: 1 } as never))))
    console.info(`search "thi dua": ${calls.length} reads, ${bytes} bytes with select vs ${whole.bytes} bytes of whole documents`)
    expect(bytes * 3).toBeLessThan(whole.bytes)
  })
})

describe('sitemap', () => {
  it('sitemapSections lists published pages with their dates, reading slugs and titles only', async () => {
    const { value, calls, bytes } = await measure(() => content.sitemapSections())
    const articles = value.find((s) => s.collection === 'articles')!
    expect(articles.entries.length).toBeGreaterThan(0)
    expect(articles.entries.every((e) => e.url.startsWith('/tin-tuc/') && e.title && e.lastmod)).toBe(true)
    expect(value.flatMap((s) => s.entries).some((e) => e.url.includes('ban-nhap-chua-dang'))).toBe(false)
    // Every collection with pages of its own has a section, consultations included.
    expect(value.map((s) => s.collection).sort()).toEqual(Object.keys(SECTION_PATHS).filter((c) => c !== 'awards').sort())
    for (const call of calls) expect(Object.keys(call.select).length).toBeLessThanOrEqual(5) // slug, updatedAt, up to two title fields, isSample (for the sample label)
    const whole = await measure(() => Promise.all(calls.map(({ select: _s, joins: _j, ...call }) => payload.find(call as never))))
    console.info(`sitemap: ${calls.length} reads, ${bytes} bytes with select vs ${whole.bytes} bytes of whole documents`)
    expect(bytes * 3).toBeLessThan(whole.bytes)
  })
})

describe('redirects', () => {
  it('redirectFor follows a redirect to a published page, a custom URL, never to a draft', async () => {
    const article = await firstPublished('articles')
    const draft = await api().create({ collection: 'articles', data: { title: 'Bài nháp được chuyển hướng tới', slug: 'bai-nhap-chuyen-huong' }, draft: true, overrideAccess: true })
    const redirect = (from: string, to: Record<string, unknown>) => api().create({ collection: 'redirects', data: { from, to }, overrideAccess: true })
    await redirect('/tin-tuc/ten-cu', { type: 'reference', reference: { relationTo: 'articles', value: article.id } })
    await redirect('/tin-tuc/toi-ban-nhap', { type: 'reference', reference: { relationTo: 'articles', value: draft.id } })
    await redirect('/lien-ket-ngoai', { type: 'custom', url: 'https://chinhphu.vn/' })
    expect(await content.redirectFor('/tin-tuc/ten-cu')).toBe(`/tin-tuc/${article.slug}`)
    expect(await content.redirectFor('/tin-tuc/toi-ban-nhap')).toBeNull()
    expect(await content.redirectFor('/lien-ket-ngoai')).toBe('https://chinhphu.vn/')
    expect(await content.redirectFor('/khong-co')).toBeNull()
  })
})

describe('every read goes through the primitive', () => {
  it('as an anonymous reader, drafts off', async () => {
    const { calls } = await measure(async () => {
      await content.homePage()
      await content.documentLibrary({})
      await content.honourRoll(new URL('http://x/bang-vang'))
    })
    expect(calls.length).toBeGreaterThan(5)
    for (const call of calls) {
      expect(call.overrideAccess).toBe(false)
      expect(call.draft).toBe(false)
    }
  })
})
