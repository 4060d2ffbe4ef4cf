import { ballotProblem, formatDateTime, pollPhase, pollResultTable, resultsVisible, type OptionResult, type PollChoice, type PollPhase, type ResultsVisibility } from '@portal/shared'
import type { Payload, Where } from 'payload'

import type { Poll } from '../payload-types'
import { EngagementError } from './errors'
import { parseId } from './ids'
import { pollCounts } from './tallies'
import { limits } from './limits'
import { hashIp } from './secrets'
import { createFirstRecord } from './firstRecord'
import { voterKeyOf, type Voter } from './voter'

/** What a reader may know of a poll: no counts, no votes. */
export interface PublicPoll {
  id: number | string
  question: string
  /** The editors' note shown with the question (e.g. that they wrote the answers). */
  note: string | null
  options: Array<{ id: string; label: string }>
  choice: PollChoice
  staffOnly: boolean
  showResults: ResultsVisibility
  opensAt: string | null
  closesAt: string | null
  phase: PollPhase
}

export interface PollState {
  poll: PublicPoll
  /** The options this voter chose, or null when they have not voted (or are not identified). */
  myChoices: string[] | null
  /** The results, when the editor's rule lets this reader see them now. */
  results: { voters: number; options: OptionResult[] } | null
  /** Why this reader cannot vote now, in Vietnamese; null when they can. */
  closedReason: string | null
}

function publicPoll(poll: Poll, now: Date): PublicPoll {
  return {
    id: poll.id,
    question: poll.question,
    note: poll.note ?? null,
    options: (poll.options ?? []).filter((o) => o.id).map((o) => ({ id: String(o.id), label: o.label })),
    choice: poll.choice === 'multiple' ? 'multiple' : 'single',
    staffOnly: Boolean(poll.staffOnly),
    showResults: poll.showResults === 'afterClosing' ? 'afterClosing' : 'afterVoting',
    opensAt: poll.opensAt ?? null,
    closesAt: poll.closesAt ?? null,
    phase: pollPhase(poll, now),
  }
}

/** Polls have drafts: readers see published ones only (the main document of a published poll is its published version). */
const PUBLISHED: Where = { _status: { equals: 'published' } }

/** A poll by id, or 404. Upcoming polls exist for the rules but are not shown. */
async function pollById(payload: Payload, rawId: unknown): Promise<Poll> {
  const id = parseId(payload, rawId)
  const poll = id === null ? null : await payload.findByID({ collection: 'polls', id, depth: 0, overrideAccess: true, disableErrors: true })
  if (!poll || poll._status !== 'published') throw new EngagementError(404, 'poll-not-found', 'Không tìm thấy cuộc thăm dò.')
  return poll
}

/** The reason a voter cannot vote in this poll now, or null. */
function closedReasonFor(poll: PublicPoll, voter: Voter | null): string | null {
  if (poll.phase === 'upcoming') return `Cuộc thăm dò chưa bắt đầu; mời bạn quay lại từ ${formatDateTime(poll.opensAt!)}.`
  if (poll.phase === 'closed') return `Cuộc thăm dò đã kết thúc${poll.closesAt ? ` lúc ${formatDateTime(poll.closesAt)}` : ''}.`
  if (poll.staffOnly && voter?.audience !== 'staff') return 'Cuộc thăm dò chỉ dành cho cán bộ, công chức: vui lòng đăng nhập để bình chọn.'
  return null
}

const STATUS_OF_REASON = (poll: PublicPoll) => (poll.phase === 'open' ? 401 : 409)

/** Number of voters and of votes per option, each an exact count, in one query. */
async function tally(payload: Payload, poll: PublicPoll) {
  const { voters, perOption } = await pollCounts(payload, poll.id)
  return { voters, options: pollResultTable(poll.options, perOption, voters) }
}

async function choicesOf(payload: Payload, poll: PublicPoll, voter: Voter | null): Promise<string[] | null> {
  if (!voter) return null
  const { docs } = await payload.find({
    collection: 'poll-votes',
    where: { voterKey: { equals: voterKeyOf(poll.id, voter) } },
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { choices: true },
  })
  return docs[0] ? (docs[0].choices ?? []).map(String) : null
}

async function stateOf(payload: Payload, poll: Poll, voter: Voter | null, now: Date): Promise<PollState> {
  const view = publicPoll(poll, now)
  const myChoices = await choicesOf(payload, view, voter)
  const visible = resultsVisible(view.showResults, view.phase, myChoices !== null)
  return { poll: view, myChoices, results: visible ? await tally(payload, view) : null, closedReason: closedReasonFor(view, voter) }
}

