import type { APIRoute } from 'astro'

import { clientIp } from '../../lib/engagement/clientIp'
import { jsonEndpoint, methodNotAllowed, socketAddress } from '../../lib/engagement/endpoint'
import { jsonAnswer, jsonRefusal, readJson } from '../../lib/engagement/http'
import { identify } from '../../lib/engagement/identity'
import { articleToRate, rate, ratingView } from '../../lib/engagement/index'
import { firstMessage, ratingJson } from '../../lib/engagement/schemas'

/** The rating widget's figures, with this reader's own score (the page's HTML carries no identity). */
export const GET: APIRoute = ({ params, cookies }) =>
  jsonEndpoint(async () => {
    const article = await articleToRate(params.article)
    const identity = await identify(cookies, 'ratings')
    return jsonAnswer(200, { ...(await ratingView(article.id, identity.voter)), signedInAs: identity.staffName })
  })

/** Rates the article: {"score": 1..5}. A second rating by the same reader replaces their first. */
export const POST: APIRoute = (context) =>
  jsonEndpoint(async () => {
    const { params, cookies, request } = context
    const parsed = ratingJson.safeParse(await readJson(request))
    if (!parsed.success) return jsonRefusal(400, firstMessage(parsed.error))
    const identity = await identify(cookies, 'ratings')
    const ip = clientIp(request, socketAddress(() => context.clientAddress))
    const result = await rate(params.article, parsed.data.score, identity.voterForWrite(), ip)
    const message = result.changed ? `Đã đổi đánh giá của bạn thành ${result.score} sao.` : `Cảm ơn bạn đã đánh giá bài viết ${result.score} sao.`
    return jsonAnswer(200, { message, ...result.view, signedInAs: identity.staffName })
  })

export const ALL: APIRoute = () => methodNotAllowed('GET, POST')
