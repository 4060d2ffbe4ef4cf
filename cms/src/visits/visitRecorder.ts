/**
 * Records views and visits for one site process.
 *
 * A beacon must answer in microseconds, so a recorded view only adds to
 * in-memory sums; a timer flushes them every second as one atomic increment
 * per counter (see counterStore.ts), and SIGTERM/SIGINT flush before the
 * process ends, however many of them arrive. What a crash (kill -9, power loss) can lose is what arrived
 * since the last successful flush: one flush interval of views, per process.
 * A flush that fails (database unreachable) keeps its sums for the next try.
 */
import type { Payload } from 'payload'

import { parseId } from '@portal/shared/ids'
import { articleBucket, siteBuckets, type CounterBucket } from '@portal/shared/visitBuckets'
import { exclusionReason, type ExclusionReason, type HeaderReader } from '@portal/shared/visitFilters'
import { continueVisit, newVisitorId } from '@portal/shared/visitSession'

import { env } from '../env/index'
import { incrementCounter } from './counterStore'
import { markPresent, prunePresence } from './presenceStore'

export const DEFAULT_FLUSH_MS = env().visitFlushMs
/** A visitor's presence is written at most this often by one process ("Đang truy cập" is exact to the minute). */
const PRESENCE_REFRESH_MS = 60_000
/** Bounds the memory a flood of cookie-less clients can take; beyond it, "Đang truy cập" undercounts. */
const MAX_PENDING_PRESENCE = 20_000
const MAX_REMEMBERED_VISITORS = 100_000
const PRUNE_EVERY_MS = 60_000
/** How long a published / unknown article id is remembered, so beacons do not each query the database. */
const ARTICLE_TTL_MS = 60_000
const UNKNOWN_ARTICLE_TTL_MS = 10_000
const MAX_REMEMBERED_ARTICLES = 10_000
const SHUTDOWN_DEADLINE_MS = 10_000

/** The graceful stop preloaded into site processes (scripts/lib/gracefulStop.mjs) runs these after the last request. */
interface ShutdownHooks {
  add(hook: () => Promise<void>): () => void
}
const SHUTDOWN_HOOKS = Symbol.for('portal.shutdownHooks')
const shutdownHooks = (): ShutdownHooks | undefined => (globalThis as Record<symbol, ShutdownHooks | undefined>)[SHUTDOWN_HOOKS]

export interface ViewRequest {
  headers: HeaderReader
  /** The visit cookie's value, if the browser sent one. */
  visitCookie?: string | null
  /** The article shown, on an article page. */
  articleId?: string | number | null
}

export type ViewOutcome =
  | { recorded: true; newVisit: boolean; cookie: string }
  | { recorded: false; reason: ExclusionReason }
  | { recorded: false; reason: 'unknown-article' }

export interface VisitRecorderOptions {
  payload: Payload
  /** The time; tests inject one to cross midnight. */
  clock?: () => Date
  flushIntervalMs?: number
  /** Flush on SIGTERM and SIGINT, then let the signal end the process. Off for in-process tests. */
  handleSignals?: boolean
  makeVisitorId?: () => string
  log?: (message: string) => void
}

export interface VisitRecorder {
  recordView(request: ViewRequest): Promise<ViewOutcome>
  /** Writes everything recorded so far; resolves when it is in the database. */
  flush(): Promise<void>
  /** Flushes and stops the timer and signal handlers. */
  stop(): Promise<void>
  /** Views recorded but not yet written (for tests and the shutdown log). */
  pendingViews(): number
}

