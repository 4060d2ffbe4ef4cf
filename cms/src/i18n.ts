/**
 * Vietnamese for what the admin's packages leave in English or translate badly.
 * Applied after the config is built (withVietnamese in payload.config.ts): the
 * rich-text editor merges its own translations into the config while it is
 * built, over anything given beforehand.
 *
 * Strings that Payload writes in its components without i18n (a few buttons'
 * aria-labels, the bulk-upload error toast) cannot be reached from here.
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
    lexical: {
      horizontalRule: { label: 'Đường kẻ ngang' },
      relationship: { label: 'Thẻ nội dung liên quan' },
      upload: { label: 'Ảnh hoặc tệp' },
      orderedList: { label: 'Danh sách đánh số' },
      unorderedList: { label: 'Danh sách gạch đầu dòng' },
      checklist: { label: 'Danh sách đánh dấu' },
      link: { label: 'Liên kết', loadingWithEllipsis: 'Đang tải...' },
      general: { placeholder: 'Nhập nội dung, hoặc gõ "/" để chèn tiêu đề, danh sách, ảnh...' },
    },
    fields: {
      block: 'Khối',
      blocks: 'khối',
      blockType: 'Loại khối',
      searchForBlock: 'Tìm khối',
      relatedDocument: 'tài liệu liên quan',
      relationTo: 'Liên kết tới',
      enterURL: 'Nhập địa chỉ (URL)',
      customURL: 'Địa chỉ (URL) tự nhập',
    },
    general: {
      // An empty cell, and a relationship cell not yet scrolled into view (Payload loads those lazily):
      // "‹Không có Quyết định›" there made editors think complete lines had lost their data.
      noLabel: '—',
      collections: 'Danh mục nội dung',
      email: 'Thư điện tử',
      menu: 'Trình đơn',
      time: 'Giờ',
    },
    upload: {
      addFile: 'Thêm tệp',
      bulkUpload: 'Tải lên nhiều tệp',
      dragAndDrop: 'Kéo và thả tệp vào đây',
      dragAndDropHere: 'hoặc kéo và thả tệp vào đây',
      fileName: 'Tên tệp',
      fileSize: 'Dung lượng tệp',
      filesToUpload: 'Tệp sẽ tải lên',
      fileToUpload: 'Tệp sẽ tải lên',
      pasteURL: 'Dán địa chỉ (URL)',
      selectCollectionToBrowse: 'Chọn thư viện để duyệt',
      selectFile: 'Chọn tệp',
    },
    error: {
      problemUploadingFile: 'Có lỗi khi tải tệp lên.',
    },
    authentication: {
      apiKey: 'Khóa API',
    },
  },
}

type Tree = { [key: string]: string | Tree }

const merge = (base: Tree, over: Tree): Tree =>
  Object.fromEntries(
    [...new Set([...Object.keys(base), ...Object.keys(over)])].map((key) => {
      const a = base[key]
      const b = over[key]
      return [key, a && b && typeof a === 'object' && typeof b === 'object' ? merge(a, b) : (b ?? a)!]
    }),
  )

/** The built config with our Vietnamese over everything the packages brought. */
export async function withVietnamese<T extends { i18n: { translations?: unknown } }>(built: Promise<T>): Promise<T> {
  const config = await built
  config.i18n.translations = merge((config.i18n.translations ?? {}) as Tree, translations as unknown as Tree) as never
  return config
}
