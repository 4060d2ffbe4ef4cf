/**
 * Plain data transforms for Lexical's serialized editor state (what Payload
 * stores for rich text). Kept framework-free so the seed, the CMS hooks and the
 * site can share them.
 */
export type TextBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; level: 2 | 3 | 4; text: string }
  | { type: 'list'; ordered?: boolean; items: ListItem[] }
  | { type: 'quote'; text: string }

/** A list item: a line, or a line with its own sub-list (the "-" then "+" of administrative documents). */
export type ListItem = string | { text: string; items: string[] }

export interface LexicalNode {
  type: string
  text?: string
  children?: LexicalNode[]
  [key: string]: unknown
}

export interface LexicalState {
  root: LexicalNode
}

const ITALIC = 2

/** Text nodes from a line where *stars* mark italics, as the source documents write them. */
function inline(text: string): LexicalNode[] {
  return text
    .split(/(\*[^*]+\*)/)
    .filter((part) => part !== '')
    .map((part) => {
      const italic = part.startsWith('*') && part.endsWith('*') && part.length > 2
      return {
        type: 'text',
        text: italic ? part.slice(1, -1) : part,
        format: italic ? ITALIC : 0,
        detail: 0,
        mode: 'normal',
        style: '',
        version: 1,
      }
    })
}

const element = (type: string, children: LexicalNode[], extra: Record<string, unknown> = {}): LexicalNode => ({
  type,
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  children,
  ...extra,
})

/**
 * Lexical nests a list inside a list item of its own that follows its parent
 * item (that is how its editor stores an indented list), with the same value.
 */
function listNode(items: ListItem[], ordered: boolean, indent = 0): LexicalNode {
  const children: LexicalNode[] = []
  items.forEach((item, i) => {
    const text = typeof item === 'string' ? item : item.text
    children.push(element('listitem', inline(text), { value: i + 1, indent }))
    if (typeof item !== 'string' && item.items.length) {
      children.push(element('listitem', [listNode(item.items, false, indent + 1)], { value: i + 1, indent }))
    }
  })
  return element('list', children, { listType: ordered ? 'number' : 'bullet', tag: ordered ? 'ol' : 'ul', start: 1, indent })
}

function blockToNode(block: TextBlock): LexicalNode {
  switch (block.type) {
    case 'heading':
      return element('heading', inline(block.text), { tag: `h${block.level}` })
    case 'quote':
      return element('quote', inline(block.text))
    case 'list':
      return listNode(block.items, block.ordered ?? false)
    default:
      return element('paragraph', inline(block.text), { textFormat: 0, textStyle: '' })
  }
}

/** Builds a Lexical editor state from simple blocks. */
export function blocksToLexical(blocks: TextBlock[]): LexicalState {
  return { root: element('root', blocks.map(blockToNode)) }
}

/** Paragraphs of plain text (one per non-empty line) as a Lexical state. */
export function textToLexical(text: string): LexicalState {
  return blocksToLexical(
    text
      .split(/\n+/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => ({ type: 'paragraph', text: line })),
  )
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem', 'list'])

/** All the words of a Lexical state, blocks separated by new lines. Accepts anything; returns '' for non-Lexical input. */
export function lexicalToPlainText(state: unknown): string {
  if (!state || typeof state !== 'object' || !('root' in state)) return ''
  const out: string[] = []
  const walk = (node: LexicalNode) => {
    if (typeof node.text === 'string') out.push(node.text)
    if (node.type === 'linebreak') out.push('\n')
    node.children?.forEach(walk)
    if (BLOCK_TYPES.has(node.type) && node.type !== 'list') out.push('\n')
  }
  walk((state as LexicalState).root)
  return out
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim()
}

/**
 * Links every occurrence of each phrase in the text nodes of a Lexical state
 * (a cited document's number to its page), keeping the text's format. Text
 * already inside a link is left alone. Returns a new state.
 */
export function linkPhrases(state: LexicalState, links: Array<{ phrase: string; url: string }>): LexicalState {
  const active = links.filter((l) => l.phrase !== '')
  if (active.length === 0) return state
  const pattern = new RegExp(active.map((l) => l.phrase.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'g')
  const urlOf = new Map(active.map((l) => [l.phrase, l.url]))
  const walk = (node: LexicalNode): LexicalNode => {
    if (node.type === 'link' || !node.children) return node
    const children: LexicalNode[] = []
    for (const child of node.children) {
      if (child.type !== 'text' || typeof child.text !== 'string') {
        children.push(walk(child))
        continue
      }
      let last = 0
      for (const match of child.text.matchAll(pattern)) {
        if (match.index > last) children.push({ ...child, text: child.text.slice(last, match.index) })
        children.push(
          element('link', [{ ...child, text: match[0] }], { version: 3, fields: { linkType: 'custom', url: urlOf.get(match[0]), newTab: false } }),
        )
        last = match.index + match[0].length
      }
      children.push(last === 0 ? child : { ...child, text: child.text.slice(last) })
      if (last === child.text.length) children.pop()
    }
    return { ...node, children }
  }
  return { root: walk(state.root) }
}
