import { describe, expect, it } from 'vitest'
import {
  blocksToLexical,
  lexicalToPlainText,
  linkPhrases,
  textToLexical,
  type LexicalNode,
  type TextBlock,
} from '../../shared/src/richText'

const ITALIC = 2

function children(node: LexicalNode | undefined): LexicalNode[] {
  expect(node).toBeDefined()
  expect(Array.isArray(node!.children)).toBe(true)
  return node!.children!
}

/** All nodes of a tree, depth first. */
function allNodes(node: LexicalNode): LexicalNode[] {
  return [node, ...(node.children ?? []).flatMap(allNodes)]
}

describe('blocksToLexical', () => {
  const blocks: TextBlock[] = [
    { type: 'heading', level: 2, text: 'Mục đích, yêu cầu' },
    { type: 'paragraph', text: 'Đẩy mạnh phong trào thi đua yêu nước.' },
    { type: 'list', items: ['Thứ nhất', 'Thứ hai'] },
    { type: 'list', ordered: true, items: ['Bước một', 'Bước hai', 'Bước ba'] },
    { type: 'quote', text: 'Thi đua là yêu nước' },
    { type: 'heading', level: 4, text: 'Tiểu mục' },
  ]
  const state = blocksToLexical(blocks)
  const top = children(state.root)

  it('has a root element with one child per block, in order', () => {
    expect(state.root.type).toBe('root')
    expect(top.map((n) => n.type)).toEqual(['heading', 'paragraph', 'list', 'list', 'quote', 'heading'])
  })

  it('gives every element node the fields Lexical expects', () => {
    for (const node of allNodes(state.root).filter((n) => n.type !== 'text')) {
      expect(node, node.type).toMatchObject({ format: '', indent: 0, version: 1, direction: 'ltr' })
      expect(Array.isArray(node.children), node.type).toBe(true)
    }
  })

  it('gives every text node the fields Lexical expects', () => {
    const texts = allNodes(state.root).filter((n) => n.type === 'text')
    expect(texts.length).toBeGreaterThanOrEqual(9)
    for (const node of texts) {
      expect(node).toMatchObject({ detail: 0, mode: 'normal', style: '', version: 1 })
      expect(typeof node.text).toBe('string')
      expect(typeof node.format).toBe('number')
      expect(node.children).toBeUndefined()
    }
  })

  it('headings carry their tag', () => {
    expect(top[0]).toMatchObject({ type: 'heading', tag: 'h2' })
    expect(top[5]).toMatchObject({ type: 'heading', tag: 'h4' })
    expect(children(top[0])).toEqual([expect.objectContaining({ type: 'text', text: 'Mục đích, yêu cầu', format: 0 })])
  })

  it('paragraphs carry a single plain text node', () => {
    expect(top[1]).toMatchObject({ type: 'paragraph', textFormat: 0, textStyle: '' })
    expect(children(top[1])).toEqual([
      expect.objectContaining({ type: 'text', text: 'Đẩy mạnh phong trào thi đua yêu nước.', format: 0 }),
    ])
  })

  it('unordered lists are bullet lists of list items', () => {
    expect(top[2]).toMatchObject({ type: 'list', listType: 'bullet', tag: 'ul', start: 1 })
    const items = children(top[2])
    expect(items.map((i) => i.type)).toEqual(['listitem', 'listitem'])
    expect(items.map((i) => i.value)).toEqual([1, 2])
    expect(items.map((i) => children(i)[0]?.text)).toEqual(['Thứ nhất', 'Thứ hai'])
  })

  it('ordered lists are numbered lists with values 1..n', () => {
    expect(top[3]).toMatchObject({ type: 'list', listType: 'number', tag: 'ol', start: 1 })
    const items = children(top[3])
    expect(items.map((i) => i.value)).toEqual([1, 2, 3])
    expect(items.map((i) => children(i)[0]?.text)).toEqual(['Bước một', 'Bước hai', 'Bước ba'])
  })

  it('quotes are quote elements', () => {
    expect(top[4]?.type).toBe('quote')
    expect(children(top[4])[0]).toMatchObject({ type: 'text', text: 'Thi đua là yêu nước', format: 0 })
  })

  it('an empty block list gives an empty root', () => {
    const empty = blocksToLexical([])
    expect(empty.root.type).toBe('root')
    expect(empty.root.children).toEqual([])
  })

  it('is plain JSON (survives a JSON round trip unchanged)', () => {
    expect(JSON.parse(JSON.stringify(state))).toEqual(state)
  })

  describe('*stars* mark italics', () => {
    const textNodes = (text: string) =>
      children(children(blocksToLexical([{ type: 'paragraph', text }]).root)[0]).map((n) => [n.text, n.format])

    it.each<[string, Array<[string, number]>]>([
      ['Theo *Luật Thi đua, khen thưởng* năm 2022', [
        ['Theo ', 0],
        ['Luật Thi đua, khen thưởng', ITALIC],
        [' năm 2022', 0],
      ]],
      ['*Toàn bộ in nghiêng*', [['Toàn bộ in nghiêng', ITALIC]]],
      ['*a* và *b*', [
        ['a', ITALIC],
        [' và ', 0],
        ['b', ITALIC],
      ]],
      ['Không có dấu sao', [['Không có dấu sao', 0]]],
      ['Dấu * lẻ', [['Dấu * lẻ', 0]]],
      ['Hai dấu ** liền', [['Hai dấu ** liền', 0]]],
      ['*x*', [['x', ITALIC]]],
    ])('%j', (text, expected) => {
      expect(textNodes(text)).toEqual(expected)
    })

    it('italics work in headings, list items and quotes too', () => {
      const state = blocksToLexical([
        { type: 'heading', level: 3, text: 'Về *Kế hoạch*' },
        { type: 'list', items: ['*một*'] },
        { type: 'quote', text: '*trích dẫn*' },
      ])
      const italics = allNodes(state.root).filter((n) => n.type === 'text' && n.format === ITALIC)
      expect(italics.map((n) => n.text)).toEqual(['Kế hoạch', 'một', 'trích dẫn'])
    })

    it('an empty paragraph has no text nodes', () => {
      expect(textNodes('')).toEqual([])
    })
  })
})

