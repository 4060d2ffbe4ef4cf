import type { GlobalConfig } from 'payload'

import { DEFAULT_OPEN_DATA_LICENCE } from '@portal/shared/openDataLicence'

import { anyone, isEditor } from '../access'
import { urlField } from '../fields/url'

/**
 * What the portal rules ask the header and footer to show: owner, responsible
 * person, contacts, licence. Until they are entered the site leaves them out,
 * and the dashboard lists what is missing (components/OwnerChecklist.tsx).
 */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: 'Cấu hình cổng thông tin',
  admin: { group: 'Hệ thống' },
  access: { read: anyone, update: isEditor },
  fields: [
    { name: 'portalName', label: 'Tên cổng thông tin', type: 'text', required: true },
    { name: 'agencyName', label: 'Cơ quan chủ quản', type: 'text', required: true },
    { name: 'parentAgency', label: 'Cơ quan cấp trên', type: 'text' },
    { name: 'agencyNameEnglish', label: 'Tên cơ quan bằng tiếng Anh', type: 'text' },
    { name: 'logo', label: 'Biểu trưng', type: 'upload', relationTo: 'media' },
    {
      type: 'row',
      fields: [
        { name: 'responsiblePerson', label: 'Người chịu trách nhiệm', type: 'text', admin: { width: '50%' } },
        { name: 'responsibleTitle', label: 'Chức vụ', type: 'text', admin: { width: '50%' } },
      ],
    },
    { name: 'address', label: 'Địa chỉ', type: 'text' },
    {
      type: 'row',
      fields: [
        { name: 'phone', label: 'Điện thoại', type: 'text', admin: { width: '33%' } },
        { name: 'fax', label: 'Fax', type: 'text', admin: { width: '33%' } },
        { name: 'email', label: 'Thư điện tử', type: 'email', admin: { width: '34%' } },
      ],
    },
    { name: 'licence', label: 'Giấy phép', type: 'text', admin: { description: 'Số giấy phép thiết lập trang thông tin điện tử, cơ quan cấp, ngày cấp (nếu có).' } },
    {
      name: 'openData',
      label: 'Dữ liệu mở',
      type: 'group',
      admin: {
        description: `Giấy phép áp dụng cho dữ liệu mở (/du-lieu-mo). Để trống: ${DEFAULT_OPEN_DATA_LICENCE.name}.`,
      },
      fields: [
        { name: 'licenceName', label: 'Tên giấy phép', type: 'text', maxLength: 300, admin: { placeholder: DEFAULT_OPEN_DATA_LICENCE.name } },
        urlField({ name: 'licenceUrl', label: 'Địa chỉ văn bản giấy phép', admin: { placeholder: DEFAULT_OPEN_DATA_LICENCE.url } }),
      ],
    },
    {
      name: 'relatedLinks',
      label: 'Liên kết đến các cơ quan',
      type: 'array',
      labels: { singular: 'Liên kết', plural: 'Liên kết' },
      fields: [
        { name: 'label', label: 'Tên cơ quan', type: 'text', required: true },
        urlField({ name: 'url', label: 'Địa chỉ', required: true }),
      ],
    },
  ],
}
