import type { CollectionBeforeOperationHook, Where } from 'payload'

import { foldVietnamese } from '@portal/shared'

import { SEARCH_FIELD } from '../fields/search'

const TEXT_OPERATORS = new Set(['like', 'contains', 'equals', 'not_equals', 'not_like'])

function foldWhere(where: Where): Where {
  const out: Where = {}
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      out[key] = value.map((w) => foldWhere(w as Where))
    } else if (key === SEARCH_FIELD && value && typeof value === 'object') {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([op, v]) => [op, TEXT_OPERATORS.has(op) && typeof v === 'string' ? foldVietnamese(v) : v]),
      )
    } else {
      out[key] = value
    }
  }
  return out
}

/**
 * Folds the words of any query on the search field, so the admin's list search,
 * REST, GraphQL and the site all match "Thi đua", "THI ĐUA" and "thi dua" alike.
 */
export const foldSearchQuery: CollectionBeforeOperationHook = ({ args, operation }) => {
  if ((operation === 'read' || operation === 'count') && args && 'where' in args && args.where) {
    return { ...args, where: foldWhere(args.where) }
  }
  return args
}
