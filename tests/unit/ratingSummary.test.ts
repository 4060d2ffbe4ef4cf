import { describe, expect, it } from 'vitest'

import { averageSentence, isRatingScore, ratingFigures, ratingSentence } from '@portal/shared'

describe('rating figures', () => {
  it('total, count and average from the counts per score', () => {
    const figures = ratingFigures({ 5: 3, 4: 1, 1: 1 })
    expect(figures).toEqual({ total: 20, count: 5, average: 4 })
    expect(ratingSentence(figures)).toBe('Tổng số điểm của bài viết là: 20 trong 5 đánh giá')
    expect(averageSentence(figures)).toBe('Điểm trung bình: 4/5')
  })
  it('rounds the average to one decimal, written the Vietnamese way', () => {
    expect(ratingFigures({ 5: 1, 4: 1 }).average).toBe(4.5)
    expect(averageSentence(ratingFigures({ 5: 2, 4: 1 }))).toBe('Điểm trung bình: 4,7/5')
    expect(ratingSentence(ratingFigures({ 5: 300 }))).toBe('Tổng số điểm của bài viết là: 1.500 trong 300 đánh giá')
  })
  it('says so when nobody has rated', () => {
    expect(ratingFigures({})).toEqual({ total: 0, count: 0, average: 0 })
    expect(averageSentence(ratingFigures({}))).toBe('Chưa có đánh giá nào.')
  })
  it.each([1, 2, 3, 4, 5])('%s is a score', (n) => expect(isRatingScore(n)).toBe(true))
  it.each([0, 6, 2.5, '3', null, Number.NaN])('%s is not', (n) => expect(isRatingScore(n)).toBe(false))
})
