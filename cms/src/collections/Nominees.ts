import { NOMINEE_KINDS, NOMINEE_KIND_LABELS, NOMINEE_RESULTS, NOMINEE_RESULT_LABELS } from '@portal/shared'
import type { Access, CollectionConfig } from 'payload'

import { isEditor } from '../access'
import { isEditorialUser } from '../access/roles'
import { sampleField } from '../fields/sample'
import { seedKeyField } from '../fields/seedKey'

/** Readers see the nominees of published consultations only; a draft list stays with the editors. */
const nomineesOfPublished: Access = ({ req }) => (isEditorialUser(req.user) ? true : { 'consultation._status': { equals: 'published' } })

/**
 * One collective or individual proposed for an award in a consultation.
 * Published with it, so it holds only what the honour roll may publish: name,
 * position, unit, the award proposed and the achievements (no birth date, no
 * home address, no identity number). The council's result and, once issued,
 * the award decision and honour-roll line close the loop: the honour roll
 * shows which awards went through public consultation.
 */
export const Nominees: CollectionConfig = {
  slug: 'nominees',
  labels: { singular: 'Người/tập thể được đề nghị', plural: 'Danh sách đề nghị khen thưởng' },
  admin: {
    group: 'Khen thưởng',
    useAsTitle: 'name',
    defaultColumns: ['name', 'consultation', 'awardType', 'result'],
    description: 'Chỉ nhập thông tin được phép công khai: tên, chức vụ, đơn vị, hình thức đề nghị, tóm tắt thành tích.',
  },
  access: { read: nomineesOfPublished, create: isEditor, update: isEditor, delete: isEditor },
  defaultSort: 'order',
  fields: [
    { name: 'consultation', label: 'Đợt lấy ý kiến', type: 'relationship', relationTo: 'consultations', required: true, index: true },
    {
      type: 'row',
      fields: [
        { name: 'order', label: 'Số thứ tự', type: 'number', min: 1, admin: { width: '20%', step: 1 } },
        {
          name: 'kind',
          label: 'Đối tượng',
          type: 'select',
          required: true,
          defaultValue: 'individual',
          options: NOMINEE_KINDS.map((value) => ({ value, label: NOMINEE_KIND_LABELS[value] })),
          admin: { width: '30%' },
        },
        { name: 'name', label: 'Họ và tên / tên tập thể', type: 'text', required: true, admin: { width: '50%' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'position', label: 'Chức vụ', type: 'text', admin: { width: '50%', condition: (data) => data?.kind !== 'collective' } },
        { name: 'unit', label: 'Đơn vị', type: 'relationship', relationTo: 'units', admin: { width: '50%' } },
      ],
    },
    { name: 'unitName', label: 'Đơn vị (ghi tay)', type: 'text', admin: { description: 'Khi đơn vị chưa có trong danh mục.' } },
    { name: 'awardType', label: 'Hình thức đề nghị', type: 'relationship', relationTo: 'award-types', required: true, index: true },
    { name: 'achievements', label: 'Tóm tắt thành tích', type: 'richText' },
    { name: 'dossier', label: 'Tóm tắt hồ sơ (PDF)', type: 'upload', relationTo: 'media', admin: { description: 'Được công khai cùng danh sách: không đưa thông tin cá nhân ngoài tên, chức vụ, đơn vị.' } },
    {
      type: 'collapsible',
      label: 'Kết quả',
      fields: [
        {
          name: 'result',
          label: 'Kết quả xét',
          type: 'select',
          required: true,
          defaultValue: 'pending',
          index: true,
          options: NOMINEE_RESULTS.map((value) => ({ value, label: NOMINEE_RESULT_LABELS[value] })),
        },
        {
          type: 'row',
          fields: [
            { name: 'awardDecision', label: 'Quyết định khen thưởng', type: 'relationship', relationTo: 'award-decisions', index: true, admin: { width: '50%' } },
            { name: 'award', label: 'Dòng trên bảng vàng', type: 'relationship', relationTo: 'awards', index: true, admin: { width: '50%' } },
          ],
        },
      ],
    },
    sampleField,
    seedKeyField,
  ],
}
