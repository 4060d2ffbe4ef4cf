/** The shapes and helpers every counting path shares: the filter, counts per dimension, the public roll as a `where`. */
import type { PayloadRequest, Where } from 'payload'

import type { AwardLevel } from '@portal/shared'

import { publicRollOfPublishedDecisions } from '../access'

export interface StatisticsFilter {
  fromYear?: number | null
  toYear?: number | null
  level?: AwardLevel | null
}

/** Counts per value of each dimension, as the database gives them. */
export interface Counts {
  year: Map<number, number>
  type: Map<string, number>
  kind: Map<string, number>
  unit: Map<string, number>
  movement: Map<string, number>
}

export const NONE = ''
export const emptyCounts = (): Counts => ({ year: new Map(), type: new Map(), kind: new Map(), unit: new Map(), movement: new Map() })
export const add = <K>(map: Map<K, number>, key: K, n: number) => map.set(key, (map.get(key) ?? 0) + n)
export const keyOf = (value: unknown) => (value === null || value === undefined ? NONE : String(value))

/** The public roll, narrowed by the filter, as a Payload `where` on awards. */
export async function publicRollWhere(filter: StatisticsFilter): Promise<Where> {
  const rule = await publicRollOfPublishedDecisions({ req: { user: null } as unknown as PayloadRequest })
  const and: Where[] = typeof rule === 'object' ? [rule] : []
  if (filter.fromYear) and.push({ year: { greater_than_equal: filter.fromYear } })
  if (filter.toYear) and.push({ year: { less_than_equal: filter.toYear } })
  if (filter.level) and.push({ 'awardType.level': { equals: filter.level } })
  return { and }
}
