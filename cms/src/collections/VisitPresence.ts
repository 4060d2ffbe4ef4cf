import type { CollectionConfig } from 'payload'

import { isEditor } from '../access'
import { nobody } from '../access/nobody'

/**
 * "Đang truy cập" across all site processes: the last time each visitor id
 * (the random id of a visit cookie, nothing about the person) was seen.
 * Written at most once a minute per visitor; rows older than a few minutes are
 * deleted by the recorders, so the table stays as small as the audience.
 */
export const VisitPresence: CollectionConfig = {
  slug: 'visit-presence',
  labels: { singular: 'Người đang truy cập', plural: 'Người đang truy cập' },
  admin: { useAsTitle: 'visitor', group: 'Thống kê', defaultColumns: ['visitor', 'lastSeen'] },
  access: { read: isEditor, create: nobody, update: nobody, delete: nobody },
  graphQL: false,
  timestamps: false,
  defaultSort: '-lastSeen',
  fields: [
    { name: 'visitor', label: 'Mã phiên (ngẫu nhiên)', type: 'text', required: true, unique: true },
    { name: 'lastSeen', label: 'Lần cuối', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
