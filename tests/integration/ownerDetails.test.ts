/**
 * No placeholder reaches a reader: the seed leaves the owner's details empty
 * (and clears the placeholders of earlier seeds), the menu has no dead link,
 * and the admin dashboard lists what the portal rules require and is missing.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPortal, type TestPortal } from './helpers/payload'

let portal: TestPortal
let payload: Payload

beforeAll(async () => {
  portal = await startPortal()
  payload = portal.payload
  const { seed } = await import('@portal/seed')
  await seed(payload, { sample: false })
})
afterAll(async () => portal?.close())

/** What the dashboard component lists (it renders these as links, and nothing when the list is empty). */
async function checklist() {
  const { ownerChecklist } = await import('../../cms/src/globals/ownerDetails')
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
  return ownerChecklist(settings as never, payload.config.routes.admin)
}

describe('owner details', () => {
  it('the seed invents none: no placeholder, no example address', async () => {
    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
    const text = JSON.stringify(settings)
    expect(text).not.toContain('cập nhật trong trang quản trị')
    expect(text).not.toContain('example.gov.vn')
    expect(settings.agencyName).toBe('Sở Lao động - Thương binh và Xã hội')
  })

  it('the dashboard lists each missing detail, linked to its field, and nothing once all are entered', async () => {
    const items = await checklist()
    for (const [name, label] of [
      ['responsiblePerson', 'Người chịu trách nhiệm'],
      ['address', 'Địa chỉ'],
      ['phone', 'Điện thoại'],
      ['fax', 'Fax'],
      ['email', 'Thư điện tử'],
      ['licence', 'Giấy phép'],
    ]) {
      expect(items).toContainEqual({ name, label, href: `/admin/globals/site-settings#field-${name}` })
    }
    expect(items).toHaveLength(6)

    await payload.updateGlobal({
      slug: 'site-settings',
      overrideAccess: true,
      data: { responsiblePerson: 'Nguyễn Văn A', address: 'Số 1', phone: '0219 000', fax: '0219 001', email: 'bbt@sld.gov.vn', licence: 'Giấy phép số 1/GP-TTĐT' },
    })
    expect(await checklist()).toEqual([])
  })

  it('a second seed clears the placeholders an earlier seed wrote, and keeps what an editor entered', async () => {
    await payload.updateGlobal({
      slug: 'site-settings',
      overrideAccess: true,
      data: { address: 'Địa chỉ trụ sở (cập nhật trong trang quản trị)', email: 'banbientap@example.gov.vn', phone: '0219 3866 888' },
    })
    const { seed } = await import('@portal/seed')
    await seed(payload, { sample: false })
    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
    expect(settings.address ?? null).toBeNull()
    expect(settings.email ?? null).toBeNull()
    expect(settings.phone).toBe('0219 3866 888')
  })
})

describe('menu', () => {
  it('"Tin hoạt động" leads to its section, also on a database seeded with the old dead link', async () => {
    const items = () => payload.findGlobal({ slug: 'navigation', depth: 0, overrideAccess: true }).then((n) => n.items ?? [])
    expect((await items()).find((i) => i.label === 'Tin hoạt động')?.url).toBe('/chuyen-muc/tin-hoat-dong')
    const { docs } = await payload.find({ collection: 'categories', where: { slug: { equals: 'tin-hoat-dong' } }, depth: 0, overrideAccess: true })
    expect(docs).toHaveLength(1)

    await payload.updateGlobal({ slug: 'navigation', overrideAccess: true, data: { items: (await items()).map((i) => (i.label === 'Tin hoạt động' ? { ...i, url: '/thi-dua-khen-thuong' } : i)) } })
    const { seed } = await import('@portal/seed')
    await seed(payload, { sample: false })
    expect((await items()).find((i) => i.label === 'Tin hoạt động')?.url).toBe('/chuyen-muc/tin-hoat-dong')
  })
})
