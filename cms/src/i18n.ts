/**
 * Vietnamese for the parts of the admin whose packages ship no Vietnamese:
 * the redirects plugin only has en, es, fr, ja, pt and sv.
 */
export const translations = {
  vi: {
    'plugin-redirects': {
      customUrl: 'Đường dẫn tùy chọn',
      documentToRedirect: 'Trang đích',
      fromUrl: 'Từ đường dẫn',
      internalLink: 'Liên kết nội bộ',
      redirectType: 'Kiểu chuyển hướng',
      toUrlType: 'Kiểu đường dẫn đích',
    },
  },
}
