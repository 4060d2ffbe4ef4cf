import type { Payload } from 'payload'

import { isUniqueViolation } from '../db/uniqueViolation'
import { EngagementError } from './errors'
import { returnAllowance, takeAllowance, vietnamDay } from './rateLimit'
import type { Voter } from './voter'

export interface FirstRecord<T> {
  voter: Voter
  ipHash: string | null
  /** Names the daily allowance per address and subject, e.g. `rating|<article id>`. */
  scope: string
  limit: number
  /** The refusal when the allowance is used up (429). */
  limitCode: string
  limitMessage: string
  now: Date
  /** Inserts the voter's record; the unique index on voterKey refuses a second one. */
  create: () => Promise<T>
  /** What a refused second record becomes (a changed rating, a refused ballot). */
  duplicate: (error: unknown) => Promise<T>
}

/**
 * A voter's first rating or ballot on a subject. Anonymous readers spend one
 * unit of their address's daily allowance on it (a second line for readers who
 * clear their cookie); the database's unique index on voterKey keeps it one
 * per voter, however many requests race, and a record that turns out not to be
 * new gives its allowance unit back.
 */
export async function createFirstRecord<T>(payload: Payload, record: FirstRecord<T>): Promise<T> {
  const allowance = record.voter.audience === 'public' && record.ipHash ? { scope: `${record.scope}|${record.ipHash}`, window: vietnamDay(record.now) } : null
  if (allowance && !(await takeAllowance(payload, allowance.scope, allowance.window, record.limit))) throw new EngagementError(429, record.limitCode, record.limitMessage)
  try {
    return await record.create()
  } catch (error) {
    if (!isUniqueViolation(error, 'voterKey')) throw error
    if (allowance) await returnAllowance(payload, allowance.scope, allowance.window)
    return record.duplicate(error)
  }
}
