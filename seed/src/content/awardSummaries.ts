import type { Payload } from 'payload'

import { ensure, type SeedReport } from '../ensure'
import type { Ids, UnitKey } from './referenceData'

export const KON_TUM_SUMMARY_TITLE = 'Kết quả khen thưởng năm 2018 của Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum'

/**
 * Source 002 (Kon Tum, 30/09/2019) publishes counts without names: "Tập thể
 * lao động xuất sắc cho 6 tập thể, tặng Bằng khen cho 1 tập thể và 8 cá nhân
 * ... Tập thể lao động tiên tiến cho 11 tập thể, Lao động tiên tiến cho 105
 * cá nhân, Chiến sĩ thi đua cơ sở cho 14 cá nhân ... năm 2018."
 */
const COUNTS = [
  { awardType: 'Tập thể lao động xuất sắc', recipientKind: 'collective', count: 6 },
  { awardType: 'Bằng khen của Chủ tịch UBND tỉnh', recipientKind: 'collective', count: 1 },
  { awardType: 'Bằng khen của Chủ tịch UBND tỉnh', recipientKind: 'individual', count: 8 },
  { awardType: 'Tập thể lao động tiên tiến', recipientKind: 'collective', count: 11 },
  { awardType: 'Lao động tiên tiến', recipientKind: 'individual', count: 105 },
  { awardType: 'Chiến sĩ thi đua cơ sở', recipientKind: 'individual', count: 14 },
] as const

export async function seedAwardSummaries(payload: Payload, report: SeedReport, units: Ids<UnitKey>) {
  const types = await payload.find({ collection: 'award-types', limit: 0, pagination: false, depth: 0, overrideAccess: true, select: { name: true } })
  const typeId = (name: string) => {
    const found = types.docs.find((t) => t.name === name)
    if (!found) throw new Error(`Award type "${name}" is missing: seed reference data first`)
    return found.id
  }
  const { created } = await ensure(
    payload,
    'award-summaries',
    'kon-tum-dolisa-2018',
    { title: { equals: KON_TUM_SUMMARY_TITLE } },
    {
      title: KON_TUM_SUMMARY_TITLE,
      unit: units.konTumDolisa,
      year: 2018,
      counts: COUNTS.map((c) => ({ awardType: typeId(c.awardType), recipientKind: c.recipientKind, count: c.count })),
      source: 'Sôi nổi các phong trào thi đua và công tác khen thưởng tại Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum (30/09/2019)',
    },
  )
  report.add('award-summaries', created)
}
