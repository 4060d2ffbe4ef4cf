/**
 * The counts behind rating figures and poll results, each in one database
 * query. Counting every (audience, score) or every option apart took one
 * query per cell (10 for an article, one per option for a poll).
 *
 * On SQLite one GROUP BY answers from the (article, audience, score) index;
 * the SQL names the tables and columns of the committed migrations. Other
 * adapters (MongoDB) read the rows' few fields in one find and count here:
 * exact too, and what the integration suite checks against the SQL.
 */
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { isRatingScore, type RatingScore } from '@portal/shared'

import type { Audience } from '../fields/voter'

export type ScoreCounts = Record<RatingScore, number>

const noScores = (): ScoreCounts => ({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 })

interface SqlDatabase {
  drizzle: { all: <T>(query: ReturnType<typeof sql>) => Promise<T[]> }
}

/** The SQL door of the SQLite adapter, or null on another database. */
function sqlite(payload: Payload): SqlDatabase | null {
  return payload.db.name === 'sqlite' ? (payload.db as unknown as SqlDatabase) : null
}

export interface TallyOptions {
  /** Count in JavaScript from one find even on SQLite (tests compare both ways). */
  portable?: boolean
}

/** Ratings of an article per audience and score. */
export async function ratingCounts(payload: Payload, articleId: number | string, { portable = false }: TallyOptions = {}): Promise<Record<Audience, ScoreCounts>> {
  const counts: Record<Audience, ScoreCounts> = { staff: noScores(), public: noScores() }
  const add = (audience: unknown, score: unknown, n: number) => {
    if ((audience === 'staff' || audience === 'public') && isRatingScore(score)) counts[audience][score] += n
  }
  const db = portable ? null : sqlite(payload)
  if (db) {
    const rows = await db.drizzle.all<{ audience: string; score: number; n: number }>(
      sql`SELECT audience, score, COUNT(*) AS n FROM article_ratings WHERE article_id = ${articleId} GROUP BY audience, score`,
    )
    for (const row of rows) add(row.audience, Number(row.score), Number(row.n))
    return counts
  }
  const { docs } = await payload.find({
    collection: 'article-ratings',
    where: { article: { equals: articleId } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { audience: true, score: true },
  })
  for (const doc of docs) add(doc.audience, doc.score, 1)
  return counts
}

export interface PollCounts {
  voters: number
  /** Ballots naming each option id (a multiple-choice ballot counts once for each option it names). */
  perOption: Map<string, number>
}

/** Number of ballots of a poll and of ballots naming each option. */
export async function pollCounts(payload: Payload, pollId: number | string, { portable = false }: TallyOptions = {}): Promise<PollCounts> {
  const perOption = new Map<string, number>()
  const db = portable ? null : sqlite(payload)
  if (db) {
    // One statement: the per-option rows, then one row with the number of ballots.
    const rows = await db.drizzle.all<{ kind: string; option: string | null; n: number }>(sql`
      SELECT 'option' AS kind, t.text AS option, COUNT(DISTINCT t.parent_id) AS n
        FROM poll_votes_texts t JOIN poll_votes v ON v.id = t.parent_id
        WHERE v.poll_id = ${pollId} AND t.path = 'choices'
        GROUP BY t.text
      UNION ALL
      SELECT 'voters', NULL, COUNT(*) FROM poll_votes WHERE poll_id = ${pollId}`)
    let voters = 0
    for (const row of rows) {
      if (row.kind === 'voters') voters = Number(row.n)
      else if (row.option !== null) perOption.set(row.option, Number(row.n))
    }
    return { voters, perOption }
  }
  const { docs } = await payload.find({
    collection: 'poll-votes',
    where: { poll: { equals: pollId } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { choices: true },
  })
  for (const doc of docs) {
    // A ballot names an option once (ballotProblem refuses duplicates); a Set guards old data all the same.
    for (const option of new Set((doc.choices ?? []).map(String))) perOption.set(option, (perOption.get(option) ?? 0) + 1)
  }
  return { voters: docs.length, perOption }
}
