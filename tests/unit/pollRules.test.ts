import { describe, expect, it } from 'vitest'

import { ballotProblem, pollPhase, pollResultTable, resultsVisible } from '@portal/shared'

describe('poll windows', () => {
  const window = { opensAt: '2026-01-01T00:00:00Z', closesAt: '2026-02-01T00:00:00Z' }
  it.each([
    ['2025-12-31T23:59:59Z', 'upcoming'],
    ['2026-01-01T00:00:00Z', 'open'],
    ['2026-01-31T23:59:59Z', 'open'],
    ['2026-02-01T00:00:00Z', 'closed'],
  ])('at %s the poll is %s', (now, phase) => {
    expect(pollPhase(window, new Date(now))).toBe(phase)
  })
  it('without dates a poll is open', () => {
    expect(pollPhase({}, new Date())).toBe('open')
    expect(pollPhase({ opensAt: null, closesAt: null })).toBe('open')
  })
})

describe('who sees results', () => {
  it('"after voting": voters while open, everyone once closed', () => {
    expect(resultsVisible('afterVoting', 'open', false)).toBe(false)
    expect(resultsVisible('afterVoting', 'open', true)).toBe(true)
    expect(resultsVisible('afterVoting', 'closed', false)).toBe(true)
  })
  it('"after closing": nobody while open, everyone once closed', () => {
    expect(resultsVisible('afterClosing', 'open', true)).toBe(false)
    expect(resultsVisible('afterClosing', 'closed', false)).toBe(true)
  })
})

describe('ballots', () => {
  const ids = ['a', 'b', 'c']
  it('a single-choice ballot has exactly one known option', () => {
    expect(ballotProblem(['a'], ids, 'single')).toBeNull()
    expect(ballotProblem([], ids, 'single')).toBe('empty')
    expect(ballotProblem(['a', 'b'], ids, 'single')).toBe('tooMany')
    expect(ballotProblem(['z'], ids, 'single')).toBe('unknownOption')
  })
  it('a multiple-choice ballot has distinct known options', () => {
    expect(ballotProblem(['a', 'c'], ids, 'multiple')).toBeNull()
    expect(ballotProblem(['a', 'a'], ids, 'multiple')).toBe('duplicate')
    expect(ballotProblem(['a', 'z'], ids, 'multiple')).toBe('unknownOption')
  })
  it('results are shares of the voters, one decimal', () => {
    const table = pollResultTable(
      [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
      new Map([['a', 2]]),
      3,
    )
    expect(table).toEqual([
      { id: 'a', label: 'A', votes: 2, percent: 66.7 },
      { id: 'b', label: 'B', votes: 0, percent: 0 },
    ])
    expect(pollResultTable([{ id: 'a', label: 'A' }], new Map(), 0)[0]!.percent).toBe(0)
  })
})
