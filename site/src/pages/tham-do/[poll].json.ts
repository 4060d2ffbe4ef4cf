import type { APIRoute } from 'astro'

import { identify } from '../../lib/engagement/identity'
import { poll, vote } from '../../lib/engagement/index'
import { voteJson } from '../../lib/engagement/schemas'
import { jsonAnswer, jsonEndpoint, jsonRefusal, methodNotAllowed } from '../../lib/http/answers'
import { readJson } from '../../lib/http/body'
import { readerAddress } from '../../lib/http/clientAddress'
import { firstMessage } from '../../lib/http/validation'

/** The poll as this reader sees it: whether they voted, and the results when the editor's rule allows. */
export const GET: APIRoute = ({ params, cookies }) =>
  jsonEndpoint('GET /tham-do/<id>.json', async () => {
    const identity = await identify(cookies, 'polls')
    return jsonAnswer(200, { ...(await poll(params.poll, identity.voter)), signedInAs: identity.staffName })
  })

/** Casts a ballot: {"choices": ["<option id>", ...]}. One per reader; final. */
export const POST: APIRoute = (context) =>
  jsonEndpoint('POST /tham-do/<id>.json', async () => {
    const { params, cookies, request } = context
    const parsed = voteJson.safeParse(await readJson(request))
    if (!parsed.success) return jsonRefusal(400, firstMessage(parsed.error))
    const identity = await identify(cookies, 'polls')
    const ip = readerAddress(context)
    const state = await identity.writeAs((voter) => vote(params.poll, parsed.data.choices, voter, ip))
    return jsonAnswer(200, { message: 'Cảm ơn bạn đã tham gia thăm dò ý kiến.', ...state, signedInAs: identity.staffName })
  })

export const ALL: APIRoute = () => methodNotAllowed('GET, POST')
