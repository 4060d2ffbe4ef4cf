import type { GroupField } from 'payload'

import { partialDateToSortKey, validatePartialDate } from '@portal/shared'

import { current } from './current'

/**
 * A date that may be known only to the month or year, as sources write
 * "ngày tháng 8 năm 2022" for a plan not yet signed. `sortDate` is derived
 * (start of the known period) so lists can sort and filter by it.
 */
export function partialDateField(name: string, label: string, required = false): GroupField {
  return {
    name,
    label,
    type: 'group',
    admin: { description: 'Để trống ngày (hoặc cả ngày và tháng) nếu văn bản chưa ghi.' },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'day', label: 'Ngày', type: 'number', min: 1, max: 31, admin: { width: '33%' } },
          { name: 'month', label: 'Tháng', type: 'number', min: 1, max: 12, admin: { width: '33%' } },
          {
            name: 'year',
            label: 'Năm',
            type: 'number',
            required,
            min: 1900,
            max: 2199,
            admin: { width: '34%' },
            validate: (year: number | null | undefined, { siblingData }: { siblingData: any }) => {
              if (year == null) {
                return siblingData?.month != null || siblingData?.day != null ? 'Cần có năm.' : required ? 'Cần có năm.' : true
              }
              return validatePartialDate({ year, month: siblingData?.month, day: siblingData?.day }) ?? true
            },
          },
        ],
      },
      {
        name: 'sortDate',
        type: 'date',
        index: true,
        admin: { hidden: true },
        hooks: {
          beforeChange: [
            ({ siblingData, previousSiblingDoc: siblingDoc }) => {
              const year = current<number>(siblingData, siblingDoc, 'year')
              if (!year) return null
              const month = current<number>(siblingData, siblingDoc, 'month')
              const day = current<number>(siblingData, siblingDoc, 'day')
              return partialDateToSortKey({ year, month, day })
            },
          ],
        },
      },
    ],
  }
}
