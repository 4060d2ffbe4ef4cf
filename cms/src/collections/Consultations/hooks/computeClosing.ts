import type { CollectionBeforeChangeHook } from 'payload'

import { closingOf } from '../../../consultations/calendar'

/** The closing time follows from the opening time and the duration: never typed, so it cannot contradict them. */
export const computeClosing: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const opensAt = data.opensAt ?? originalDoc?.opensAt
  const days = Number(data.durationWorkingDays ?? originalDoc?.durationWorkingDays)
  if (!opensAt || !Number.isInteger(days) || days < 1) return data
  return { ...data, closesAt: (await closingOf(req.payload, opensAt, days, req)).toISOString() }
}
