import type { CollectionConfig } from 'payload'

import { anyone, isEditor } from '../access'
import { seedKeyField } from '../fields/seedKey'
import { slugField } from '../fields/slug'
import { searchable } from '../workflow/searchable'

/** Emulation blocs (khối thi đua): member agencies, with a leader and deputy elected each year. */
export const Blocs: CollectionConfig = searchable(
  {
    slug: 'blocs',
    labels: { singular: 'Khối thi đua', plural: 'Khối thi đua' },
    admin: { useAsTitle: 'name', group: 'Văn bản - Phong trào', defaultColumns: ['name', 'members'] },
    access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
    fields: [
      { name: 'name', label: 'Tên khối', type: 'text', required: true },
      slugField('name'),
      { name: 'description', label: 'Giới thiệu', type: 'textarea' },
      { name: 'members', label: 'Các cơ quan thành viên', type: 'relationship', relationTo: 'units', hasMany: true },
      {
        name: 'leadership',
        label: 'Trưởng khối, Phó trưởng khối theo năm',
        type: 'array',
        labels: { singular: 'Năm', plural: 'Các năm' },
        validate: (rows: unknown) => {
          const years = ((rows as Array<{ year?: number }> | null) ?? []).map((r) => r?.year)
          const duplicate = years.find((y, i) => y != null && years.indexOf(y) !== i)
          return duplicate == null || `Năm ${duplicate} được nhập hai lần.`
        },
        fields: [
          { name: 'year', label: 'Năm', type: 'number', required: true, min: 1945, max: 2199 },
          {
            type: 'row',
            fields: [
              { name: 'leader', label: 'Trưởng khối (cơ quan)', type: 'relationship', relationTo: 'units', admin: { width: '50%' } },
              { name: 'deputy', label: 'Phó trưởng khối (cơ quan)', type: 'relationship', relationTo: 'units', admin: { width: '50%' } },
            ],
          },
          {
            type: 'row',
            fields: [
              { name: 'leaderPerson', label: 'Người đại diện trưởng khối', type: 'text', admin: { width: '50%' } },
              { name: 'deputyPerson', label: 'Người đại diện phó trưởng khối', type: 'text', admin: { width: '50%' } },
            ],
          },
          { name: 'note', label: 'Ghi chú', type: 'textarea' },
        ],
      },
      seedKeyField,
    ],
  },
  ['name', 'description'],
)
