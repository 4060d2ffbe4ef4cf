import { RATING_SCORES, isRatingScore, ratingFigures, type RatingFigures, type RatingScore } from '@portal/shared'
import type { Payload } from 'payload'

import type { Audience } from '../fields/voter'
import { EngagementError } from './errors'
import { parseId } from './ids'
import { ratingCounts } from './tallies'
import { limits } from './limits'
import { hashIp } from './secrets'
import { createFirstRecord } from './firstRecord'
import { voterKeyOf, type Voter } from './voter'

export interface RatedArticle {
  id: number | string
  slug: string
  title: string
}

/** A published article by id, as a reader may see it; refuses anything else with 404. */
export async function ratableArticle(payload: Payload, rawId: unknown): Promise<RatedArticle> {
  const id = parseId(payload, rawId)
  if (id !== null) {
    const { docs } = await payload.find({
      collection: 'articles',
      where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
      limit: 1,
      pagination: false,
      depth: 0,
      draft: false,
      overrideAccess: false,
      select: { slug: true, title: true },
    })
    const article = docs[0]
    if (article?.slug) return { id: article.id, slug: article.slug, title: article.title }
  }
  throw new EngagementError(404, 'article-not-found', 'Không tìm thấy bài viết để đánh giá.')
}

export interface RatingRequest {
  articleId: unknown
  score: unknown
  voter: Voter
  /** The sender's IP address: only its keyed hash is stored (secrets.ts hashIp). */
  ip: string | null
  now?: Date
}

export interface RatingResult {
  article: RatedArticle
  score: RatingScore
  /** True when the reader had rated before and changed their score. */
  changed: boolean
}

/**
 * Records a reader's rating of an article, or changes the one they gave.
 * The database's unique index on voterKey is what makes it one per reader:
 * two requests racing to create the first rating both try, one insert wins,
 * the other is refused by the index and becomes an update.
 */
export async function rateArticle(payload: Payload, { articleId, score, voter, ip, now = new Date() }: RatingRequest): Promise<RatingResult> {
  const ipHash = ip ? hashIp(payload.secret, ip) : null
  if (!isRatingScore(score)) throw new EngagementError(400, 'invalid-score', 'Số sao phải là số nguyên từ 1 đến 5.')
  const article = await ratableArticle(payload, articleId)
  const voterKey = voterKeyOf(article.id, voter)

  if (await changeRating(payload, voterKey, score)) return { article, score, changed: true }

  return createFirstRecord<RatingResult>(payload, {
    voter,
    ipHash,
    scope: `rating|${article.id}`,
    limit: limits.ratingsPerIpPerArticleDay(),
    limitCode: 'rating-ip-limit',
    limitMessage: 'Địa chỉ mạng của bạn đã gửi quá nhiều đánh giá cho bài viết này hôm nay. Vui lòng thử lại vào ngày mai.',
    now,
    create: async () => {
      await payload.create({
        collection: 'article-ratings',
        // Ids are numbers on SQLite and strings on MongoDB; the generated types know only the first.
        data: { article: article.id as number, score, audience: voter.audience, user: voter.audience === 'staff' ? (voter.userId as number) : null, voterKey, ipHash },
        overrideAccess: true,
        depth: 0,
      })
      return { article, score, changed: false }
    },
    // Lost the race to another request of the same reader: theirs is the record, ours the latest score.
    duplicate: async (error) => {
      if (await changeRating(payload, voterKey, score)) return { article, score, changed: true }
      throw error
    },
  })
}

async function changeRating(payload: Payload, voterKey: string, score: RatingScore): Promise<boolean> {
  const { docs } = await payload.update({
    collection: 'article-ratings',
    where: { voterKey: { equals: voterKey } },
    data: { score },
    overrideAccess: true,
    depth: 0,
  })
  return docs.length > 0
}

export interface RatingSummary extends RatingFigures {
  /** Present when the editors show staff and public figures apart. */
  byAudience?: Record<Audience, RatingFigures>
}

/** The figures of an article: total, count and average, and per audience when asked. */
export async function ratingSummary(payload: Payload, articleId: number | string, { byAudience = false } = {}): Promise<RatingSummary> {
  const { staff, public: readers } = await ratingCounts(payload, articleId)
  const all = Object.fromEntries(RATING_SCORES.map((s) => [s, staff[s] + readers[s]])) as Record<RatingScore, number>
  const summary: RatingSummary = ratingFigures(all)
  if (byAudience) summary.byAudience = { staff: ratingFigures(staff), public: ratingFigures(readers) }
  return summary
}

/** The score this voter gave the article, if any. */
export async function ratingOf(payload: Payload, articleId: number | string, voter: Voter | null): Promise<RatingScore | null> {
  if (!voter) return null
  const { docs } = await payload.find({
    collection: 'article-ratings',
    where: { voterKey: { equals: voterKeyOf(articleId, voter) } },
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { score: true },
  })
  const score = docs[0]?.score
  return isRatingScore(score) ? score : null
}

/** Whether the editors asked for staff and public figures apart (Cấu hình tương tác). */
export async function ratingsByAudience(payload: Payload): Promise<boolean> {
  const settings = await payload.findGlobal({ slug: 'engagement-settings', depth: 0, overrideAccess: true }).catch(() => null)
  return Boolean(settings?.ratingsByAudience)
}
