/**
 * Article rating figures (Đánh giá bài viết) from the number of ratings of
 * each score: the portal rules' sentence "Tổng số điểm của bài viết là: X
 * trong Y đánh giá" and the average. Counting by score keeps the database
 * work to counts, which both adapters answer exactly.
 */
import { formatNumber } from './format'

export const RATING_SCORES = [1, 2, 3, 4, 5] as const
export type RatingScore = (typeof RATING_SCORES)[number]

export const isRatingScore = (value: unknown): value is RatingScore => typeof value === 'number' && (RATING_SCORES as readonly number[]).includes(value)

export interface RatingFigures {
  /** Sum of all scores. */
  total: number
  /** Number of ratings. */
  count: number
  /** Mean score rounded to one decimal, 0 when there is none. */
  average: number
}

/** Figures from counts indexed by score (counts[1] = number of one-star ratings...). */
export function ratingFigures(countsByScore: Partial<Record<RatingScore, number>>): RatingFigures {
  let total = 0
  let count = 0
  for (const score of RATING_SCORES) {
    const n = countsByScore[score] ?? 0
    total += score * n
    count += n
  }
  return { total, count, average: count > 0 ? Math.round((total / count) * 10) / 10 : 0 }
}

/** "Tổng số điểm của bài viết là: 23 trong 5 đánh giá" */
export function ratingSentence({ total, count }: RatingFigures): string {
  return `Tổng số điểm của bài viết là: ${formatNumber(total)} trong ${formatNumber(count)} đánh giá`
}

/** "Điểm trung bình: 4,6/5", or a plain line when nobody has rated yet. */
export function averageSentence({ average, count }: RatingFigures): string {
  return count > 0 ? `Điểm trung bình: ${formatNumber(average)}/5` : 'Chưa có đánh giá nào.'
}
