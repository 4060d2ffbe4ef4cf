import fs from 'node:fs'
import path from 'node:path'

import type { TextBlock } from '@portal/shared'

const SOURCES_DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'sources')

export type SourceId = '000' | '001' | '002' | '003' | '004'

/** The non-empty, trimmed lines of a source document. */
export function sourceLines(id: SourceId): string[] {
  const file = fs.readdirSync(SOURCES_DIR).find((name) => name.startsWith(`${id}_`))
  if (!file) throw new Error(`Source document ${id} is missing from seed/sources`)
  return fs
    .readFileSync(path.join(SOURCES_DIR, file), 'utf8')
    .normalize('NFC')
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
}

/** The lines strictly between the first line equal to (or starting with) `after` and the next one starting with `before`. */
export function linesBetween(lines: string[], after: string, before?: string): string[] {
  const start = lines.findIndex((l) => l === after || l.startsWith(after))
  if (start < 0) throw new Error(`Line "${after}" not found in source`)
  return upTo(lines.slice(start + 1), before)
}

/** The lines from the first one starting with `first` (included) up to the next one starting with `before` (left out). */
export function linesFrom(lines: string[], first: string, before?: string): string[] {
  const start = lines.findIndex((l) => l.startsWith(first))
  if (start < 0) throw new Error(`Line "${first}" not found in source`)
  return [lines[start]!, ...upTo(lines.slice(start + 1), before)]
}

function upTo(rest: string[], before?: string): string[] {
  if (!before) return rest
  const end = rest.findIndex((l) => l.startsWith(before))
  if (end < 0) throw new Error(`Line "${before}" not found in source`)
  return rest.slice(0, end)
}

/** Numbered parts of an administrative document, by level: "I. ", "1. ", "a) ". */
const PART_NUMBERS: Array<[RegExp, 2 | 3 | 4]> = [
  [/^[IVX]+\. /, 2],
  [/^\d+\. /, 3],
  [/^[a-zđ]\) /, 4],
]
/** A line the PDF broke off the previous one: it starts in lower case (Unicode-aware, so "Đ" is upper case) or inside a quotation. */
const CONTINUATION = /^[\p{Ll}“"]/u
const TOP_ITEM = /^- (?!\+)/
const SUB_ITEM = /^(?:- )?\+ /

function partLevel(line: string): 2 | 3 | 4 | undefined {
  return PART_NUMBERS.find(([pattern]) => pattern.test(line))?.[1]
}

/** Joins lines the PDF broke in the middle of a sentence, never a numbered part ("a) Tập thể" stays its own line). */
export function joinBrokenLines(lines: string[]): string[] {
  const joined: string[] = []
  for (const line of lines) {
    const previous = joined[joined.length - 1]
    if (previous && CONTINUATION.test(line) && !partLevel(line) && !/[.:;!?]$/.test(previous)) {
      joined[joined.length - 1] = `${previous} ${line}`
    } else {
      joined.push(line)
    }
  }
  return joined
}

/**
 * Lines as rich-text blocks, keeping the structure of an administrative
 * document: numbered parts that stand alone ("I. MỤC ĐÍCH", "1. Đối tượng",
 * "a) Nội dung") become headings of levels 2, 3 and 4, while a numbered line
 * that goes on into its text ("a) Tập thể: Các phòng...", "1. Tạo sự...") stays
 * a paragraph; "- " lines become a list and the "+ " lines after one of them
 * its sub-list. `headings` makes every line it matches a level-2 heading
 * instead (a news item's numbered sections).
 */
export function linesToBlocks(lines: string[], options: { headings?: RegExp } = {}): TextBlock[] {
  const blocks: TextBlock[] = []
  for (const line of joinBrokenLines(lines)) {
    const last = blocks[blocks.length - 1]
    const level = options.headings ? (options.headings.test(line) ? 2 : undefined) : standaloneHeading(line)
    if (level) {
      blocks.push({ type: 'heading', level, text: line })
    } else if (TOP_ITEM.test(line)) {
      const item = line.replace(TOP_ITEM, '')
      if (last?.type === 'list') last.items.push(item)
      else blocks.push({ type: 'list', items: [item] })
    } else if (SUB_ITEM.test(line)) {
      const item = line.replace(SUB_ITEM, '')
      if (last?.type !== 'list') blocks.push({ type: 'list', items: [] })
      const list = blocks[blocks.length - 1] as Extract<TextBlock, { type: 'list' }>
      const parent = list.items[list.items.length - 1]
      if (parent === undefined) list.items.push({ text: '', items: [item] })
      else if (typeof parent === 'string') list.items[list.items.length - 1] = { text: parent, items: [item] }
      else parent.items.push(item)
    } else {
      blocks.push({ type: 'paragraph', text: line })
    }
  }
  return blocks
}

/** The heading level of a numbered part that stands alone: short, no sentence end, no "Label: text". */
function standaloneHeading(line: string): 2 | 3 | 4 | undefined {
  const level = partLevel(line)
  if (!level) return undefined
  if (level === 2) return 2
  return line.length <= 120 && !/[.:;!?]$/.test(line) && !/: /.test(line) ? level : undefined
}
