/**
 * The site's door to ratings, polls and feedback, as content.ts is to
 * content. Pages and endpoints call these; the rules themselves (one vote per
 * voter, windows, limits, codes, retention) live in cms/src/engagement and are
 * tested there against real databases.
 */
import type { FeedbackInput } from '@portal/shared'
import { averageSentence, ratingSentence, type RatingFigures } from '@portal/shared'

import { mailConfigured } from '@portal/cms/email'
import { commentByCode, type CommentStatusView } from '@portal/cms/consultations'
import { castVote, checkFormTimestamp, feedbackByCode, type FeedbackStatusView, limits, lookupAllowed, listPolls, pollState, type PollState, publishedAnswers, purgeNowAndThen, ratableArticle, rateArticle, ratingOf, ratingsByAudience, ratingSummary, sidebarPoll, signFormTimestamp, signInAttemptAllowed, spendFormTimestamp, submitFeedback, type UploadedFile, type Voter } from '@portal/cms/engagement'

import { payload } from '../content'
import { cachedRead } from '../readCache'

export type { PollState, Voter }
export { CONSENT_FIELD, CONSENT_REQUIRED_MESSAGE, PRIVACY_NOTICE_PATH, consentErrors, consentGiven } from '@portal/cms/engagement'
export type { Refusal } from '../http/refusal'

// ---- Ratings --------------------------------------------------------------------

export interface FiguresView extends RatingFigures {
  sentence: string
  averageText: string
}

const view = (figures: RatingFigures): FiguresView => ({ ...figures, sentence: ratingSentence(figures), averageText: averageSentence(figures) })

export interface RatingView extends FiguresView {
  articleId: number | string
  byAudience: { staff: FiguresView; public: FiguresView } | null
  /** This voter's score, when known. */
  mine: number | null
}

/** The figures of an article (and this voter's score): what the rating widget shows. */
export async function ratingView(articleId: number | string, voter: Voter | null): Promise<RatingView> {
  const p = await payload()
  // An editors' setting: read like other content, at most once per CONTENT_CACHE_MS.
  const split = await cachedRead('engagement:ratings-by-audience', () => ratingsByAudience(p))
  const [summary, mine] = await Promise.all([ratingSummary(p, articleId, { byAudience: split }), ratingOf(p, articleId, voter)])
  return {
    articleId,
    ...view(summary),
    byAudience: summary.byAudience ? { staff: view(summary.byAudience.staff), public: view(summary.byAudience.public) } : null,
    mine,
  }
}

/** The figures anyone sees (no voter), kept a few seconds like other reads: what article pages render. */
export function publicRatingView(articleId: number | string): Promise<RatingView> {
  return cachedRead(`engagement:rating:${articleId}`, () => ratingView(articleId, null))
}

/** The published article a rating URL names, or a 404 refusal. */
export async function articleToRate(rawId: unknown) {
  return ratableArticle(await payload(), rawId)
}

export async function rate(rawArticleId: unknown, score: unknown, voter: Voter, ip: string | null) {
  const p = await payload()
  const result = await rateArticle(p, { articleId: rawArticleId, score, voter, ip })
  purgeNowAndThen(p)
  return { ...result, view: await ratingView(result.article.id, voter) }
}

// ---- Polls ----------------------------------------------------------------------

export async function poll(rawId: unknown, voter: Voter | null): Promise<PollState> {
  return pollState(await payload(), rawId, voter)
}

export async function vote(rawId: unknown, choices: string[], voter: Voter, ip: string | null): Promise<PollState> {
  const p = await payload()
  const state = await castVote(p, { pollId: rawId, choices, voter, ip })
  purgeNowAndThen(p)
  return state
}

/** The sidebar's poll as anyone sees it (no voter: pages carry no identity). Kept a few seconds, like other reads. */
export function sidebar(): Promise<PollState | null> {
  return cachedRead('engagement:sidebar-poll', async () => sidebarPoll(await payload(), null))
}

export async function polls() {
  return listPolls(await payload())
}

// ---- Feedback -------------------------------------------------------------------

export async function sendFeedback(input: FeedbackInput, consent: boolean, file: UploadedFile | null, ip: string | null) {
  const p = await payload()
  const result = await submitFeedback(p, { input, consent, file, ip })
  purgeNowAndThen(p)
  return result
}

export async function feedbackStatus(code: unknown) {
  return feedbackByCode(await payload(), code)
}

/** What a reference code finds: a feedback item or a consultation comment (codes of both kinds share one form). */
export type CodeLookup = { kind: 'feedback'; item: FeedbackStatusView } | { kind: 'comment'; item: CommentStatusView }

/**
 * The item with this reference code, of either kind, or null; 'limited' when
 * this address has looked up too many codes this hour (every typed code counts).
 */
export async function lookUpCode(code: unknown, ip: string | null): Promise<CodeLookup | null | 'limited'> {
  const p = await payload()
  if (!(await lookupAllowed(p, ip))) return 'limited'
  purgeNowAndThen(p)
  const feedback = await feedbackByCode(p, code)
  if (feedback) return { kind: 'feedback', item: feedback }
  const comment = await commentByCode(p, code)
  return comment ? { kind: 'comment', item: comment } : null
}

export async function questionsAndAnswers(page = 1, limit = 10) {
  return publishedAnswers(await payload(), { page, limit })
}

/** The signed time stamp the feedback form carries (minimum fill time). */
export async function feedbackFormStamp(): Promise<string> {
  return signFormTimestamp((await payload()).secret)
}

export async function feedbackStampCheck(value: unknown) {
  return checkFormTimestamp((await payload()).secret, value, limits.feedbackMinFillSeconds())
}

/** Uses up the form's stamp, right before the feedback is stored: false when it was used already. */
export async function spendFeedbackStamp(value: unknown): Promise<boolean> {
  return spendFormTimestamp(await payload(), value)
}

/** Whether mail is configured (password reset, notifications). */
export const mailEnabled = mailConfigured

// ---- Staff sign-in ----------------------------------------------------------------

/** Whether this address may try to sign in again now (accounts are never locked; addresses are limited). */
export async function signInAllowed(ip: string | null): Promise<boolean> {
  if (!ip) return true
  return signInAttemptAllowed(await payload(), ip)
}

/** Asks Payload to mail a reset link (only when mail is configured). Says nothing about whether the address exists. */
export async function requestPasswordReset(email: string): Promise<void> {
  const p = await payload()
  try {
    await p.forgotPassword({ collection: 'users', data: { email } })
  } catch (error) {
    // An unknown address must look like a known one; a mail failure is logged, not shown.
    p.logger.warn({ err: error, msg: 'Password reset request failed' })
  }
}

export type ResetOutcome = { ok: true } | { ok: false; message: string }

export async function resetPassword(token: string, password: string): Promise<ResetOutcome> {
  const p = await payload()
  try {
    await p.resetPassword({ collection: 'users', data: { token, password }, overrideAccess: true })
    return { ok: true }
  } catch (error) {
    const status = (error as { status?: number }).status ?? 500
    if (status >= 400 && status < 500) return { ok: false, message: 'Liên kết đặt lại mật khẩu không đúng hoặc đã hết hạn (1 giờ). Vui lòng yêu cầu liên kết mới.' }
    throw error
  }
}
