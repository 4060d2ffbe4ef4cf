import type { Access } from 'payload'

import { isEditorialUser } from './roles'

/**
 * Readers (anonymous or staff) see published documents only; the editorial
 * team sees drafts too. Returned as a query so lists, counts, REST, GraphQL and
 * the site all filter the same way.
 */
export const publishedOrEditorial: Access = ({ req }) => {
  if (isEditorialUser(req.user)) return true
  return { _status: { equals: 'published' } }
}
