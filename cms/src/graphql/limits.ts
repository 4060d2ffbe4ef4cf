/**
 * What one GraphQL request may ask for. Nothing public needs GraphQL (the site
 * reads through the Local API, the admin through REST), so the limits are set
 * for integrators' ordinary queries, far below what stalls the server: one
 * anonymous request with 400 aliases of a collection query used to take 20 s
 * and hold every other request of the CMS for as long.
 */
import { Kind, parse, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql'

export const GRAPHQL_LIMITS = {
  /** Bytes of the JSON body. */
  bodyBytes: 64 * 1024,
  /** Fields requested under another name in the whole document. */
  aliases: 15,
  /** Nesting of selection sets, fragments expanded. */
  depth: 10,
  /** Fields in the whole document, fragments expanded (each costs at least one read). */
  fields: 400,
  /** Payload's own complexity estimate (relationships cost more). */
  complexity: 800,
}

export interface GraphqlRefusal {
  /** For the reader, in Vietnamese. */
  message: string
  /** For the log, in English. */
  reason: string
  code: string
}

const refusal = (code: string, message: string, reason: string): GraphqlRefusal => ({ code, message, reason })

/** The fragment names a selection set spreads, directly. */
function spreads(selectionSet: SelectionSetNode | undefined, out: string[] = []): string[] {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) out.push(selection.name.value)
    else if (selection.kind === Kind.FIELD || selection.kind === Kind.INLINE_FRAGMENT) spreads(selection.selectionSet, out)
  }
  return out
}

/** A fragment that spreads itself (directly or through others) would expand forever. */
function hasFragmentCycle(fragments: Map<string, FragmentDefinitionNode>): boolean {
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (name: string): boolean => {
    const seen = state.get(name)
    if (seen === 'visiting') return true
    if (seen === 'done' || !fragments.has(name)) return false
    state.set(name, 'visiting')
    const cyclic = spreads(fragments.get(name)!.selectionSet).some(visit)
    state.set(name, 'done')
    return cyclic
  }
  return [...fragments.keys()].some(visit)
}

/** Counts fields, aliases and depth with fragments expanded; stops as soon as a limit is passed. */
function measure(document: DocumentNode, fragments: Map<string, FragmentDefinitionNode>) {
  const totals = { fields: 0, aliases: 0, depth: 0 }
  const over = () => totals.fields > GRAPHQL_LIMITS.fields || totals.aliases > GRAPHQL_LIMITS.aliases || totals.depth > GRAPHQL_LIMITS.depth
  const walk = (selectionSet: SelectionSetNode | undefined, depth: number): void => {
    if (!selectionSet || over()) return
    totals.depth = Math.max(totals.depth, depth)
    for (const selection of selectionSet.selections) {
      if (over()) return
      if (selection.kind === Kind.FIELD) {
        totals.fields++
        if (selection.alias) totals.aliases++
        walk(selection.selectionSet, depth + 1)
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, depth)
      } else {
        walk(fragments.get(selection.name.value)?.selectionSet, depth)
      }
    }
  }
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) walk(definition.selectionSet, 1)
  }
  return totals
}

/** Why a query must not run, or null when it may. Syntax errors are left to GraphQL's own answer. */
export function graphqlRefusal(query: string): GraphqlRefusal | null {
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: 5000 })
  } catch (error) {
    if (/maximum number of tokens/i.test(String((error as Error).message))) {
      return refusal('QUERY_TOO_LARGE', 'Truy vấn quá dài.', 'GraphQL query has more than 5000 tokens')
    }
    return null
  }
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  }
  if (hasFragmentCycle(fragments)) {
    return refusal('FRAGMENT_CYCLE', 'Truy vấn không hợp lệ: một fragment tự tham chiếu đến chính nó.', 'GraphQL fragments form a cycle')
  }
  const totals = measure(document, fragments)
  if (totals.aliases > GRAPHQL_LIMITS.aliases) {
    return refusal('TOO_MANY_ALIASES', `Truy vấn dùng quá nhiều bí danh (tối đa ${GRAPHQL_LIMITS.aliases}).`, `GraphQL query uses more than ${GRAPHQL_LIMITS.aliases} aliases`)
  }
  if (totals.depth > GRAPHQL_LIMITS.depth) {
    return refusal('TOO_DEEP', `Truy vấn lồng quá sâu (tối đa ${GRAPHQL_LIMITS.depth} cấp).`, `GraphQL query nests deeper than ${GRAPHQL_LIMITS.depth}`)
  }
  if (totals.fields > GRAPHQL_LIMITS.fields) {
    return refusal('TOO_MANY_FIELDS', `Truy vấn yêu cầu quá nhiều trường (tối đa ${GRAPHQL_LIMITS.fields}).`, `GraphQL query selects more than ${GRAPHQL_LIMITS.fields} fields`)
  }
  return null
}

/** graphql-js suggests field and type names ("Did you mean ...?"), which tells a stranger the schema while introspection is off. */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '')
}
