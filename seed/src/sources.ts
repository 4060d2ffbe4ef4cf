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
  const rest = lines.slice(start + 1)
  if (!before) return rest
  const end = rest.findIndex((l) => l.startsWith(before))
  if (end < 0) throw new Error(`Line "${before}" not found in source`)
  return rest.slice(0, end)
}

const ROMAN_HEADING = /^[IVX]+\. /
const LIST_ITEM = /^[-+] +/

/**
 * Lines as rich-text blocks: "I. MỤC ĐÍCH" becomes a heading, runs of "- " or
 * "+ " lines become bulleted lists, the rest paragraphs. Lines the PDF broke
 * in the middle of a sentence (starting in lower case) are joined back.
 */
export function linesToBlocks(lines: string[], options: { headings?: RegExp } = {}): TextBlock[] {
  const headings = options.headings ?? ROMAN_HEADING
  const joined: string[] = []
  for (const line of lines) {
    const previous = joined[joined.length - 1]
    if (previous && /^[a-zà-ỹđ“"*]/.test(line) && !/[.:;!?]$/.test(previous) && !/^\*/.test(line)) {
      joined[joined.length - 1] = `${previous} ${line}`
    } else {
      joined.push(line)
    }
  }
  const blocks: TextBlock[] = []
  for (const line of joined) {
    const last = blocks[blocks.length - 1]
    if (headings.test(line)) {
      blocks.push({ type: 'heading', level: 2, text: line })
    } else if (LIST_ITEM.test(line)) {
      const item = line.replace(/^- \+ /, '+ ').replace(LIST_ITEM, '')
      if (last?.type === 'list') last.items.push(item)
      else blocks.push({ type: 'list', items: [item] })
    } else {
      blocks.push({ type: 'paragraph', text: line })
    }
  }
  return blocks
}