/** A poll as this voter sees it now. Upcoming polls are not found: they are not public yet. */
export async function pollState(payload: Payload, rawId: unknown, voter: Voter | null, now: Date = new Date()): Promise<PollState> {
  const poll = await pollById(payload, rawId)
  if (pollPhase(poll, now) === 'upcoming') throw new EngagementError(404, 'poll-not-found', 'Không tìm thấy cuộc thăm dò.')
  return stateOf(payload, poll, voter, now)
}

/** The poll the sidebar shows: the newest open one marked for it, else the newest marked one that has closed. */
export async function sidebarPoll(payload: Payload, voter: Voter | null, now: Date = new Date()): Promise<PollState | null> {
  const { docs } = await payload.find({
    collection: 'polls',
    where: { and: [PUBLISHED, { showInSidebar: { equals: true } }, { or: [{ opensAt: { exists: false } }, { opensAt: { less_than_equal: now.toISOString() } }] }] },
    sort: '-createdAt',
    limit: 10,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const chosen = docs.find((p) => pollPhase(p, now) === 'open') ?? docs.find((p) => pollPhase(p, now) === 'closed')
  return chosen ? stateOf(payload, chosen, voter, now) : null
}

/** Polls readers can look at (open or closed), newest first. */
export async function listPolls(payload: Payload, now: Date = new Date()): Promise<PublicPoll[]> {
  const { docs } = await payload.find({
    collection: 'polls',
    where: { and: [PUBLISHED, { or: [{ opensAt: { exists: false } }, { opensAt: { less_than_equal: now.toISOString() } }] }] },
    sort: '-createdAt',
    limit: 50,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs.map((p) => publicPoll(p, now))
}

export interface VoteRequest {
  pollId: unknown
  choices: string[]
  voter: Voter
  /** The sender's IP address: only its keyed hash is stored. */
  ip: string | null
  now?: Date
}

const BALLOT_MESSAGES = {
  empty: 'Vui lòng chọn một phương án trước khi bình chọn.',
  tooMany: 'Cuộc thăm dò này chỉ được chọn một phương án.',
  unknownOption: 'Phương án đã chọn không có trong cuộc thăm dò này.',
  duplicate: 'Mỗi phương án chỉ được chọn một lần.',
} as const

/**
 * Casts a ballot. Refused before the opening and after the closing time, for
 * readers who are not signed in when the poll is for staff only, and for a
 * second ballot of the same voter: the unique index on voterKey refuses it,
 * however many arrive at once. A ballot is final.
 */
export async function castVote(payload: Payload, { pollId, choices, voter, ip, now = new Date() }: VoteRequest): Promise<PollState> {
  const ipHash = ip ? hashIp(payload.secret, ip) : null
  const poll = await pollById(payload, pollId)
  const view = publicPoll(poll, now)
  const reason = closedReasonFor(view, voter)
  if (reason) throw new EngagementError(STATUS_OF_REASON(view), view.phase === 'open' ? 'staff-only' : `poll-${view.phase}`, reason)
  const problem = ballotProblem(choices, view.options.map((o) => o.id), view.choice)
  if (problem) throw new EngagementError(400, `ballot-${problem}`, BALLOT_MESSAGES[problem])

  const voterKey = voterKeyOf(view.id, voter)
  const already = () => new EngagementError(409, 'already-voted', 'Bạn đã tham gia cuộc thăm dò này. Mỗi người chỉ bình chọn một lần.')
  if ((await choicesOf(payload, view, voter)) !== null) throw already()
  await createFirstRecord(payload, {
    voter,
    ipHash,
    scope: `poll|${view.id}`,
    limit: limits.votesPerIpPerPollDay(),
    limitCode: 'poll-ip-limit',
    limitMessage: 'Địa chỉ mạng của bạn đã gửi quá nhiều phiếu cho cuộc thăm dò này hôm nay.',
    now,
    create: () =>
      payload.create({
        collection: 'poll-votes',
        // Ids are numbers on SQLite and strings on MongoDB; the generated types know only the first.
        data: { poll: view.id as number, choices, audience: voter.audience, user: voter.audience === 'staff' ? (voter.userId as number) : null, voterKey, ipHash },
        overrideAccess: true,
        depth: 0,
      }),
    // A twin of this ballot got in first: a ballot is final.
    duplicate: async () => {
      throw already()
    },
  })
  return stateOf(payload, poll, voter, now)
}
