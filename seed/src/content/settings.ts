import type { Payload } from 'payload'

/** What earlier seeds wrote where the owner's details belong; never shown to readers. */
const OLD_PLACEHOLDERS: Record<string, string> = {
  responsiblePerson: 'Trưởng Ban biên tập (cập nhật trong trang quản trị)',
  address: 'Địa chỉ trụ sở (cập nhật trong trang quản trị)',
  phone: '(cập nhật trong trang quản trị)',
  email: 'banbientap@example.gov.vn',
}
/** The menu's "Tin hoạt động" used to lead to a page that does not exist. */
const OLD_NEWS_URL = '/thi-dua-khen-thuong'
const NEWS_URL = '/chuyen-muc/tin-hoat-dong'

/**
 * Site settings and menu, written only while still empty so that an editor's
 * values are never replaced. The owner's contact details are left empty: we do
 * not invent an agency's address or telephone; the site leaves empty lines out
 * and the admin dashboard lists them until they are entered. Placeholders and
 * the dead menu link of earlier seeds are cleared where they are still
 * exactly as seeded.
 */
export async function seedSettings(payload: Payload): Promise<boolean> {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
  let changed = false
  const stale = Object.fromEntries(
    Object.entries(OLD_PLACEHOLDERS)
      .filter(([name, value]) => (settings as unknown as Record<string, unknown>)[name] === value)
      .map(([name]) => [name, null]),
  )
  if (settings.portalName && Object.keys(stale).length > 0) {
    await payload.updateGlobal({ slug: 'site-settings', overrideAccess: true, data: stale })
    changed = true
  }
  if (!settings.portalName) {
    await payload.updateGlobal({
      slug: 'site-settings',
      overrideAccess: true,
      data: {
        portalName: 'Cổng thông tin điện tử Sở Lao động - Thương binh và Xã hội',
        agencyName: 'Sở Lao động - Thương binh và Xã hội',
        parentAgency: 'Ủy ban nhân dân tỉnh',
        agencyNameEnglish: 'Department of Labour, War Invalids and Social Affairs',
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
          { label: 'Tin hoạt động', url: NEWS_URL },
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
  const items = navigation.items ?? []
  if (items.some((item) => item.url === OLD_NEWS_URL)) {
    await payload.updateGlobal({
      slug: 'navigation',
      overrideAccess: true,
      data: { items: items.map((item) => (item.url === OLD_NEWS_URL ? { ...item, url: NEWS_URL } : item)) },
    })
    changed = true
  }
  return changed
}
