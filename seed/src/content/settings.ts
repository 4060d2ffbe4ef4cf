import type { Payload } from 'payload'

/**
 * Site settings and menu, written only while still empty so that an editor's
 * values are never replaced. Contact details are placeholders to be filled in
 * the admin: we do not invent an agency's address or telephone.
 */
export async function seedSettings(payload: Payload): Promise<boolean> {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
  let changed = false
  if (!settings.portalName) {
    await payload.updateGlobal({
      slug: 'site-settings',
      overrideAccess: true,
      data: {
        portalName: 'Cổng thông tin điện tử Sở Lao động - Thương binh và Xã hội',
        agencyName: 'Sở Lao động - Thương binh và Xã hội',
        parentAgency: 'Ủy ban nhân dân tỉnh',
        agencyNameEnglish: 'Department of Labour, War Invalids and Social Affairs',
        responsiblePerson: 'Trưởng Ban biên tập (cập nhật trong trang quản trị)',
        responsibleTitle: 'Trưởng Ban biên tập',
        address: 'Địa chỉ trụ sở (cập nhật trong trang quản trị)',
        phone: '(cập nhật trong trang quản trị)',
        email: 'banbientap@example.gov.vn',
        relatedLinks: [
          { label: 'Cổng thông tin điện tử Chính phủ', url: 'https://chinhphu.vn' },
          { label: 'Bộ Lao động - Thương binh và Xã hội', url: 'https://molisa.gov.vn' },
          { label: 'Ban Thi đua - Khen thưởng Trung ương', url: 'https://thiduakhenthuong.gov.vn' },
        ],
      },
    })
    changed = true
  }
  const navigation = await payload.findGlobal({ slug: 'navigation', depth: 0, overrideAccess: true })
  if (!navigation.items?.length) {
    await payload.updateGlobal({
      slug: 'navigation',
      overrideAccess: true,
      data: {
        items: [
          { label: 'Trang chủ', url: '/' },
          { label: 'Giới thiệu', url: '/gioi-thieu', children: [{ label: 'Cơ cấu tổ chức', url: '/co-cau-to-chuc' }] },
          { label: 'Tin hoạt động', url: '/thi-dua-khen-thuong' },
          { label: 'Văn bản', url: '/van-ban' },
          { label: 'Phong trào thi đua', url: '/phong-trao-thi-dua' },
          { label: 'Điển hình tiên tiến', url: '/dien-hinh-tien-tien' },
          { label: 'Bảng vàng', url: '/bang-vang' },
          { label: 'Lấy ý kiến', url: '/lay-y-kien' },
          { label: 'Liên hệ', url: '/lien-he' },
        ],
      },
    })
    changed = true
  }
  return changed
}