describe('textToLexical', () => {
  it('makes one paragraph per non-empty line, trimmed', () => {
    const state = textToLexical('  Dòng một  \n\n\nDòng hai\n   \nDòng ba')
    const paragraphs = children(state.root)
    expect(paragraphs.map((p) => p.type)).toEqual(['paragraph', 'paragraph', 'paragraph'])
    expect(paragraphs.map((p) => children(p)[0]?.text)).toEqual(['Dòng một', 'Dòng hai', 'Dòng ba'])
  })

  it('empty text gives an empty root', () => {
    expect(textToLexical('').root.children).toEqual([])
    expect(textToLexical('\n \n').root.children).toEqual([])
  })
})

describe('lexicalToPlainText', () => {
  it('round-trips lines through textToLexical', () => {
    const lines = ['Kế hoạch Thi đua năm 2022', 'Sở Lao động – Thương binh và Xã hội', 'Số 443/KH-SLĐTBXH']
    expect(lexicalToPlainText(textToLexical(lines.join('\n')))).toBe(lines.join('\n'))
  })

  it('drops blank lines and surrounding spaces in the round trip', () => {
    expect(lexicalToPlainText(textToLexical('\n  Một  \n\n\n  Hai\n'))).toBe('Một\nHai')
  })

  it('keeps the words of italic runs, without the stars', () => {
    expect(lexicalToPlainText(textToLexical('Theo *Luật Thi đua* năm 2022'))).toBe('Theo Luật Thi đua năm 2022')
  })

  it('puts each block and each list item on its own line', () => {
    const state = blocksToLexical([
      { type: 'heading', level: 2, text: 'Mục đích' },
      { type: 'paragraph', text: 'Nội dung' },
      { type: 'list', items: ['Một', 'Hai'] },
      { type: 'quote', text: 'Trích' },
    ])
    expect(lexicalToPlainText(state)).toBe('Mục đích\nNội dung\nMột\nHai\nTrích')
  })

  it('turns linebreak nodes into new lines', () => {
    const state = {
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'Dòng một' },
              { type: 'linebreak' },
              { type: 'text', text: 'Dòng hai' },
            ],
          },
        ],
      },
    }
    expect(lexicalToPlainText(state)).toBe('Dòng một\nDòng hai')
  })

  it('walks nested nodes such as links', () => {
    const state = {
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'Xem ' },
              { type: 'link', url: 'https://example.vn', children: [{ type: 'text', text: 'văn bản' }] },
              { type: 'text', text: ' gốc' },
            ],
          },
        ],
      },
    }
    expect(lexicalToPlainText(state)).toBe('Xem văn bản gốc')
  })

  it('strips trailing spaces before new lines', () => {
    const state = blocksToLexical([
      { type: 'paragraph', text: 'Một   ' },
      { type: 'paragraph', text: 'Hai\t' },
    ])
    expect(lexicalToPlainText(state)).toBe('Một\nHai')
  })

  it.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['an empty object', {}],
    ['a string', 'x'],
    ['a number', 42],
    ['true', true],
    ['an array', []],
    ['an object without root', { children: [{ type: 'text', text: 'x' }] }],
  ])('returns "" for %s', (_label, input) => {
    expect(lexicalToPlainText(input)).toBe('')
  })

  it('returns "" for an empty editor state', () => {
    expect(lexicalToPlainText(blocksToLexical([]))).toBe('')
    expect(lexicalToPlainText({ root: { type: 'root', children: [] } })).toBe('')
  })
})

describe('linkPhrases', () => {
  it('links every occurrence of a phrase, keeps the text around it and its format', () => {
    const state = blocksToLexical([{ type: 'paragraph', text: 'Chỉ thị số 34-CT/TW và *Chỉ thị số 34-CT/TW* nữa' }])
    const linked = linkPhrases(state, [{ phrase: '34-CT/TW', url: '/van-ban/34-ct-tw' }])
    const nodes = linked.root.children![0]!.children!
    expect(nodes.map((n) => n.type)).toEqual(['text', 'link', 'text', 'text', 'link', 'text'])
    expect(nodes[1]!.fields).toEqual({ linkType: 'custom', url: '/van-ban/34-ct-tw', newTab: false })
    expect(nodes[4]!.children![0]!.format).toBe(ITALIC)
    expect(lexicalToPlainText(linked)).toBe(lexicalToPlainText(state))
    // idempotent: a linked phrase is not linked again
    expect(linkPhrases(linked, [{ phrase: '34-CT/TW', url: '/x' }])).toEqual(linked)
  })
})
