import type { GlobalAfterChangeHook, GlobalConfig } from 'payload'

import { anyone, isEditor } from '../access'
import { rescheduleOpenConsultations } from '../consultations/calendar'

const rescheduleConsultations: GlobalAfterChangeHook = async ({ doc, req }) => {
  await rescheduleOpenConsultations(req.payload, req)
  return doc
}

/**
 * The government's changes to the working calendar (shared/src/workingCalendar.ts
 * knows weekends and the Labour Code's holidays by itself, Tết and Giỗ Tổ from
 * the lunar calendar): extra days off, and weekend days worked in exchange, as
 * each year's Prime Minister's notice sets them. Consultation closing dates are
 * computed with them.
 */
export const WorkingCalendar: GlobalConfig = {
  slug: 'working-calendar',
  label: 'Lịch ngày làm việc',
  admin: {
    group: 'Danh mục',
    description:
      'Thứ Bảy, Chủ nhật và các ngày lễ, Tết theo Bộ luật Lao động (kể cả Tết Nguyên đán, Giỗ Tổ Hùng Vương theo âm lịch và ngày nghỉ bù) được tính tự động. Chỉ ghi ở đây các thay đổi theo thông báo hằng năm: ngày nghỉ thêm, ngày làm bù.',
  },
  access: { read: anyone, update: isEditor },
  hooks: { afterChange: [rescheduleConsultations] },
  fields: [
    {
      name: 'changes',
      label: 'Thay đổi theo thông báo',
      type: 'array',
      labels: { singular: 'Ngày', plural: 'Ngày' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'date', label: 'Ngày', type: 'date', required: true, admin: { width: '30%', date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } },
            {
              name: 'kind',
              label: 'Loại',
              type: 'select',
              required: true,
              defaultValue: 'dayOff',
              options: [
                { value: 'dayOff', label: 'Ngày nghỉ' },
                { value: 'workingDay', label: 'Ngày làm việc (làm bù)' },
              ],
              admin: { width: '30%' },
            },
            { name: 'note', label: 'Ghi chú', type: 'text', admin: { width: '40%', placeholder: 'Ví dụ: Thông báo số .../TB-BNV' } },
          ],
        },
      ],
    },
  ],
}
