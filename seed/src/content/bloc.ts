import type { Payload } from 'payload'

import { ensure, type SeedReport } from '../ensure'
import type { Ids, UnitKey } from './referenceData'

export const BLOC_NAME = 'Khối các cơ quan tham mưu và quản lý nhà nước về Văn hóa - Xã hội'

/** The bloc of eight agencies of source 004, with its leader and deputy for 2023 and 2024. */
export async function seedBloc(payload: Payload, report: SeedReport, units: Ids<UnitKey>) {
  const { doc, created } = await ensure(
    payload,
    'blocs',
    BLOC_NAME,
    { name: { equals: BLOC_NAME } },
    {
      name: BLOC_NAME,
      description: 'Khối thi đua gồm 08 cơ quan tham mưu và quản lý nhà nước về lĩnh vực văn hóa - xã hội của tỉnh.',
      members: [
        units.ethnicCommittee,
        units.informationDept,
        units.scienceDept,
        units.healthDept,
        units.broadcaster,
        units.ownAgency,
        units.educationDept,
        units.cultureDept,
      ],
      leadership: [
        {
          year: 2023,
          leader: units.educationDept,
          leaderPerson: 'Lê Thị Hương, Giám đốc Sở Giáo dục và Đào tạo',
          deputy: units.cultureDept,
          deputyPerson: 'Lê Minh Tuấn, Giám đốc Sở Văn hóa, Thể thao và Du lịch',
        },
        {
          year: 2024,
          leader: units.cultureDept,
          deputy: units.ownAgency,
          note: 'Được các đơn vị trong Khối bầu tại Hội nghị tổng kết ngày 19/01/2024.',
        },
      ],
    },
  )
  report.add('blocs', created)
  return doc.id as number | string
}
