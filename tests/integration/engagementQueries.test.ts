import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Poll } from '@portal/cms/payload-types'

import { makeArticle, reader, staffMember } from './helpers/engagement'
import { makeUser, startPortal, testDatabase, type TestPortal } from './helpers/payload'

let portal: TestPortal
let payload: Payload
let ratings: typeof import('@portal/cms/engagement')
let polls: typeof import('@portal/cms/engagement')
let tallies: typeof import('@portal/cms/engagement')

beforeAll(async () => {
  portal = await startPortal()
  payload = portal.payload
  ratings = polls = tallies = await import('@portal/cms/engagement')
})
afterAll(async () => portal?.close())

/**
 * How many times `fn` asks the database: SQL statements on SQLite (every one
 * goes through the libsql client), adapter operations elsewhere.
 */
async function queriesOf<T>(fn: () => Promise<T>): Promise<{ result: T; queries: number }> {
  let queries = 0
  const target = (testDatabase === 'sqlite' ? (payload.db as unknown as { client: object }).client : payload.db) as Record<string, unknown>
  const methods = testDatabase === 'sqlite' ? ['execute', 'batch'] : ['find', 'findOne', 'findGlobal', 'count', 'findDistinct', 'queryDrafts']
  const originals = methods.map((name) => [name, target[name]] as const)
  for (const [name, original] of originals) {
    if (typeof original !== 'function') continue
    target[name] = (...args: unknown[]) => {
      queries++
      return (original as (...a: unknown[]) => unknown).apply(target, args)
    }
  }
  try {
    return { result: await fn(), queries }
  } finally {
    for (const [name, original] of originals) target[name] = original
  }
}

describe('engagement reads ask the database a fixed, small number of times', () => {
  it('rating figures: one query whatever the number of ratings, and the same figures as counting row by row', async () => {
    const article = await makeArticle(payload)
    const staff = await makeUser(payload, 'staff')
    const scores = [5, 5, 4, 3, 1, 2, 5, 4]
    for (const [i, score] of scores.entries()) await ratings.rateArticle(payload, { articleId: article.id, score, voter: reader(`q${i}`), ip: null })
    await ratings.rateArticle(payload, { articleId: article.id, score: 2, voter: staffMember(staff.id), ip: null })
    // A change replaces a score: counted once, with its new score.
    await ratings.rateArticle(payload, { articleId: article.id, score: 4, voter: reader('q4'), ip: null })
    // Another article's ratings are not counted.
    const other = await makeArticle(payload)
    await ratings.rateArticle(payload, { articleId: other.id, score: 1, voter: reader('q0'), ip: null })

    const { result: summary, queries } = await queriesOf(() => ratings.ratingSummary(payload, article.id, { byAudience: true }))
    expect(queries).toBe(1)
    const publicScores = [5, 5, 4, 3, 4, 2, 5, 4]
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
    expect(summary.byAudience!.public).toEqual({ total: sum(publicScores), count: 8, average: Math.round((sum(publicScores) / 8) * 10) / 10 })
    expect(summary.byAudience!.staff).toEqual({ total: 2, count: 1, average: 2 })
    expect(summary).toMatchObject({ total: sum(publicScores) + 2, count: 9 })
    // The portable way (MongoDB's) gives the same counts.
    expect(await tallies.ratingCounts(payload, article.id, { portable: true })).toEqual(await tallies.ratingCounts(payload, article.id))
  })

  it("a rating view as the JSON endpoint builds it (article, settings, figures, the reader's score): 4 queries", async () => {
    const article = await makeArticle(payload)
    await ratings.rateArticle(payload, { articleId: article.id, score: 3, voter: reader('view'), ip: null })
    const { result, queries } = await queriesOf(async () => {
      const rated = await ratings.ratableArticle(payload, String(article.id))
      const split = await ratings.ratingsByAudience(payload)
      const [summary, mine] = await Promise.all([ratings.ratingSummary(payload, rated.id, { byAudience: split }), ratings.ratingOf(payload, rated.id, reader('view'))])
      return { summary, mine }
    })
    expect(result).toMatchObject({ summary: { total: 3, count: 1, average: 3 }, mine: 3 })
    expect(queries).toBe(4)
  })

  it('a poll tally: one query whatever the number of options, and the same counts as counting each option', async () => {
    const poll = await payload.create({
      collection: 'polls',
      data: {
        question: 'Phương án nào hữu ích?',
        options: [{ label: 'Một' }, { label: 'Hai' }, { label: 'Ba' }, { label: 'Bốn' }, { label: 'Năm' }, { label: 'Sáu' }],
        choice: 'multiple',
        showResults: 'afterVoting',
        _status: 'published',
      } as Omit<Poll, 'id' | 'createdAt' | 'updatedAt'>,
      overrideAccess: true,
    })
    const ids = (poll.options ?? []).map((o) => String(o.id))
    const ballots = [[ids[0]!], [ids[0]!, ids[2]!], [ids[2]!, ids[3]!, ids[5]!], [ids[0]!]]
    for (const [i, choices] of ballots.entries()) await polls.castVote(payload, { pollId: poll.id, choices, voter: reader(`p${i}`), ip: null })

    const { result: counts, queries } = await queriesOf(() => tallies.pollCounts(payload, poll.id))
    expect(queries).toBe(1)
    expect(counts.voters).toBe(4)
    expect(Object.fromEntries(counts.perOption)).toEqual({ [ids[0]!]: 3, [ids[2]!]: 2, [ids[3]!]: 1, [ids[5]!]: 1 })
    expect(await tallies.pollCounts(payload, poll.id, { portable: true })).toEqual(counts)
    for (const id of ids) {
      const { totalDocs } = await payload.count({ collection: 'poll-votes', where: { and: [{ poll: { equals: poll.id } }, { choices: { in: [id] } }] }, overrideAccess: true })
      expect(counts.perOption.get(id) ?? 0, `option ${id}`).toBe(totalDocs)
    }

    // The whole state a voter sees: the poll, their ballot, the results.
    const { result: state, queries: stateQueries } = await queriesOf(() => polls.pollState(payload, String(poll.id), reader('p1')))
    expect(stateQueries).toBe(3)
    expect(state.myChoices).toEqual([ids[0], ids[2]])
    expect(state.results!.voters).toBe(4)
    expect(state.results!.options.map((o) => o.votes)).toEqual([3, 0, 2, 1, 0, 1])
  })
})
