import type { Payload } from 'payload'

import type { Poll } from '@portal/cms/payload-types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resetEnv } from '@portal/cms/env/index'

import { reader, settle, staffMember } from './helpers/engagement'
import { expectDenied, isVietnamese, rejection } from './helpers/errors'
import { makeUser, startPortal, type TestPortal } from './helpers/payload'

let portal: TestPortal
let payload: Payload
let polls: typeof import('@portal/cms/engagement')

beforeAll(async () => {
  portal = await startPortal()
  payload = portal.payload
  polls = await import('@portal/cms/engagement')
})
afterAll(async () => portal?.close())

const HOUR = 60 * 60 * 1000

async function makePoll(data: Record<string, unknown> = {}) {
  const poll = await payload.create({
    collection: 'polls',
    data: {
      question: 'Bạn thấy chuyên mục Thi đua – Khen thưởng thế nào?',
      options: [{ label: 'Rất hữu ích' }, { label: 'Hữu ích' }, { label: 'Bình thường' }, { label: 'Chưa hữu ích' }],
      choice: 'single',
      showResults: 'afterVoting',
      _status: 'published',
      ...data,
    } as Omit<Poll, 'id' | 'createdAt' | 'updatedAt'>,
    overrideAccess: true,
  })
  return { poll, optionIds: (poll.options ?? []).map((o) => String(o.id)) }
}

const votesOf = async (pollId: number | string) =>
  (await payload.count({ collection: 'poll-votes', where: { poll: { equals: pollId } }, overrideAccess: true })).totalDocs

async function refused(promise: Promise<unknown>, status: number) {
  const error = (await rejection(promise)) as { status?: number; message: string }
  expect(error.status, error.message).toBe(status)
  expect(isVietnamese(error.message), error.message).toBe(true)
  return error.message
}

describe('polls: one ballot per voter', () => {
  it('20 concurrent ballots by the same reader: exactly one is stored, the others are told they already voted', async () => {
    const { poll, optionIds } = await makePoll()
    const { fulfilled, rejected } = await settle(
      Array.from({ length: 20 }, (_, i) => polls.castVote(payload, { pollId: poll.id, choices: [optionIds[i % 4]!], voter: reader('racer'), ip: null })),
    )
    expect(fulfilled).toHaveLength(1)
    expect(rejected).toHaveLength(19)
    expect(new Set(rejected.map((e) => e.status))).toEqual(new Set([409]))
    expect(rejected.every((e) => isVietnamese(e.message))).toBe(true)
    expect(await votesOf(poll.id)).toBe(1)
    expect(fulfilled[0]!.results?.voters).toBe(1)
  })

  it('racing duplicates of one ballot use up one unit of the per-IP allowance, not twenty', async () => {
    const { poll, optionIds } = await makePoll()
    await settle(Array.from({ length: 20 }, () => polls.castVote(payload, { pollId: poll.id, choices: [optionIds[0]!], voter: reader('twin'), ip: '203.0.113.78' })))
    expect(await votesOf(poll.id)).toBe(1)
    const { docs } = await payload.find({ collection: 'rate-limits', where: { key: { like: `poll|${poll.id}|` } }, overrideAccess: true })
    expect(docs).toHaveLength(1)
    expect(docs[0]!.count).toBe(1)
  })

  it('counts the results per option, shows them after voting, and remembers the ballot', async () => {
    const { poll, optionIds } = await makePoll()
    const [a, b] = optionIds as [string, string]
    const before = await polls.pollState(payload, poll.id, reader('v1'))
    expect(before.results).toBeNull()
    expect(before.myChoices).toBeNull()
    await polls.castVote(payload, { pollId: poll.id, choices: [a], voter: reader('v1'), ip: null })
    await polls.castVote(payload, { pollId: poll.id, choices: [a], voter: reader('v2'), ip: null })
    const state = await polls.castVote(payload, { pollId: poll.id, choices: [b], voter: reader('v3'), ip: null })
    expect(state.myChoices).toEqual([b])
    expect(state.results?.voters).toBe(3)
    expect(state.results?.options.map((o) => [o.label, o.votes, o.percent])).toEqual([
      ['Rất hữu ích', 2, 66.7],
      ['Hữu ích', 1, 33.3],
      ['Bình thường', 0, 0],
      ['Chưa hữu ích', 0, 0],
    ])
    // Someone who has not voted does not see them yet.
    expect((await polls.pollState(payload, poll.id, reader('v4'))).results).toBeNull()
    expect((await polls.pollState(payload, poll.id, null)).results).toBeNull()
    expect((await polls.pollState(payload, poll.id, reader('v1'))).myChoices).toEqual([a])
  })

  it('a multiple-choice ballot is one record holding every option chosen', async () => {
    const { poll, optionIds } = await makePoll({ choice: 'multiple' })
    const [a, b, c] = optionIds as [string, string, string]
    const state = await polls.castVote(payload, { pollId: poll.id, choices: [a, c], voter: reader('multi'), ip: null })
    await polls.castVote(payload, { pollId: poll.id, choices: [c], voter: reader('multi2'), ip: null })
    expect(await votesOf(poll.id)).toBe(2)
    const after = await polls.pollState(payload, poll.id, reader('multi'))
    expect(after.myChoices?.sort()).toEqual([a, c].sort())
    expect(after.results?.voters).toBe(2)
    expect(after.results?.options.map((o) => o.votes)).toEqual([1, 0, 2, 0])
    expect(state.results?.options.find((o) => o.id === b)?.votes).toBe(0)
  })

  it('refuses bad ballots with Vietnamese 400s and stores nothing', async () => {
    const { poll, optionIds } = await makePoll()
    const { poll: other, optionIds: otherIds } = await makePoll()
    const ballots: string[][] = [[], [optionIds[0]!, optionIds[1]!], ['khong-co'], [otherIds[0]!], [optionIds[0]!, optionIds[0]!]]
    for (const choices of ballots) await refused(polls.castVote(payload, { pollId: poll.id, choices, voter: reader('bad'), ip: null }), 400)
    expect(await votesOf(poll.id)).toBe(0)
    expect(await votesOf(other.id)).toBe(0)
    for (const pollId of ['abc', 999_999, null, '1e3']) await refused(polls.castVote(payload, { pollId, choices: [optionIds[0]!], voter: reader('bad'), ip: null }), 404)
  })
})

