import type { CollectionBeforeChangeHook } from 'payload'

/** Dates the answer when an editor first marks the item answered; the Q&A page sorts by it. */
export const stampAnsweredAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data.status === 'answered' && !originalDoc?.answeredAt && !data.answeredAt) return { ...data, answeredAt: new Date().toISOString() }
  return data
}
