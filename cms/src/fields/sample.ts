import type { CheckboxField } from 'payload'

/**
 * Marks synthetic sample content ("Dữ liệu mẫu") that fills what the source
 * documents lack. The site labels it on every page, and `npm run
 * seed:remove-sample` deletes everything that carries it.
 */
export const sampleField: CheckboxField = {
  name: 'isSample',
  label: 'Dữ liệu mẫu',
  type: 'checkbox',
  defaultValue: false,
  index: true,
  admin: {
    position: 'sidebar',
    description: 'Nội dung minh họa, không phải thông tin thật. Xóa tất cả bằng lệnh npm run seed:remove-sample.',
  },
}
