import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeArticle, reader } from './helpers/engagement'
import { startPortal, type TestPortal } from './helpers/payload'

/**
 * SQLite only (the MongoDB run leaves *.sqlite.test.ts out, and says so):
 * SQLite unlinks the ratings of a deleted article (foreign key) and the purge
 * removes them; MongoDB keeps the dangling id, and the ratings simply show
 * nowhere.
 */
let portal: TestPortal
let payload: Payload

beforeAll(async () => {
  portal = await startPortal()
  payload = portal.payload
})
afterAll(async () => portal?.close())

describe('a deleted article’s ratings', () => {
  it('an editor can still delete a rated article; the purge then removes its unlinked ratings', async () => {
    const ratings = await import('@portal/cms/engagement')
    const article = await makeArticle(payload)
    await ratings.rateArticle(payload, { articleId: article.id, score: 5, voter: reader('before-delete'), ip: null })
    await payload.delete({ collection: 'articles', id: article.id, overrideAccess: true })
    const orphans = { collection: 'article-ratings' as const, where: { voterKey: { equals: `${article.id}|anon:${(reader('before-delete') as { readerId: string }).readerId}` } }, overrideAccess: true }
    expect((await payload.count(orphans)).totalDocs).toBe(1)
    const { purgeExpiredIpData } = await import('@portal/cms/engagement')
    await purgeExpiredIpData(payload)
    expect((await payload.count(orphans)).totalDocs).toBe(0)
  })
})
