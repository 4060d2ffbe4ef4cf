import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

/**
 * Converted bodies, by the stored state they came from. The read cache hands
 * every render within its lifetime the same document object, so a page
 * rendered again (a crawler, a query string) does not convert its body again;
 * entries go when the document object does.
 */
const converted = new WeakMap<object, string>()

/** Rich text as HTML through Payload's own Lexical converter. Empty string for empty content. */
export function richTextToHtml(state: unknown): string {
  if (!state || typeof state !== 'object' || !('root' in state)) return ''
  let html = converted.get(state)
  if (html === undefined) {
    html = convertLexicalToHTML({ data: state as never, disableContainer: true })
    converted.set(state, html)
  }
  return html
}
