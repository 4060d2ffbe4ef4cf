import type { CollectionBeforeChangeHook, RelationshipField } from 'payload'

/** Who created a document: authors may edit only their own. Set by the server, never by the client. */
export const createdByField: RelationshipField = {
  name: 'createdBy',
  label: 'Người tạo',
  type: 'relationship',
  relationTo: 'users',
  index: true,
  access: { create: () => false, update: () => false },
  admin: { position: 'sidebar', readOnly: true },
}

export const setCreatedBy: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && req.user?.collection === 'users') {
    return { ...data, createdBy: req.user.id }
  }
  return data
}
