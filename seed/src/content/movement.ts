import type { Payload } from 'payload'

import { ensure, type SeedReport } from '../ensure'
import { linesBetween, sourceLines } from '../sources'
import type { Ids, UnitKey } from './referenceData'

export const OFFICE_CULTURE_MOVEMENT = 'Công chức, viên chức và người lao động thực hiện văn hóa công sở'

const items = (lines: string[]) => lines.map((text) => ({ text: text.replace(/^[-+]\s*|^\d\.\s*/, '') }))

/** The "văn hóa công sở" movement 2022-2025, from the Hà Giang plan (source 003). */
export async function seedMovement(payload: Payload, report: SeedReport, units: Ids<UnitKey>) {
  const lines = sourceLines('003')
  const collective = linesBetween(lines, '- Đối với tập thể', '- Đối với cá nhân:')
  // "+ Xử lý nghiêm ... các tầng lớp nhân" / "dân, từng bước ..." is one item broken by the PDF.
  const collectiveItems: string[] = []
  for (const line of collective) {
    if (line.startsWith('+')) collectiveItems.push(line)
    else collectiveItems[collectiveItems.length - 1] += ` ${line}`
  }
  const individual = lines.find((l) => l.startsWith('- Đối với cá nhân:'))!.replace('- Đối với cá nhân: ', '')
  const standards = linesBetween(lines, 'Để được xét khen thưởng', 'V. TIẾN ĐỘ').filter((l) => /^- [^+]/.test(l))
  const general = linesBetween(lines, 'c) Tiêu chí thi đua', 'IV. HÌNH THỨC').filter((l) => l.startsWith('- '))

  const { doc, created } = await ensure(
    payload,
    'movements',
    OFFICE_CULTURE_MOVEMENT,
    { name: { equals: OFFICE_CULTURE_MOVEMENT } },
    {
      name: OFFICE_CULTURE_MOVEMENT,
      periodStart: 2022,
      periodEnd: 2025,
      launchedBy: units.haGiangDolisa,
      summary:
        'Phong trào thi đua do Sở Lao động - Thương binh và Xã hội tỉnh Hà Giang phát động tháng 8/2022, hướng tới Đại hội Thi đua yêu nước lần thứ VI và Kỷ niệm 80 năm ngày Truyền thống Ngành Lao động - Thương binh và Xã hội năm 2025.',
      goals: items(linesBetween(lines, 'I. MỤC ĐÍCH', 'II. YÊU CẦU')),
      requirements: items(linesBetween(lines, 'II. YÊU CẦU', 'III. ĐỐI TƯỢNG')),
      criteriaCollective: items([...general, ...collectiveItems]),
      criteriaIndividual: items([individual, ...standards]),
      slogans: linesBetween(lines, 'Khẩu hiệu:', 'b) Hình thức').map((text) => ({ text: text.replace(/^“|”;?$|”\.?$/g, '') })),
      milestones: [
        { year: 2022, kind: 'launch', description: 'Tháng 8/2022: Sở Lao động - Thương binh và Xã hội ban hành Kế hoạch phát động phong trào.' },
        { year: 2023, kind: 'interim', description: linesBetween(lines, 'V. TIẾN ĐỘ THỰC HIỆN', 'Năm 2025:')[0]!.replace(/^Năm 2023: /, '').replace(/\*/g, '') },
        { year: 2025, kind: 'final', description: lines.find((l) => l.startsWith('Năm 2025:'))!.replace(/^Năm 2025: /, '').replace(/\*/g, '') },
      ],
    },
    { drafts: true },
  )
  report.add('movements', created)
  return doc.id as number | string
}
