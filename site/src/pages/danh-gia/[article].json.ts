import type { APIRoute } from 'astro'

import { identify } from '../../lib/engagement/identity'
import { articleToRate, rate, ratingView } from '../../lib/engagement/index'
import { ratingJson } from '../../lib/engagement/schemas'
import { jsonAnswer, jsonEndpoint, jsonRefusal, methodNotAllowed } from '../../lib/http/answers'
import { readJson } from '../../lib/http/body'
import { readerAddress } from '../../lib/http/clientAddress'
import { firstMessage } from '../../lib/http/validation'

/** The rating widget's figures, with this reader's own score (the page's HTML carries no identity). */
export const GET: APIRoute = ({ params, cookies }) =>
  jsonEndpoint('GET /danh-gia/<id>.json', async () => {
    const article = await articleToRate(params.article)
    const identity = await identify(cookies, 'ratings')
    return jsonAnswer(200, { ...(await ratingView(article.id, identity.voter)), signedInAs: identity.staffName })
  })

/** Rates the article: {"score": 1..5}. A second rating by the same reader replaces their first. */
export const POST: APIRoute = (context) =>
  jsonEndpoint('POST /danh-gia/<id>.json', async () => {
    const { params, cookies, request } = context
    const parsed = ratingJson.safeParse(await readJson(request))
    if (!parsed.success) return jsonRefusal(400, firstMessage(parsed.error))
    const identity = await identify(cookies, 'ratings')
    const ip = readerAddress(context)
    const result = await identity.writeAs((voter) => rate(params.article, parsed.data.score, voter, ip))
    const message = result.changed ? `Đã đổi đánh giá của bạn thành ${result.score} sao.` : `Cảm ơn bạn đã đánh giá bài viết ${result.score} sao.`
    return jsonAnswer(200, { message, ...result.view, signedInAs: identity.staffName })
  })

export const ALL: APIRoute = () => methodNotAllowed('GET, POST')
