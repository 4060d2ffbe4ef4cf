import type { TextField } from 'payload'

/**
 * The seed's own name for a document it created, so that `npm run seed` finds
 * it again after an editor renames it (matching by title would create it a
 * second time). Set only by the seed (access overridden), never shown or
 * edited in the admin, and dropped from copies so a duplicate is not mistaken
 * for the seeded original.
 */
export const seedKeyField: TextField = {
  name: 'seedKey',
  type: 'text',
  unique: true,
  index: true,
  access: { create: () => false, update: () => false },
  admin: { hidden: true, readOnly: true, disableListColumn: true, disableListFilter: true },
  hooks: { beforeDuplicate: [() => null] },
}
