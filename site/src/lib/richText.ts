import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

/** Rich text as HTML through Payload's own Lexical converter. Empty string for empty content. */
export function richTextToHtml(state: unknown): string {
  if (!state || typeof state !== 'object' || !('root' in state)) return ''
  return convertLexicalToHTML({ data: state as never, disableContainer: true })
}