export function createVisitRecorder(options: VisitRecorderOptions): VisitRecorder {
  const { payload, clock = () => new Date(), flushIntervalMs = DEFAULT_FLUSH_MS, handleSignals = true, makeVisitorId = newVisitorId, log = (m) => console.error(m) } = options

  let sums = new Map<string, { bucket: CounterBucket; n: number }>()
  let presence = new Map<string, { at: Date; isNew: boolean }>()
  const presenceWritten = new Map<string, number>()
  const articles = new Map<string, { known: Promise<boolean>; until: number }>()
  let bucketCache: { minute: number; views: CounterBucket[]; visits: CounterBucket[] } | null = null
  let flushing: Promise<void> | null = null
  let lastPrune = 0
  let stopped = false

  const add = (bucket: CounterBucket, n = 1) => {
    const entry = sums.get(bucket.key)
    if (entry) entry.n += n
    else sums.set(bucket.key, { bucket, n })
  }

  // Days turn over on whole minutes in Vietnam, so the buckets of a minute are computed once.
  function bucketsAt(at: Date) {
    const minute = Math.floor(at.getTime() / 60_000)
    if (bucketCache?.minute !== minute) bucketCache = { minute, views: siteBuckets('views', at), visits: siteBuckets('visits', at) }
    return bucketCache
  }

  function normalisedArticleId(id: string | number): string | null {
    const parsed = parseId(id, payload.db.defaultIDType)
    return parsed === null ? null : String(parsed)
  }

  /** Is this a published article? Answers are remembered briefly; concurrent beacons share one query. */
  function isPublishedArticle(id: string): Promise<boolean> {
    const now = Date.now()
    const hit = articles.get(id)
    if (hit && hit.until > now) return hit.known
    if (articles.size >= MAX_REMEMBERED_ARTICLES) articles.clear()
    const known = payload
      .count({
        collection: 'articles',
        where: { and: [{ id: { equals: payload.db.defaultIDType === 'number' ? Number(id) : id } }, { _status: { equals: 'published' } }] },
        overrideAccess: false,
      })
      .then(({ totalDocs }) => totalDocs > 0)
    const entry = { known, until: now + ARTICLE_TTL_MS }
    articles.set(id, entry)
    known.then(
      (published) => {
        // An unknown id is asked again sooner: the article may be published in a moment.
        if (!published) entry.until = Date.now() + UNKNOWN_ARTICLE_TTL_MS
      },
      () => articles.delete(id),
    )
    return known
  }

  async function recordView({ headers, visitCookie, articleId }: ViewRequest): Promise<ViewOutcome> {
    const excluded = exclusionReason(headers)
    if (excluded) return { recorded: false, reason: excluded }
    let article: string | null = null
    if (articleId != null) {
      article = normalisedArticleId(articleId)
      if (!article || !(await isPublishedArticle(article))) return { recorded: false, reason: 'unknown-article' }
    }
    const at = clock()
    const now = at.getTime()
    const visit = continueVisit(visitCookie, now, makeVisitorId)
    const buckets = bucketsAt(at)
    for (const bucket of buckets.views) add(bucket)
    if (visit.newVisit) for (const bucket of buckets.visits) add(bucket)
    if (article) add(articleBucket(article))
    notePresence(visit.visitorId, at, visit.newVisit)
    return { recorded: true, newVisit: visit.newVisit, cookie: visit.cookie }
  }

  function notePresence(visitor: string, at: Date, isNew: boolean) {
    const written = presenceWritten.get(visitor)
    if (written !== undefined && at.getTime() - written < PRESENCE_REFRESH_MS) return
    if (presence.size >= MAX_PENDING_PRESENCE && !presence.has(visitor)) return
    presence.set(visitor, { at, isNew: isNew && written === undefined })
    if (presenceWritten.size >= MAX_REMEMBERED_VISITORS) presenceWritten.clear()
    presenceWritten.set(visitor, at.getTime())
  }

  async function writeOnce(): Promise<void> {
    const batch = sums
    const seen = presence
    sums = new Map()
    presence = new Map()
    const entries = [...batch.values()]
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!
      try {
        await incrementCounter(payload, entry.bucket, entry.n)
      } catch (error) {
        // Not written: give this and the rest back to the next flush.
        for (const rest of entries.slice(i)) add(rest.bucket, rest.n)
        for (const [visitor, value] of seen) if (!presence.has(visitor)) presence.set(visitor, value)
        throw error
      }
    }
    for (const [visitor, { at, isNew }] of seen) {
      try {
        await markPresent(payload, visitor, at, isNew)
      } catch (error) {
        // Presence is a five-minute figure: losing one write under an outage is harmless.
        log(`Thống kê truy cập: không ghi được người đang truy cập: ${(error as Error).message}`)
        break
      }
    }
    const now = clock().getTime()
    if (now - lastPrune >= PRUNE_EVERY_MS) {
      lastPrune = now
      for (const [visitor, time] of presenceWritten) if (now - time >= PRESENCE_REFRESH_MS) presenceWritten.delete(visitor)
      await prunePresence(payload, new Date(now)).catch((error) => log(`Thống kê truy cập: không dọn được người đang truy cập: ${(error as Error).message}`))
    }
  }

  function flush(): Promise<void> {
    // One flush at a time; a call during a flush waits for it and then writes what came since.
    const run = async (): Promise<void> => {
      // A loop, not an if: several callers may be waiting for the same flush.
      while (flushing) await flushing.catch(() => undefined)
      if (sums.size === 0 && presence.size === 0) return
      const current = writeOnce()
      flushing = current
      try {
        await current
      } finally {
        if (flushing === current) flushing = null
      }
    }
    return run()
  }

  const timer = setInterval(() => {
    flush().catch((error) => log(`Thống kê truy cập: chưa ghi được, sẽ thử lại: ${(error as Error).message}`))
  }, flushIntervalMs)
  // The timer alone must not keep a process alive.
  timer.unref()

  // A stop may be asked for many times (the process group's signal, then the supervisor's, then Ctrl+C again):
  // every request joins the one final flush, and nothing ends the process before it is written.
  let stopping: Promise<void> | null = null
  const finalFlush = (): Promise<void> => {
    stopping ??= (async () => {
      const deadline = new Promise((resolve) => setTimeout(resolve, SHUTDOWN_DEADLINE_MS).unref())
      await Promise.race([stop(), deadline]).catch((error) => log(`Thống kê truy cập: lỗi khi ghi lúc dừng: ${(error as Error).message}`))
    })()
    return stopping
  }
  // Under the site's graceful stop (scripts/lib/gracefulStop.mjs) the flush runs after the server has
  // answered its last request, so a beacon answered 204 during the stop is still written.
  const hooks = shutdownHooks()
  const onSignal = (signal: NodeJS.Signals) => {
    void finalFlush().then(() => {
      // Our handler replaced the default action: with no one else to end the process, end it as the signal
      // would, now that everything is written (a signal arriving from here on finds nothing left to lose).
      if (process.listeners(signal).every((listener) => listener === onSignal)) {
        process.removeListener('SIGTERM', onSignal)
        process.removeListener('SIGINT', onSignal)
        process.kill(process.pid, signal)
      }
    })
  }
  let unhook: (() => void) | null = null
  if (handleSignals) {
    if (hooks) unhook = hooks.add(finalFlush)
    else {
      // on, not once, and never removed before the flush is written: a second signal must find a handler,
      // or its default action kills the process mid-write.
      process.on('SIGTERM', onSignal)
      process.on('SIGINT', onSignal)
    }
  }

  async function stop(): Promise<void> {
    if (!stopped) {
      stopped = true
      clearInterval(timer)
    }
    await flush()
    unhook?.()
  }

  const pendingViews = () => [...sums.values()].filter((e) => e.bucket.metric === 'views' && e.bucket.period === 'total').reduce((n, e) => n + e.n, 0)

  return { recordView, flush, stop, pendingViews }
}
