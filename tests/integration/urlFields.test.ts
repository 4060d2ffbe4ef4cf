import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { messagesOf, rejection } from './helpers/errors'
import { makeUser, startPortal, type TestPortal } from './helpers/payload'

let portal: TestPortal
let payload: Payload
let editor: Awaited<ReturnType<typeof makeUser>>
const asEditor = () => ({ overrideAccess: false as const, user: editor })

beforeAll(async () => {
  portal = await startPortal()
  payload = portal.payload
  editor = await makeUser(payload, 'editor')
})
afterAll(async () => portal?.close())

const REQUIRED_SETTINGS = { portalName: 'Cổng thông tin Thi đua – Khen thưởng', agencyName: 'Sở Thử nghiệm' }
const HOSTILE = 'javascript:alert(document.cookie)'

describe('URL fields refuse script links', () => {
  it('in the main menu, keeping the stored menu', async () => {
    await payload.updateGlobal({ slug: 'navigation', data: { items: [{ label: 'Giới thiệu', url: '/gioi-thieu' }] }, ...asEditor() })
    for (const items of [[{ label: 'Bẫy', url: HOSTILE }], [{ label: 'Mục', url: '/a', children: [{ label: 'Con', url: '//evil.example' }] }]]) {
      const error = await rejection(payload.updateGlobal({ slug: 'navigation', data: { items }, ...asEditor() }))
      expect(error.status).toBe(400)
      expect(messagesOf(error).join(' ')).toMatch(/Đường dẫn không hợp lệ/)
    }
    const menu = await payload.findGlobal({ slug: 'navigation', depth: 0 })
    expect(menu.items?.map((i) => i.url)).toEqual(['/gioi-thieu'])
  })

  it('in the related agencies of the site settings', async () => {
    const error = await rejection(payload.updateGlobal({ slug: 'site-settings', data: { ...REQUIRED_SETTINGS, relatedLinks: [{ label: 'Bẫy', url: 'data:text/html,x' }] } as never, ...asEditor() }))
    expect(error.status).toBe(400)
    const saved = await payload.updateGlobal({ slug: 'site-settings', data: { ...REQUIRED_SETTINGS, relatedLinks: [{ label: 'Cổng Chính phủ', url: 'https://chinhphu.vn' }] } as never, ...asEditor() })
    expect((saved as any).relatedLinks[0].url).toBe('https://chinhphu.vn')
  })

  it("in a unit's website, with a Vietnamese message", async () => {
    const error = await rejection(payload.create({ collection: 'units', data: { name: 'Sở Thử nghiệm', website: HOSTILE } as never, ...asEditor() }))
    expect(messagesOf(error).join(' ')).toMatch(/Đường dẫn không hợp lệ/)
    const { totalDocs } = await payload.count({ collection: 'units', where: { name: { equals: 'Sở Thử nghiệm' } } })
    expect(totalDocs).toBe(0)
  })
})
