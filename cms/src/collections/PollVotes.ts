import type { CollectionConfig } from 'payload'

import { isEditor, nobody } from '../access'
import { voterFields } from '../fields/voter'

/**
 * Phiếu thăm dò: one record per reader per poll (unique voterKey). A
 * multiple-choice ballot keeps all its options in this one record, so a voter
 * is counted once however many options they tick.
 */
export const PollVotes: CollectionConfig = {
  slug: 'poll-votes',
  labels: { singular: 'Phiếu thăm dò', plural: 'Phiếu thăm dò' },
  admin: {
    group: 'Tương tác',
    defaultColumns: ['poll', 'audience', 'createdAt'],
    description: 'Mỗi người một phiếu cho mỗi cuộc thăm dò. Có thể xóa phiếu bất thường.',
  },
  access: { read: isEditor, create: nobody, update: nobody, delete: isEditor },
  fields: [
    { name: 'poll', label: 'Cuộc thăm dò', type: 'relationship', relationTo: 'polls', required: true, index: true, admin: { readOnly: true } },
    {
      name: 'choices',
      label: 'Phương án đã chọn (mã)',
      type: 'text',
      hasMany: true,
      required: true,
      admin: { readOnly: true },
    },
    ...voterFields,
  ],
}
