import type { Payload } from 'payload'

import type { Voter } from '@portal/cms/engagement'

let serial = 0

/** A published article to rate, with a unique title. */
export async function makeArticle(payload: Payload, title = `Bài viết để đánh giá ${Date.now().toString(36)}-${++serial}`) {
  return payload.create({
    collection: 'articles',
    data: { title, publishedAt: new Date().toISOString(), _status: 'published' },
    overrideAccess: true,
    depth: 0,
  })
}

/** A reader identified by their cookie: `n` gives a stable, distinct 22-character id. */
export const reader = (n: number | string): Voter => ({ audience: 'public', readerId: String(n).padStart(22, 'r').slice(-22) })

export const staffMember = (userId: number | string): Voter => ({ audience: 'staff', userId })

/** The outcome of each of several promises, without failing on the first refusal. */
export async function settle<T>(promises: Array<Promise<T>>) {
  const results = await Promise.allSettled(promises)
  return {
    fulfilled: results.filter((r): r is PromiseFulfilledResult<Awaited<T>> => r.status === 'fulfilled').map((r) => r.value),
    rejected: results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason as { status?: number; message: string; code?: string }),
  }
}
