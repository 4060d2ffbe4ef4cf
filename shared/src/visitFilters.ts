/**
 * What is not counted: known bots and crawlers, and prefetches (a page fetched
 * in advance may never be shown). Pure, so the unit tests pin every rule.
 */

/**
 * Words that mark automated clients. Crawlers, link previewers, uptime
 * monitors, performance auditors and HTTP libraries all name themselves with
 * one of these; real browsers never do.
 */
const BOT_WORDS =
  /bot|crawl|spider|slurp|headless|lighthouse|pagespeed|gtmetrix|ptst\/|curl|wget|python|go-http-client|java\/|okhttp|apache-httpclient|libwww|httpx|aiohttp|axios|node-fetch|undici|scrapy|phantomjs|selenium|puppeteer|facebookexternalhit|facebookcatalog|embedly|preview|whatsapp|pingdom|uptime|monitor|statuscake|site24x7|validator|feedfetcher|archiver/i

/** Phones whose model names contain "bot" (Cubot) are browsers, not robots. */
const NOT_BOTS = /cubot/gi

/** Every browser's user agent starts so; clients that do not are scripts or libraries. */
const BROWSER_PREFIX = /^(Mozilla|Opera)\//

export function isBotUserAgent(userAgent: string | null | undefined): boolean {
  const ua = (userAgent ?? '').trim()
  if (!ua || !BROWSER_PREFIX.test(ua)) return true
  return BOT_WORDS.test(ua.replace(NOT_BOTS, ''))
}

export interface HeaderReader {
  get(name: string): string | null
}

/** A speculative load: Chromium's Sec-Purpose, the older Purpose, Firefox's X-Moz, Safari's X-Purpose. */
export function isPrefetch(headers: HeaderReader): boolean {
  return [headers.get('sec-purpose'), headers.get('purpose'), headers.get('x-moz'), headers.get('x-purpose')].some((value) => value != null && /prefetch|prerender|preview/i.test(value))
}

export type ExclusionReason = 'bot' | 'prefetch'

/** Why a request must not be counted, or null when it counts. */
export function exclusionReason(headers: HeaderReader): ExclusionReason | null {
  if (isPrefetch(headers)) return 'prefetch'
  if (isBotUserAgent(headers.get('user-agent'))) return 'bot'
  return null
}
