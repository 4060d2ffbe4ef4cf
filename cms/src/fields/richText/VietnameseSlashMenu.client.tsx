'use client'
import { createClientFeature, useEditorConfigContext } from '@payloadcms/richtext-lexical/client'
import { $getSelection, $isRangeSelection, $isTextNode, COMMAND_PRIORITY_HIGH, KEY_SPACE_COMMAND, TextNode } from '@payloadcms/richtext-lexical/lexical'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { useEffect } from 'react'

import { QUERY_SPACE } from './querySpace'
import type { SlashMenuTermsProps } from './slashMenuTerms'

// The slash menu's own trigger: "/" after a line start, space or "(", then no space or punctuation.
const SLASH_QUERY = /(?:^|\s|\()\/([^\s/.,+*?$@|#{}()^\-[\]\\!%'"~=<>_:;]*)$/

/**
 * Vietnamese for the "/" menu: adds the terms of slashMenuTerms.ts to every
 * item's keywords (Payload's features define English ones only), and lets a
 * query go on past a space while it is the start of a longer term, so "/tieu de"
 * and "/Tiêu đề" find the headings.
 */
function VietnameseSlashMenuPlugin({ clientProps }: { clientProps: SlashMenuTermsProps }) {
  const { keywords, continuations } = clientProps
  const [editor] = useLexicalComposerContext()
  const { editorConfig } = useEditorConfigContext()

  // The menu filters editorConfig's items when a query is typed: extend them once.
  useEffect(() => {
    for (const group of editorConfig.features.slashMenu.groups) {
      for (const item of group.items) {
        const extra = keywords[item.key]
        if (!extra) continue
        const current = item.keywords ?? []
        item.keywords = [...current, ...extra.filter((k) => !current.includes(k))]
      }
    }
  }, [editorConfig, keywords])

  useEffect(() => {
    const continues = new Set(continuations)
    const removeSpace = editor.registerCommand(
      KEY_SPACE_COMMAND,
      (event) => {
        const selection = $getSelection()
        if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false
        const node = selection.anchor.getNode()
        if (!$isTextNode(node)) return false
        const match = SLASH_QUERY.exec(node.getTextContent().slice(0, selection.anchor.offset))
        if (!match || !continues.has(`${match[1]!.replaceAll(QUERY_SPACE, ' ').toLowerCase()} `)) return false
        event.preventDefault()
        selection.insertText(QUERY_SPACE)
        return true
      },
      COMMAND_PRIORITY_HIGH,
    )
    // A query left without choosing an item gets its ordinary spaces back.
    const removeTransform = editor.registerNodeTransform(TextNode, (node) => {
      const text = node.getTextContent()
      if (!text.includes(QUERY_SPACE)) return
      const selection = $getSelection()
      if ($isRangeSelection(selection) && selection.isCollapsed() && selection.anchor.getNode().is(node)) {
        const before = text.slice(0, selection.anchor.offset)
        const match = SLASH_QUERY.exec(before)
        if (match && match[1]!.includes(QUERY_SPACE) && !text.slice(0, before.length - match[0].length).includes(QUERY_SPACE)) return
      }
      node.setTextContent(text.replaceAll(QUERY_SPACE, ' '))
    })
    return () => {
      removeSpace()
      removeTransform()
    }
  }, [editor, continuations])

  return null
}

export const VietnameseSlashMenuClient = createClientFeature<SlashMenuTermsProps>({
  plugins: [{ Component: VietnameseSlashMenuPlugin, position: 'normal' }],
})
