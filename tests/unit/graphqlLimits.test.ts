import { describe, expect, it } from 'vitest'

import { guardGraphql } from '../../cms/src/graphql/guard'
import { GRAPHQL_LIMITS, graphqlRefusal, withoutSuggestions } from '../../cms/src/graphql/limits'

const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: Articles(limit: 1) { totalDocs }`).join(' ')} }`

describe('GraphQL limits', () => {
  it('lets an ordinary query through', () => {
    expect(graphqlRefusal('{ Articles(limit: 10) { docs { title slug cover { url alt } categories { name } } totalDocs } }')).toBeNull()
    expect(graphqlRefusal(aliases(GRAPHQL_LIMITS.aliases))).toBeNull()
  })

  it('refuses an alias flood before anything runs', () => {
    expect(graphqlRefusal(aliases(400))?.code).toBe('TOO_MANY_ALIASES')
    expect(graphqlRefusal(aliases(GRAPHQL_LIMITS.aliases + 1))?.message).toMatch(/bí danh/)
  })

  it('refuses cyclic fragments, directly or through another fragment', () => {
    expect(graphqlRefusal('query { Articles { ...A } } fragment A on Articles { ...A }')?.code).toBe('FRAGMENT_CYCLE')
    expect(graphqlRefusal('query { Articles { ...A } } fragment A on Articles { docs { ...B } } fragment B on Article { id ...A }')?.code).toBe('FRAGMENT_CYCLE')
  })

  it('refuses deep nesting and fragment fan-out', () => {
    const deep = `{ ${'a { '.repeat(GRAPHQL_LIMITS.depth + 1)}id${' }'.repeat(GRAPHQL_LIMITS.depth + 1)} }`
    expect(graphqlRefusal(deep)?.code).toBe('TOO_DEEP')
    // Each fragment level doubles the fields: 2^12 fields from a short text.
    const levels = 12
    const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on T { ${i === levels - 1 ? 'x y' : `...F${i + 1} ...F${i + 1}`} }`).join(' ')
    expect(graphqlRefusal(`{ t { ...F0 } } ${fragments}`)?.code).toBe('TOO_MANY_FIELDS')
  })

  it('leaves syntax errors to GraphQL and strips schema suggestions', () => {
    expect(graphqlRefusal('{ Articles {')).toBeNull()
    expect(withoutSuggestions('Cannot query field "Artcles" on type "Query". Did you mean "Articles" or "Article"?')).toBe('Cannot query field "Artcles" on type "Query".')
  })
})

describe('GraphQL door', () => {
  let reached = 0
  const handler = guardGraphql(async () => {
    reached++
    return new Response(JSON.stringify({ errors: [{ message: 'Cannot query field "x" on type "Query". Did you mean "y"?' }] }), { status: 400, headers: { 'Content-Type': 'application/json' } })
  })
  const post = (body: string, type = 'application/json') => handler(new Request('http://cms.test/api/graphql', { method: 'POST', headers: { 'Content-Type': type }, body }))

  it.each([
    ['a lone brace', '{', 400],
    ['a lone bracket', '[', 400],
    ['JSON null', 'null', 400],
    ['a number', '1', 400],
    ['a batch', '[{"query":"{ a }"}]', 400],
    ['no query', '{"variables":{}}', 400],
    ['variables as a string', '{"query":"{ a }","variables":"x"}', 400],
    ['400 aliases', JSON.stringify({ query: aliases(400) }), 400],
    ['a body over the cap', JSON.stringify({ query: `{ a }${' '.repeat(GRAPHQL_LIMITS.bodyBytes)}` }), 413],
  ])('answers %s with a Vietnamese 4xx without calling Payload', async (_what, body, status) => {
    const before = reached
    const response = await post(body)
    expect(response.status).toBe(status)
    const json = (await response.json()) as { errors: Array<{ message: string }> }
    expect(json.errors[0]!.message).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵđêếềệểễôốồộổỗơớờợởỡưứừựửữ]/i)
    expect(reached).toBe(before)
  })

  it('refuses other media types', async () => {
    expect((await post('query=%7Ba%7D', 'application/x-www-form-urlencoded')).status).toBe(415)
  })

  it('passes a valid request on and strips suggestions from the answer', async () => {
    const response = await post(JSON.stringify({ query: '{ x }' }))
    expect(reached).toBeGreaterThan(0)
    expect(JSON.stringify(await response.json())).not.toContain('Did you mean')
  })
})
