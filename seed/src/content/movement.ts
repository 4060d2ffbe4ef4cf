import type { Payload } from 'payload'

import { ensure, type SeedReport } from '../ensure'
import { joinBrokenLines, linesBetween, linesFrom, sourceLines } from '../sources'
import type { Ids, UnitKey } from './referenceData'

export const OFFICE_CULTURE_MOVEMENT = 'Công chức, viên chức và người lao động thực hiện văn hóa công sở'

const items = (lines: string[]) => lines.map((text) => ({ text: text.replace(/^[-+]\s*|^\d\.\s*/, '') }))

/** "- " items of a part of the plan, each with the "+ " points under it (a "- + " line is a point too). */
function criteria(lines: string[]) {
  const out: Array<{ text: string; points: Array<{ text: string }> }> = []
  for (const line of joinBrokenLines(lines)) {
    if (/^(?:- )?\+ /.test(line)) out[out.length - 1]!.points.push({ text: line.replace(/^(?:- )?\+ /, '') })
    else if (line.startsWith('- ')) out.push({ text: line.slice(2), points: [] })
  }
  return out
}

/**
 * The "văn hóa công sở" movement 2022-2025, from the Hà Giang plan (source 003),
 * part by part: III.2.b "Hình thức" gives the forms of emulation for collectives
 * and individuals, III.2.c "Tiêu chí thi đua" the general criteria (the "+" point
 * on heads of units included), IV.2 "Tiêu chuẩn khen thưởng" the standards an
 * individual must meet; the plan sets no criteria for collectives of its own.
 * The special 2025 campaign of IV.1.b is a campaign of the movement.
 */
export async function seedMovement(payload: Payload, report: SeedReport, units: Ids<UnitKey>) {
  const lines = sourceLines('003')
  const formsCollective = criteria(linesFrom(lines, '- Đối với tập thể', '- Đối với cá nhân:'))[0]!.points
  const individual = lines.find((l) => l.startsWith('- Đối với cá nhân:'))!.replace('- Đối với cá nhân: ', '')
  const campaign = lines.find((l) => l.includes('đợt thi đua đặc biệt năm 2025'))!
  const campaignName = /đợt thi đua đặc biệt năm 2025 “\*([^*]+)\*”/.exec(campaign)![1]!

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
      formsCollective,
      formsIndividual: [{ text: individual }],
      generalCriteria: criteria(linesBetween(lines, 'c) Tiêu chí thi đua', 'IV. HÌNH THỨC')),
      criteriaIndividual: criteria(linesBetween(lines, 'Để được xét khen thưởng', 'V. TIẾN ĐỘ')),
      slogans: linesBetween(lines, 'Khẩu hiệu:', 'b) Hình thức').map((text) => ({ text: text.replace(/^“|”;?$|”\.?$/g, '') })),
      campaigns: [
        {
          name: `Đợt thi đua đặc biệt năm 2025 “${campaignName}”`,
          // The plan dates it by year only: "năm 2025".
          starts: { year: 2025 },
          ends: { year: 2025 },
          description: lines.find((l) => l.startsWith('b) Đối với phong trào “*Thi đua đoàn kết'))!.replace(/\*/g, '').replace(/^b\) Đối với phong trào /, 'Phong trào ').replace(/:$/, '.'),
        },
      ],
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
