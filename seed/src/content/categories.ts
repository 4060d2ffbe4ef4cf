import type { Payload } from 'payload'

import { ensure, type SeedReport } from '../ensure'

export const COMMENDATION_SECTION = 'Thi đua - Khen thưởng'

const SUBSECTIONS = [
  { name: 'Tin hoạt động', description: 'Tin tức về công tác thi đua, khen thưởng.' },
  { name: 'Văn bản thi đua - khen thưởng', description: 'Kế hoạch, quyết định, hướng dẫn về thi đua, khen thưởng.' },
  { name: 'Phong trào thi đua', description: 'Các phong trào thi đua yêu nước đang triển khai.' },
  { name: 'Điển hình tiên tiến', description: 'Giới thiệu, tuyên dương các điển hình tiên tiến.' },
  { name: 'Gương người tốt, việc tốt', description: 'Những tấm gương người tốt, việc tốt.' },
]

export async function seedCategories(payload: Payload, report: SeedReport) {
  const { doc: section, created } = await ensure(
    payload,
    'categories',
    COMMENDATION_SECTION,
    { name: { equals: COMMENDATION_SECTION } },
    { name: COMMENDATION_SECTION, order: 1, description: 'Chuyên mục tuyên truyền về phong trào thi đua, công tác thi đua, khen thưởng.' },
  )
  report.add('categories', created)
  const ids: Record<string, number | string> = { [COMMENDATION_SECTION]: section.id }
  for (const [order, sub] of SUBSECTIONS.entries()) {
    const { doc, created: made } = await ensure(payload, 'categories', sub.name, { name: { equals: sub.name } }, { ...sub, order, parent: section.id })
    ids[sub.name] = doc.id
    report.add('categories', made)
  }
  return ids
}
