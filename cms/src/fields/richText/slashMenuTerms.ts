import { foldVietnamese } from '@portal/shared'

import { QUERY_SPACE } from './querySpace'

export { QUERY_SPACE }

/**
 * What a Vietnamese editor types after "/" to find each item of the editor's
 * slash menu, by the item's key in Payload's features. Each term is offered as
 * typed and folded ("Tiêu đề" and "tieu de"), and with and without its spaces.
 */
export const SLASH_MENU_TERMS: Record<string, string[]> = {
  paragraph: ['Đoạn văn', 'Văn bản thường', 'Chữ thường'],
  'heading-2': ['Tiêu đề 2', 'Tiêu đề', 'Đề mục', 'Tiêu đề lớn'],
  'heading-3': ['Tiêu đề 3', 'Tiêu đề', 'Đề mục', 'Tiêu đề nhỏ'],
  'heading-4': ['Tiêu đề 4', 'Tiêu đề', 'Đề mục', 'Tiêu đề nhỏ'],
  blockquote: ['Trích dẫn', 'Lời trích'],
  unorderedList: ['Danh sách gạch đầu dòng', 'Danh sách', 'Gạch đầu dòng'],
  orderedList: ['Danh sách đánh số', 'Danh sách', 'Đánh số'],
  checklist: ['Danh sách đánh dấu', 'Danh sách', 'Đánh dấu', 'Việc cần làm'],
  relationship: ['Thẻ nội dung liên quan', 'Nội dung liên quan', 'Bài liên quan', 'Liên kết nội dung'],
  upload: ['Ảnh hoặc tệp', 'Ảnh', 'Hình ảnh', 'Tệp', 'Tệp đính kèm', 'Tải lên'],
  horizontalRule: ['Đường kẻ ngang', 'Đường phân cách', 'Kẻ ngang'],
}


/** Every form of the terms the menu should match: as written, folded, without spaces, and with the query space. */
export function slashMenuKeywords(terms: string[]): string[] {
  const forms = new Set<string>()
  for (const term of terms) {
    for (const base of [term.normalize('NFC').toLowerCase(), foldVietnamese(term)]) {
      forms.add(base)
      forms.add(base.replace(/ /g, ''))
      forms.add(base.replace(/ /g, QUERY_SPACE))
    }
  }
  return [...forms]
}

/**
 * The beginnings of multi-word terms, up to and including a space ("tiêu ", "tieu ",
 * "tieu de "): while the query typed so far, plus a space, is one of these, a typed
 * space continues the query.
 */
export function multiWordPrefixes(): string[] {
  const prefixes = new Set<string>()
  for (const terms of Object.values(SLASH_MENU_TERMS)) {
    for (const term of terms) {
      for (const form of [term.normalize('NFC').toLowerCase(), foldVietnamese(term)]) {
        const words = form.split(' ')
        for (let n = 1; n < words.length; n++) prefixes.add(`${words.slice(0, n).join(' ')} `)
      }
    }
  }
  return [...prefixes]
}

export interface SlashMenuTermsProps {
  /** Extra keywords by slash-menu item key. */
  keywords: Record<string, string[]>
  /** See multiWordPrefixes. */
  continuations: string[]
}

/** What the client plugin receives from the server (folding stays on the server). */
export const slashMenuTermsProps = (): SlashMenuTermsProps => ({
  keywords: Object.fromEntries(Object.entries(SLASH_MENU_TERMS).map(([key, terms]) => [key, slashMenuKeywords(terms)])),
  continuations: multiWordPrefixes(),
})
