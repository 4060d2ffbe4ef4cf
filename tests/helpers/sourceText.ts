/**
 * What a reader must find of each source document, read straight from the
 * files in seed/sources (not through the seed's own parsing, so a parsing
 * mistake cannot hide itself), and the text a page shows, for comparing them.
 */
import fs from 'node:fs'
import path from 'node:path'

const SOURCES = path.resolve(import.meta.dirname, '..', '..', 'seed', 'sources')

/** Lines 1-based and inclusive, as `cat -n` numbers them. */
export function sourceRange(id: string, from: number, to: number, leaveOut: string[] = []): string[] {
  const file = fs.readdirSync(SOURCES).find((name) => name.startsWith(`${id}_`))
  if (!file) throw new Error(`no source ${id}`)
  return fs
    .readFileSync(path.join(SOURCES, file), 'utf8')
    .split(/\r?\n/)
    .slice(from - 1, to)
    .map(comparable)
    .filter((line) => line !== '' && !leaveOut.includes(line))
}

/**
 * One paragraph as compared: composed Unicode, whitespace collapsed, without
 * the list marks ("- ", "+ ", "- + ") that the page shows as list bullets, and
 * without the *stars* the sources use for italics.
 */
export function comparable(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\*/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:- )?[-+] /, '')
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

/** The text of an HTML fragment or page: inline tags vanish, block tags break lines, entities decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/?(?:a|em|i|strong|b|span|u|s|sub|sup|abbr|time|mark|small|bdi)\b[^>]*>/gi, '')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16))
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10))
      return ENTITIES[name.toLowerCase()] ?? whole
    })
    .normalize('NFC')
    .replace(/\s+/g, ' ')
}

/** The paragraphs of `expected` that `text` does not contain. */
export const missingFrom = (text: string, expected: string[]) => expected.filter((line) => !text.includes(line))