describe('polls: windows and staff-only', () => {
  it('refuses a ballot before the poll opens, and does not show the poll yet', async () => {
    const now = new Date()
    const { poll, optionIds } = await makePoll({ opensAt: new Date(now.getTime() + HOUR).toISOString() })
    const message = await refused(polls.castVote(payload, { pollId: poll.id, choices: [optionIds[0]!], voter: reader('early'), ip: null, now }), 409)
    expect(message).toContain('chưa bắt đầu')
    await refused(polls.pollState(payload, poll.id, reader('early'), now), 404)
    // At the opening time it opens.
    await expect(polls.castVote(payload, { pollId: poll.id, choices: [optionIds[0]!], voter: reader('early'), ip: null, now: new Date(now.getTime() + HOUR) })).resolves.toBeTruthy()
  })

  it('refuses a ballot after the poll closes, and then shows results to everyone', async () => {
    const closesAt = new Date('2026-01-31T10:00:00Z')
    const { poll, optionIds } = await makePoll({ opensAt: '2026-01-01T00:00:00Z', closesAt: closesAt.toISOString(), showResults: 'afterClosing' })
    const during = new Date('2026-01-15T00:00:00Z')
    const state = await polls.castVote(payload, { pollId: poll.id, choices: [optionIds[1]!], voter: reader('in-time'), ip: null, now: during })
    expect(state.results, '"after closing": not even voters see results while open').toBeNull()
    const message = await refused(polls.castVote(payload, { pollId: poll.id, choices: [optionIds[0]!], voter: reader('late'), ip: null, now: closesAt }), 409)
    expect(message).toContain('đã kết thúc')
    const after = await polls.pollState(payload, poll.id, null, closesAt)
    expect(after.poll.phase).toBe('closed')
    expect(after.results?.voters).toBe(1)
    expect(after.closedReason).toContain('đã kết thúc')
  })

  it('a staff-only poll refuses anonymous readers and accepts one ballot per staff account', async () => {
    const { poll, optionIds } = await makePoll({ staffOnly: true })
    const message = await refused(polls.castVote(payload, { pollId: poll.id, choices: [optionIds[0]!], voter: reader('outsider'), ip: null }), 401)
    expect(message).toContain('đăng nhập')
    const staff = await makeUser(payload, 'staff')
    await polls.castVote(payload, { pollId: poll.id, choices: [optionIds[0]!], voter: staffMember(staff.id), ip: null })
    await refused(polls.castVote(payload, { pollId: poll.id, choices: [optionIds[1]!], voter: staffMember(staff.id), ip: null }), 409)
    const votes = await payload.find({ collection: 'poll-votes', where: { poll: { equals: poll.id } }, overrideAccess: true, depth: 0 })
    expect(votes.docs.map((v) => [v.audience, v.user, v.voterKey])).toEqual([['staff', staff.id, `${poll.id}|staff:${staff.id}`]])
  })

  it('the sidebar shows the newest open poll marked for it, else the newest closed one', async () => {
    const now = new Date('2030-06-01T00:00:00Z')
    await payload.delete({ collection: 'polls', where: { id: { exists: true } }, overrideAccess: true })
    expect(await polls.sidebarPoll(payload, null, now)).toBeNull()
    const { poll: closed } = await makePoll({ question: 'Đã đóng', closesAt: '2030-05-01T00:00:00Z' })
    expect((await polls.sidebarPoll(payload, null, now))?.poll.id).toBe(closed.id)
    const { poll: open } = await makePoll({ question: 'Đang mở' })
    await makePoll({ question: 'Không hiển thị', showInSidebar: false })
    await makePoll({ question: 'Sắp mở', opensAt: '2030-07-01T00:00:00Z' })
    expect((await polls.sidebarPoll(payload, null, now))?.poll.id).toBe(open.id)
  })

  it('limits new anonymous ballots per IP address, poll and day', async () => {
    process.env.POLL_IP_DAILY_LIMIT = '2'
    resetEnv()
    try {
      const { poll, optionIds } = await makePoll()
      for (const n of [1, 2]) await polls.castVote(payload, { pollId: poll.id, choices: [optionIds[0]!], voter: reader(`office-${n}`), ip: '198.51.100.10' })
      await refused(polls.castVote(payload, { pollId: poll.id, choices: [optionIds[0]!], voter: reader('office-3'), ip: '198.51.100.10' }), 429)
      expect(await votesOf(poll.id)).toBe(2)
    } finally {
      delete process.env.POLL_IP_DAILY_LIMIT
      resetEnv()
    }
  })

  it('votes are not readable through the API by readers; polls are managed by editors', async () => {
    const { poll } = await makePoll()
    const staff = await makeUser(payload, 'staff')
    const author = await makeUser(payload, 'author')
    const editor = await makeUser(payload, 'editor')
    for (const user of [undefined, staff, author]) await expectDenied(payload.find({ collection: 'poll-votes', overrideAccess: false, user }), 'read votes')
    for (const user of [undefined, staff]) await expectDenied(payload.find({ collection: 'polls', overrideAccess: false, user }), 'read polls')
    await expectDenied(payload.create({ collection: 'polls', data: { question: 'x', options: [{ label: 'a' }, { label: 'b' }], choice: 'single', showResults: 'afterVoting' }, overrideAccess: false, user: author }), 'author creates poll')
    await expect(payload.update({ collection: 'polls', id: poll.id, data: { question: 'Câu hỏi đã sửa' }, overrideAccess: false, user: editor })).resolves.toMatchObject({ question: 'Câu hỏi đã sửa' })
  })

  it('deleting a poll deletes its ballots with it', async () => {
    const { poll, optionIds } = await makePoll()
    await polls.castVote(payload, { pollId: poll.id, choices: [optionIds[0]!], voter: reader('gone'), ip: null })
    await payload.delete({ collection: 'polls', id: poll.id, overrideAccess: true })
    expect(await votesOf(poll.id)).toBe(0)
  })

  it('the seed adds the satisfaction poll once, open, for everyone, in the sidebar', async () => {
    const { SATISFACTION_QUESTION, seedPoll } = await import('@portal/seed/content/poll')
    const { SeedReport } = await import('@portal/seed/ensure')
    const first = new SeedReport()
    await seedPoll(payload, first)
    const second = new SeedReport()
    await seedPoll(payload, second)
    expect([first.total, second.total]).toEqual([1, 0])
    const { docs } = await payload.find({ collection: 'polls', where: { question: { equals: SATISFACTION_QUESTION } }, overrideAccess: true })
    expect(docs).toHaveLength(1)
    expect(docs[0]!.options.map((o) => o.label)).toEqual(['Rất hữu ích', 'Hữu ích', 'Bình thường', 'Chưa hữu ích'])
    expect(docs[0]).toMatchObject({ choice: 'single', staffOnly: false, showInSidebar: true, showResults: 'afterVoting' })
    await expect(polls.castVote(payload, { pollId: docs[0]!.id, choices: [String(docs[0]!.options[0]!.id)], voter: reader('seeded'), ip: null })).resolves.toBeTruthy()
  })

  it('refuses a closing time before the opening time, in Vietnamese', async () => {
    const error = await rejection(makePoll({ opensAt: '2026-02-01T00:00:00Z', closesAt: '2026-01-01T00:00:00Z' }))
    expect(JSON.stringify(error.data)).toContain('Thời điểm kết thúc phải sau thời điểm bắt đầu')
  })
})
