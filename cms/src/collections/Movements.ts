import type { CollectionConfig, Field } from 'payload'

import { partialDateField } from '../fields/partialDate'
import { sampleField } from '../fields/sample'
import { seedKeyField } from '../fields/seedKey'
import { slugField } from '../fields/slug'
import { withEditorialWorkflow } from '../workflow/editorial'
import { searchable } from '../workflow/searchable'

const textList = (name: string, label: string, singular: string): Field => ({
  name,
  label,
  type: 'array',
  labels: { singular, plural: label },
  fields: [{ name: 'text', label: singular, type: 'textarea', required: true }],
})

/** A list of criteria, each with the "+" points the plan lists under it. */
const criteriaList = (name: string, label: string): Field => ({
  name,
  label,
  type: 'array',
  labels: { singular: 'Tiêu chí', plural: label },
  fields: [
    { name: 'text', label: 'Tiêu chí', type: 'textarea', required: true },
    textList('points', 'Các ý cụ thể', 'Ý cụ thể'),
  ],
})

/** Emulation movements (phong trào thi đua): period, goals, criteria and milestones. */
export const Movements: CollectionConfig = searchable(
  withEditorialWorkflow({
    slug: 'movements',
    labels: { singular: 'Phong trào thi đua', plural: 'Phong trào thi đua' },
    admin: { useAsTitle: 'name', group: 'Văn bản - Phong trào', defaultColumns: ['name', 'periodStart', 'periodEnd', '_status'] },
    defaultSort: '-periodStart',
    fields: [
      { name: 'name', label: 'Tên phong trào', type: 'text', required: true },
      slugField('name'),
      {
        type: 'row',
        fields: [
          { name: 'periodStart', label: 'Từ năm', type: 'number', required: true, min: 1945, max: 2199, index: true, admin: { width: '25%' } },
          {
            name: 'periodEnd',
            label: 'Đến năm',
            type: 'number',
            min: 1945,
            max: 2199,
            admin: { width: '25%' },
            validate: (value: number | null | undefined, { siblingData }: any) =>
              value == null || siblingData?.periodStart == null || value >= siblingData.periodStart || 'Năm kết thúc phải sau năm bắt đầu.',
          },
          { name: 'launchedBy', label: 'Cơ quan phát động', type: 'relationship', relationTo: 'units', admin: { width: '50%' } },
        ],
      },
      { name: 'summary', label: 'Tóm tắt', type: 'textarea' },
      textList('goals', 'Mục đích', 'Mục đích'),
      textList('requirements', 'Yêu cầu', 'Yêu cầu'),
      textList('formsCollective', 'Hình thức thi đua đối với tập thể', 'Hình thức'),
      textList('formsIndividual', 'Hình thức thi đua đối với cá nhân', 'Hình thức'),
      criteriaList('generalCriteria', 'Tiêu chí thi đua chung'),
      criteriaList('criteriaCollective', 'Tiêu chí, tiêu chuẩn đối với tập thể'),
      criteriaList('criteriaIndividual', 'Tiêu chí, tiêu chuẩn đối với cá nhân'),
      textList('slogans', 'Khẩu hiệu', 'Khẩu hiệu'),
      {
        name: 'milestones',
        label: 'Các mốc sơ kết, tổng kết',
        type: 'array',
        labels: { singular: 'Mốc', plural: 'Các mốc' },
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'year', label: 'Năm', type: 'number', required: true, admin: { width: '25%' } },
              {
                name: 'kind',
                label: 'Loại',
                type: 'select',
                required: true,
                defaultValue: 'interim',
                options: [
                  { value: 'launch', label: 'Phát động' },
                  { value: 'interim', label: 'Sơ kết' },
                  { value: 'final', label: 'Tổng kết' },
                  { value: 'other', label: 'Khác' },
                ],
                admin: { width: '25%' },
              },
            ],
          },
          { name: 'description', label: 'Nội dung', type: 'textarea' },
        ],
      },
      {
        name: 'campaigns',
        label: 'Đợt thi đua',
        type: 'array',
        labels: { singular: 'Đợt thi đua', plural: 'Các đợt thi đua' },
        admin: { description: 'Các đợt thi đua (chuyên đề, đặc biệt) trong phong trào, với thời gian như kế hoạch ghi.' },
        fields: [
          { name: 'name', label: 'Tên đợt thi đua', type: 'text', required: true },
          partialDateField('starts', 'Bắt đầu'),
          partialDateField('ends', 'Kết thúc'),
          { name: 'description', label: 'Nội dung', type: 'textarea' },
        ],
      },
      { name: 'body', label: 'Nội dung chi tiết', type: 'richText' },
      { name: 'cover', label: 'Ảnh đại diện', type: 'upload', relationTo: 'media' },
      { name: 'plans', label: 'Kế hoạch, văn bản triển khai', type: 'join', collection: 'documents', on: 'movement' },
      { name: 'models', label: 'Điển hình tiên tiến', type: 'join', collection: 'exemplary-models', on: 'movement' },
      { name: 'awardDecisions', label: 'Quyết định khen thưởng', type: 'join', collection: 'award-decisions', on: 'movement' },
      sampleField,
      seedKeyField,
    ],
  }),
  ['name', 'summary', 'goals', 'requirements', 'formsCollective', 'formsIndividual', 'generalCriteria', 'criteriaCollective', 'criteriaIndividual', 'campaigns', 'body'],
)
