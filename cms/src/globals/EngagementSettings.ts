import type { GlobalConfig } from 'payload'

import { isEditor } from '../access'

/** What the editorial board decides about ratings and feedback, in one place. */
export const EngagementSettings: GlobalConfig = {
  slug: 'engagement-settings',
  label: 'Cấu hình tương tác',
  admin: { group: 'Tương tác' },
  access: { read: isEditor, update: isEditor },
  fields: [
    {
      name: 'ratingsByAudience',
      label: 'Hiển thị riêng điểm đánh giá của cán bộ, công chức và của người đọc',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Tổng số điểm chung luôn được hiển thị; khi chọn, dưới đó có thêm hai dòng riêng.' },
    },
    {
      name: 'notifyEmails',
      label: 'Thư điện tử nhận thông báo ý kiến mới',
      type: 'text',
      admin: { description: 'Nhiều địa chỉ cách nhau bằng dấu phẩy. Để trống: gửi đến mọi biên tập viên và quản trị. Cần cấu hình máy chủ thư (SMTP).' },
    },
  ],
}
