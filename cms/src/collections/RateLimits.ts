import type { CollectionConfig } from 'payload'

import { nobody } from '../access'

/**
 * Counters of the per-IP limits (ratings per article and day, votes per poll
 * and day, feedback per hour, sign-in attempts). One row per limit, IP hash
 * and time window, incremented atomically, so several site processes share
 * the same count. Rows are deleted once their window has passed.
 */
export const RateLimits: CollectionConfig = {
  slug: 'rate-limits',
  labels: { singular: 'Bộ đếm giới hạn', plural: 'Bộ đếm giới hạn' },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'count', type: 'number', required: true, defaultValue: 0 },
    { name: 'expiresAt', type: 'date', required: true, index: true },
  ],
}
