import { describe, expect, it } from 'vitest'

import { QUERY_SPACE, SLASH_MENU_TERMS, slashMenuTermsProps } from '../../cms/src/fields/richText/slashMenuTerms'

/**
 * Payload's own slash-menu filter (richtext-lexical 3.90, lexical/plugins/SlashMenu/index.js),
 * for one item: the query against the label, then against each keyword, raw and without spaces.
 */
function payloadMatches(query: string, label: string, keywords: string[]): boolean {
  const normalizedQuery = query.toLowerCase().replace(/[\s\-_]/g, '')
  const hit = (s: string) => new RegExp(query, 'gi').exec(s) !== null || s.toLowerCase().replace(/[\s\-_]/g, '').includes(normalizedQuery)
  return hit(label) || keywords.some(hit)
}

const { keywords, continuations } = slashMenuTermsProps()
const continues = new Set(continuations)

/** What the editor's query becomes as a person types it: a space continues it (as QUERY_SPACE) only while a longer term starts so. */
function typed(input: string): string | null {
  let query = ''
  for (const ch of input) {
    if (ch !== ' ') query += ch
    else if (continues.has(`${query.replaceAll(QUERY_SPACE, ' ').toLowerCase()} `)) query += QUERY_SPACE
    else return null // Payload's menu closes at a plain space
  }
  return query
}

const finds = (input: string) => {
  const query = typed(input)
  if (query === null) return []
  return Object.keys(SLASH_MENU_TERMS).filter((key) => payloadMatches(query, key, keywords[key] ?? []))
}

describe('Vietnamese slash menu', () => {
  it('"/tieu de" and "/Tiêu đề" find the headings', () => {
    for (const input of ['tieu de', 'Tiêu đề', 'tiêu đề', 'TIEU DE', 'tieude', 'tieu']) {
      expect(finds(input), input).toEqual(expect.arrayContaining(['heading-2', 'heading-3', 'heading-4']))
      expect(finds(input), input).not.toContain('upload')
    }
  })

  it('finds every item by its Vietnamese name, with or without diacritics', () => {
    const cases: Record<string, string> = {
      'doan van': 'paragraph',
      'trích dẫn': 'blockquote',
      'danh sach danh so': 'orderedList',
      'gạch đầu dòng': 'unorderedList',
      'danh sach danh dau': 'checklist',
      'noi dung lien quan': 'relationship',
      'hình ảnh': 'upload',
      'tep dinh kem': 'upload',
      'duong ke ngang': 'horizontalRule',
    }
    for (const [input, key] of Object.entries(cases)) expect(finds(input), input).toContain(key)
  })

  it('a space that starts no longer term ends the query as in Payload', () => {
    expect(typed('abc def')).toBeNull()
    expect(typed('tieu de')).toBe(`tieu${QUERY_SPACE}de`)
  })
})
