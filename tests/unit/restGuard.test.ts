import { describe, expect, it } from 'vitest'

import { checkPath, checkQuery } from '../../cms/src/http/restGuard'

describe('REST paths', () => {
  it.each([['articles', '12'], ['articles', 'count'], ['users', 'me'], ['articles', 'versions', '3'], ['media', 'file', 'anh.png'], ['globals', 'navigation']])('lets /api/%s/%s through', (...slug) => {
    expect(() => checkPath(slug)).not.toThrow()
  })
  it.each([['articles', '<script>'], ['articles', '../../etc'], ['articles', '0'], ['articles', '99999999999999999999'], ['articles', 'versions', 'x']])('answers /api/%s/%s as not found', (...slug) => {
    expect(() => checkPath(slug)).toThrow(/not a document id/)
  })
})

describe('REST queries', () => {
  it.each(['page=2&limit=10&depth=1', 'where[title][like]=thi%20dua', 'where[id][in][0]=1&where[id][in][1]=2'])('lets ?%s through', (query) => {
    expect(() => checkQuery(new URL(`http://cms.test/api/articles?${query}`))).not.toThrow()
  })
  it.each(['page=99999999999999999999', 'limit=-1', 'depth=99', 'where[title][near]=1,2', 'where[title][equals][0]=a'])('refuses ?%s', (query) => {
    expect(() => checkQuery(new URL(`http://cms.test/api/articles?${query}`))).toThrow()
  })
})

describe("Payload's bookkeeping", () => {
  it('is not served over REST', () => expect(() => checkPath(['payload-migrations'])).toThrow(/not served/))
})
