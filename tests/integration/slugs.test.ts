import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { rejection } from './helpers/errors'
import { startPortal, type TestPortal } from './helpers/payload'

let portal: TestPortal
beforeAll(async () => {
  portal = await startPortal()
})
afterAll(async () => portal?.close())

const article = (title: string, extra: Record<string, unknown> = {}) =>
  portal.payload.create({ collection: 'articles', data: { title, _status: 'published' as const, publishedAt: new Date().toISOString(), ...extra }, overrideAccess: true })

describe('slugs', () => {
  it('are unaccented Vietnamese, made from the title', async () => {
    const doc = await article('Kế hoạch công tác Thi đua, khen thưởng năm 2022')
    expect(doc.slug).toBe('ke-hoach-cong-tac-thi-dua-khen-thuong-nam-2022')
  })

  it('titles that fold to the same slug get -2, -3 instead of an error', async () => {
    const first = await article('Thi đua yêu nước')
    const second = await article('THI ĐUA YÊU NƯỚC')
    const third = await article('Thi dua yeu nuoc')
    expect([first.slug, second.slug, third.slug]).toEqual(['thi-dua-yeu-nuoc', 'thi-dua-yeu-nuoc-2', 'thi-dua-yeu-nuoc-3'])
  })

  it('a typed slug that is taken is refused, not renamed', async () => {
    await article('Gương người tốt việc tốt', { slug: 'guong-nguoi-tot' })
    const error = await rejection(article('Một bài khác', { slug: 'Gương người tốt' }), 'duplicate typed slug')
    expect(error.status).toBe(400)
    const { totalDocs } = await portal.payload.count({ collection: 'articles', where: { slug: { equals: 'guong-nguoi-tot' } } })
    expect(totalDocs).toBe(1)
  })

  it('an update that does not send the slug keeps the URL, even when the title changes', async () => {
    const doc = await article('Hội nghị điển hình tiên tiến')
    const updated = await portal.payload.update({
      collection: 'articles',
      id: doc.id,
      data: { title: 'Hội nghị điển hình tiên tiến năm 2025' },
      overrideAccess: true,
    })
    expect(updated.slug).toBe('hoi-nghi-dien-hinh-tien-tien')
  })
})
