import { describe, expect, it } from 'vitest'

import { exclusionReason, isBotUserAgent, isPrefetch } from '../../shared/src/visitFilters'

const headers = (values: Record<string, string>) => new Headers(values)

const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'

describe('bots and crawlers are not counted', () => {
  it.each([
    ['Googlebot', 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'],
    ['Bingbot', 'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)'],
    ['Cốc Cốc bot', 'Mozilla/5.0 (compatible; coccocbot-web/1.0; +http://help.coccoc.com/searchengine)'],
    ['Baidu', 'Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)'],
    ['Yahoo Slurp', 'Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)'],
    ['Ahrefs crawler', 'Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)'],
    ['headless Chrome', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36'],
    ['Lighthouse', 'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 Chrome-Lighthouse'],
    ['Facebook preview', 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)'],
    ['curl', 'curl/8.5.0'],
    ['wget', 'Wget/1.21.4'],
    ['python-requests', 'python-requests/2.32.3'],
    ['Go', 'Go-http-client/1.1'],
    ['Java', 'Java/17.0.2'],
    ['Node fetch', 'node'],
    ['no user agent', ''],
  ])('%s', (_, ua) => {
    expect(isBotUserAgent(ua)).toBe(true)
    expect(exclusionReason(headers({ 'user-agent': ua }))).toBe('bot')
  })

  it('a missing user agent is a bot', () => {
    expect(isBotUserAgent(null)).toBe(true)
    expect(isBotUserAgent(undefined)).toBe(true)
    expect(exclusionReason(headers({}))).toBe('bot')
  })

  it.each([
    ['Chrome on Windows', CHROME],
    ['Firefox', 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0'],
    ['Safari on iPhone', 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1'],
    ['Cốc Cốc', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) coc_coc_browser/134.0.0 Chrome/128.0.0.0 Safari/537.36'],
    ['Zalo in-app', 'Mozilla/5.0 (Linux; Android 13; SM-A536E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36 Zalo android/12100610'],
    ['a Cubot phone (not a robot)', 'Mozilla/5.0 (Linux; Android 9; CUBOT X19) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36'],
    ['Opera Mini', 'Opera/9.80 (Android; Opera Mini/36.2.2254/119.132; U; id) Presto/2.12.423 Version/12.16'],
  ])('%s is a reader', (_, ua) => {
    expect(isBotUserAgent(ua)).toBe(false)
    expect(exclusionReason(headers({ 'user-agent': ua }))).toBeNull()
  })
})

describe('prefetches are not counted', () => {
  it.each([
    ['Sec-Purpose', 'prefetch'],
    ['Sec-Purpose', 'prefetch;prerender'],
    ['Purpose', 'prefetch'],
    ['X-Moz', 'prefetch'],
    ['X-Purpose', 'preview'],
  ])('%s: %s', (name, value) => {
    const h = headers({ 'user-agent': CHROME, [name]: value })
    expect(isPrefetch(h)).toBe(true)
    expect(exclusionReason(h)).toBe('prefetch')
  })

  it('an ordinary load is not a prefetch', () => {
    expect(isPrefetch(headers({ 'user-agent': CHROME, 'sec-fetch-mode': 'navigate' }))).toBe(false)
  })
})
