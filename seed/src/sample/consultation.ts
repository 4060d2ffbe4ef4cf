import type { Payload } from 'payload'

import { blocksToLexical, isoDayInVietnam } from '@portal/shared'

import { ensure, type SeedReport } from '../ensure'

interface Context {
  office: number | string
  training: number | string
  typeId: (name: string) => number | string
  label: string
}

/**
 * A sample consultation (lấy ý kiến Nhân dân) with three fictitious nominees,
 * opening at 08:00 on the day the sample is loaded, so a fresh portal shows an
 * open window and a working comment form.
 */
export async function seedSampleConsultation(payload: Payload, report: SeedReport, { office, training, typeId, label }: Context) {
  const title = `Lấy ý kiến Nhân dân đối với cá nhân, tập thể đề nghị khen thưởng cấp Nhà nước (${label.toLowerCase()})`
  const { doc: consultation, created } = await ensure(
    payload,
    'consultations',
    'sample-consultation',
    { title: { equals: title } },
    {
      title,
      slug: 'du-lieu-mau-lay-y-kien-khen-thuong-cap-nha-nuoc',
      intro: `(${label}) Danh sách minh họa cách công khai đề nghị khen thưởng để lấy ý kiến Nhân dân. Tên người, đơn vị là hư cấu.`,
      council: 'Hội đồng Thi đua – Khen thưởng Sở (dữ liệu mẫu)',
      opensAt: new Date(`${isoDayInVietnam(new Date())}T08:00:00+07:00`).toISOString(),
      durationWorkingDays: 10,
      status: 'scheduled',
      isSample: true,
    },
    { drafts: true },
  )
  report.add('consultations', created)

  const nominees = [
    { name: 'Nguyễn Văn Minh Họa', kind: 'individual', position: 'Trưởng phòng Người có công', unit: office, awardType: 'Huân chương Lao động hạng Ba', text: 'Hoàn thành xuất sắc nhiệm vụ 5 năm liền (2020–2024); chủ trì số hóa hồ sơ người có công của tỉnh.' },
    { name: 'Phạm Thị Mẫu', kind: 'individual', position: 'Chuyên viên chính', unit: training, awardType: 'Bằng khen của Thủ tướng Chính phủ', text: 'Có 2 sáng kiến cấp tỉnh về đào tạo nghề cho lao động nông thôn (2022, 2024).' },
    { name: 'Phòng Giáo dục nghề nghiệp (dữ liệu mẫu)', kind: 'collective', position: null, unit: training, awardType: 'Bằng khen của Thủ tướng Chính phủ', text: 'Tập thể lao động xuất sắc 5 năm liền; dẫn đầu phong trào "văn hóa công sở".' },
  ]
  for (const [index, n] of nominees.entries()) {
    const { created: made } = await ensure(
      payload,
      'nominees',
      `sample-consultation|${n.name}`,
      { and: [{ name: { equals: n.name } }, { consultation: { equals: consultation.id } }] },
      {
        consultation: consultation.id,
        order: index + 1,
        kind: n.kind,
        name: n.name,
        position: n.position,
        unit: n.unit,
        awardType: typeId(n.awardType),
        achievements: blocksToLexical([{ type: 'paragraph', text: `(${label}) ${n.text}` }]),
        result: 'pending',
        isSample: true,
      },
    )
    report.add('nominees', made)
  }
}
