import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { documentNumberProblem } from '@portal/shared'

import { isVietnamese, rejection } from './helpers/errors'
import { startPortal, type TestPortal } from './helpers/payload'

let portal: TestPortal
let payload: Payload
const types: Record<string, number> = {}
const units: Record<string, number> = {}
let counter = 0

beforeAll(async () => {
  portal = await startPortal()
  payload = portal.payload
  for (const [name, code] of [
    ['Kế hoạch', 'KH'],
    ['Nghị quyết', 'NQ'],
    ['Chỉ thị', 'CT'],
    ['Quyết định', 'QĐ'],
    ['Luật', undefined],
  ] as const) {
    types[name] = (await payload.create({ collection: 'document-types', data: { name, ...(code ? { code } : {}) } })).id
  }
  for (const [key, name, code] of [
    ['dolisa', 'Sở Lao động - Thương binh và Xã hội', 'SLĐTBXH'],
    ['haGiang', 'Sở Lao động - Thương binh và Xã hội tỉnh Hà Giang', 'SLĐTBXH'],
    ['council', 'Hội đồng nhân dân tỉnh', 'HĐND'],
    ['party', 'Ban Chấp hành Trung ương', 'TW'],
    ['assembly', 'Quốc hội', 'QH15'],
  ] as const) {
    units[key] = (await payload.create({ collection: 'units', data: { name, code } })).id
  }
})
afterAll(async () => portal?.close())

interface DocInput {
  number?: string | null
  type?: keyof typeof types
  issuer?: keyof typeof units
  abstract?: string
}

function createDocument({ number, type = 'Kế hoạch', issuer = 'dolisa', abstract }: DocInput) {
  return payload.create({
    collection: 'documents',
    data: {
      ...(number !== undefined ? { number } : {}),
      documentType: types[type]!,
      issuer: units[issuer]!,
      abstract: abstract ?? `Văn bản thử số ${++counter}`,
      issued: { year: 2023 },
      _status: 'published',
    },
  })
}

const countWith = async (abstract: string) =>
  (await payload.count({ collection: 'documents', where: { abstract: { equals: abstract } }, overrideAccess: true })).totalDocs

/** A refused save: a ValidationError (400) whose messages are Vietnamese, naming the field at fault. */
async function expectInvalid(promise: Promise<unknown>, path: string, expected: string | RegExp) {
  const error = await rejection(promise, `save with invalid ${path}`)
  expect(error.name).toBe('ValidationError')
  expect(error.status).toBe(400)
  expect(isVietnamese(error.message), `top message "${error.message}"`).toBe(true)
  const fieldErrors = error.data?.errors ?? []
  const forPath = fieldErrors.filter((e) => e.path === path)
  expect(forPath.length, JSON.stringify(fieldErrors)).toBeGreaterThan(0)
  for (const e of forPath) expect(isVietnamese(e.message), `field message "${e.message}"`).toBe(true)
  if (typeof expected === 'string') expect(forPath.map((e) => e.message)).toContain(expected)
  else expect(forPath.some((e) => expected.test(e.message)), JSON.stringify(forPath)).toBe(true)
  return error
}

describe('valid document numbers are accepted', () => {
  it.each([
    { number: '443/KH-SLĐTBXH', type: 'Kế hoạch', issuer: 'dolisa' },
    { number: '99/2023/NQ-HĐND', type: 'Nghị quyết', issuer: 'council' },
    { number: '34-CT/TW', type: 'Chỉ thị', issuer: 'party' },
    { number: '06/2022/QH15', type: 'Luật', issuer: 'assembly' },
    { number: '/KH-SLĐTBXH', type: 'Kế hoạch', issuer: 'dolisa' },
  ] as const)('$number', async ({ number, type, issuer }) => {
    const doc = await createDocument({ number, type, issuer })
    expect(doc.number).toBe(number)
    expect(doc._status).toBe('published')
    expect(doc.title).toContain(number)
  })

  it('a number typed with spaces around it or in decomposed Unicode is stored trimmed and composed', async () => {
    const doc = await createDocument({ number: ' 12/KH-SLĐTBXH '.normalize('NFD') })
    expect(doc.number).toBe('12/KH-SLĐTBXH')
  })

  it('blank (not yet numbered) is accepted and stored as empty', async () => {
    for (const number of [undefined, null, '', '   ']) {
      const doc = await createDocument({ number })
      expect(doc.number ?? null).toBeNull()
    }
  })
})

describe('invalid document numbers are refused with a Vietnamese message', () => {
  it.each([
    '443 /KH-SLĐTBXH',
    'KH-SLĐTBXH',
    '443/KHSLĐTBXH',
    '443-KH-SLĐTBXH',
    '0/KH-SLĐTBXH',
    '99/1800/NQ-HĐND',
    'số 443',
    '443/kh-SLĐTBXH',
  ])('%s', async (number) => {
    const abstract = `Số sai ${number} (${++counter})`
    const expected = documentNumberProblem(number)
    expect(expected, 'the shared grammar must call it invalid').not.toBeNull()
    await expectInvalid(createDocument({ number, abstract }), 'number', expected!)
    expect(await countWith(abstract)).toBe(0)
  })
})

