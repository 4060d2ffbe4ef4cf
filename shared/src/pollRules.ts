/**
 * The rules of a poll (thăm dò ý kiến) that need no database: whether it is
 * open, whether a reader may see its results, what a valid ballot is, and the
 * result table. The CMS enforces them; the site and the tests share them.
 */
export type PollPhase = 'upcoming' | 'open' | 'closed'
export type PollChoice = 'single' | 'multiple'
export type ResultsVisibility = 'afterVoting' | 'afterClosing'

export interface PollWindow {
  opensAt?: string | Date | null
  closesAt?: string | Date | null
}

const time = (value: string | Date | null | undefined) => (value ? new Date(value).getTime() : null)

/** Before its opening time a poll is upcoming; from its closing time on it is closed. */
export function pollPhase(window: PollWindow, now: Date = new Date()): PollPhase {
  const opens = time(window.opensAt)
  const closes = time(window.closesAt)
  if (opens !== null && now.getTime() < opens) return 'upcoming'
  if (closes !== null && now.getTime() >= closes) return 'closed'
  return 'open'
}

/** "After voting": those who voted, and everyone once it closes. "After closing": everyone, once it closes. */
export function resultsVisible(showResults: ResultsVisibility | null | undefined, phase: PollPhase, hasVoted: boolean): boolean {
  if (phase === 'closed') return true
  return (showResults ?? 'afterVoting') === 'afterVoting' && hasVoted
}

export type BallotProblem = 'empty' | 'tooMany' | 'unknownOption' | 'duplicate'

/** Why a set of chosen option ids is not a valid ballot for this poll, or null when it is. */
export function ballotProblem(choices: readonly string[], optionIds: readonly string[], choice: PollChoice): BallotProblem | null {
  if (choices.length === 0) return 'empty'
  if (new Set(choices).size !== choices.length) return 'duplicate'
  if (choices.some((id) => !optionIds.includes(id))) return 'unknownOption'
  if (choice === 'single' && choices.length > 1) return 'tooMany'
  return null
}

export interface OptionResult {
  id: string
  label: string
  votes: number
  /** Share of the voters who chose it, 0–100, one decimal. With multiple choice the shares add up to more than 100. */
  percent: number
}

/** The result table from the vote count of each option and the number of voters. */
export function pollResultTable(options: ReadonlyArray<{ id: string; label: string }>, votesByOption: ReadonlyMap<string, number>, voters: number): OptionResult[] {
  return options.map(({ id, label }) => {
    const votes = votesByOption.get(id) ?? 0
    return { id, label, votes, percent: voters > 0 ? Math.round((votes / voters) * 1000) / 10 : 0 }
  })
}