describe('uniqueness per issuer', () => {
  it('refuses a second document with the same number from the same issuer', async () => {
    await createDocument({ number: '101/KH-SLĐTBXH' })
    const abstract = `Trùng số (${++counter})`
    await expectInvalid(createDocument({ number: '101/KH-SLĐTBXH', abstract }), 'number', /đã có văn bản số 101\/KH-SLĐTBXH/)
    expect(await countWith(abstract)).toBe(0)
  })

  it('refuses it even when the first one is only a draft', async () => {
    await payload.create({
      collection: 'documents',
      data: { number: '102/KH-SLĐTBXH', documentType: types['Kế hoạch']!, issuer: units.dolisa!, abstract: 'Bản nháp có số', issued: { year: 2023 } },
    })
    await expectInvalid(createDocument({ number: '102/KH-SLĐTBXH' }), 'number', /đã có văn bản số/)
  })

  it('allows the same number from another issuer', async () => {
    await createDocument({ number: '103/KH-SLĐTBXH', issuer: 'dolisa' })
    const other = await createDocument({ number: '103/KH-SLĐTBXH', issuer: 'haGiang' })
    expect(other.number).toBe('103/KH-SLĐTBXH')
    expect((await payload.count({ collection: 'documents', where: { number: { equals: '103/KH-SLĐTBXH' } } })).totalDocs).toBe(2)
  })

  it('allows any number of unnumbered plans from the same issuer', async () => {
    const a = await createDocument({ number: '/KH-SLĐTBXH', issuer: 'haGiang' })
    const b = await createDocument({ number: '/KH-SLĐTBXH', issuer: 'haGiang' })
    const c = await createDocument({ number: null, issuer: 'haGiang' })
    const d = await createDocument({ number: null, issuer: 'haGiang' })
    expect(new Set([a.id, b.id, c.id, d.id]).size).toBe(4)
  })

  it('lets a document be saved again with its own number, and refuses renumbering onto another’s', async () => {
    const first = await createDocument({ number: '104/KH-SLĐTBXH' })
    const second = await createDocument({ number: '105/KH-SLĐTBXH' })
    const resaved = await payload.update({ collection: 'documents', id: first.id, data: { abstract: 'Trích yếu sửa lại' } })
    expect(resaved.number).toBe('104/KH-SLĐTBXH')
    const resavedFull = await payload.update({ collection: 'documents', id: first.id, data: { number: '104/KH-SLĐTBXH', issuer: units.dolisa! } })
    expect(resavedFull.number).toBe('104/KH-SLĐTBXH')
    await expectInvalid(payload.update({ collection: 'documents', id: second.id, data: { number: '104/KH-SLĐTBXH' } }), 'number', /đã có văn bản số/)
    expect((await payload.findByID({ collection: 'documents', id: second.id })).number).toBe('105/KH-SLĐTBXH')
    // After the partial update the first keeps its number: a new duplicate is still refused
    await expectInvalid(createDocument({ number: '104/KH-SLĐTBXH' }), 'number', /đã có văn bản số/)
  })

  it('lets only one of two simultaneous saves of the same number through', async () => {
    const results = await Promise.allSettled([createDocument({ number: '106/KH-SLĐTBXH' }), createDocument({ number: '106/KH-SLĐTBXH' })])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult
    expect(refused.reason.name).toBe('ValidationError')
    expect(refused.reason.status).toBe(400)
    // Either the friendly check saw the other save, or the unique issuer|number key stopped it
    const paths = (refused.reason.data?.errors ?? []).map((e: { path: string }) => e.path)
    expect(paths.some((p: string) => p === 'number' || p === 'numberKey'), JSON.stringify(refused.reason.data)).toBe(true)
    expect(isVietnamese(refused.reason.message)).toBe(true)
    expect((await payload.count({ collection: 'documents', where: { number: { equals: '106/KH-SLĐTBXH' } } })).totalDocs).toBe(1)
  })
})

describe('number and document type must agree', () => {
  it('refuses a QĐ number on a document typed Kế hoạch (KH)', async () => {
    const abstract = `Lệch loại (${++counter})`
    await expectInvalid(createDocument({ number: '15/QĐ-SLĐTBXH', type: 'Kế hoạch', abstract }), 'documentType', /"QĐ".*không khớp.*Kế hoạch.*KH/)
    expect(await countWith(abstract)).toBe(0)
  })

  it('accepts the same number typed Quyết định, and a type without a code for any number', async () => {
    expect((await createDocument({ number: '15/QĐ-SLĐTBXH', type: 'Quyết định' })).number).toBe('15/QĐ-SLĐTBXH')
    expect((await createDocument({ number: '16/QĐ-SLĐTBXH', type: 'Luật' })).number).toBe('16/QĐ-SLĐTBXH')
  })

  it('refuses changing the type of a numbered document to one that does not match', async () => {
    const doc = await createDocument({ number: '17/KH-SLĐTBXH' })
    await expectInvalid(payload.update({ collection: 'documents', id: doc.id, data: { documentType: types['Nghị quyết']! } }), 'documentType', /không khớp/)
    const stored = await payload.findByID({ collection: 'documents', id: doc.id, depth: 0 })
    expect(stored.documentType).toBe(types['Kế hoạch'])
  })
})
