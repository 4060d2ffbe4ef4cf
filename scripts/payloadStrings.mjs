/**
 * Vietnamese for the few strings Payload 3.90.1 writes in English inside its
 * components, with no translation key to override in cms/src/i18n.ts: the
 * rich-text editor's handles and link buttons (aria-labels a screen reader
 * speaks) and the bulk-upload toasts. Run after every install (postinstall):
 * each string is replaced in the exact files that carry it, the published
 * modules and the bundles the admin loads. Pinned to 3.90.1: with another
 * version, or a string no longer where it was, the install stops and says so,
 * so an upgrade reviews this list instead of shipping English silently
 * (tests/unit/payloadStrings.test.ts checks the installed files too).
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const PAYLOAD_VERSION = '3.90.1'

const LEXICAL = '@payloadcms/richtext-lexical/dist'
const UI = '@payloadcms/ui/dist'

/** [English as written in the code (a regular expression), Vietnamese]. */
const ADD_BLOCK = [/"aria-label": ?"Add block"/g, '"aria-label":"Thêm khối"']
const DRAG = [/"aria-label": ?"Drag to move"/g, '"aria-label":"Kéo để di chuyển"']
const PARAGRAPH = [/"aria-label": ?"Insert Paragraph"/g, '"aria-label":"Thêm đoạn văn"']
const EDIT_LINK = [/"aria-label": ?"Edit link"/g, '"aria-label":"Sửa liên kết"']
const REMOVE_LINK = [/"aria-label": ?"Remove link"/g, '"aria-label":"Gỡ liên kết"']
const SAVED = [/`Successfully saved \$\{(\w+)\} files`/g, '`Đã lưu ${$1} tệp`']
const NOT_SAVED = [/`Failed to save \$\{(\w+)\} files`/g, '`Không lưu được ${$1} tệp`']

/** Package, file inside it, replacements. */
export const PATCHES = [
  ['@payloadcms/richtext-lexical', `${LEXICAL}/lexical/plugins/handles/AddBlockHandlePlugin/index.js`, [ADD_BLOCK]],
  ['@payloadcms/richtext-lexical', `${LEXICAL}/lexical/plugins/handles/DraggableBlockPlugin/index.js`, [DRAG]],
  ['@payloadcms/richtext-lexical', `${LEXICAL}/lexical/plugins/InsertParagraphAtEnd/index.js`, [PARAGRAPH]],
  ['@payloadcms/richtext-lexical', `${LEXICAL}/features/link/client/plugins/floatingLinkEditor/LinkEditor/index.js`, [EDIT_LINK, REMOVE_LINK]],
  ['@payloadcms/richtext-lexical', `${LEXICAL}/exports/client/index.js`, [EDIT_LINK, REMOVE_LINK]],
  ['@payloadcms/richtext-lexical', `${LEXICAL}/exports/client/Field-YZR46UCY.js`, [ADD_BLOCK, DRAG, PARAGRAPH]],
  ['@payloadcms/ui', `${UI}/elements/BulkUpload/FormsManager/index.js`, [SAVED, NOT_SAVED]],
  ['@payloadcms/ui', `${UI}/exports/client/index.js`, [SAVED, NOT_SAVED]],
]

/** The English originals as plain text, for the test that none is left. */
export const ENGLISH = ['"Add block"', '"Drag to move"', '"Insert Paragraph"', '"Edit link"', '"Remove link"', '`Successfully saved ${', '`Failed to save ${']

const versionOf = (nodeModules, pkg) => JSON.parse(fs.readFileSync(path.join(nodeModules, pkg, 'package.json'), 'utf8')).version

/** Patches the installed files; returns how many changed. Throws when a file or string is not as expected. */
export function patchPayloadStrings(nodeModules) {
  let changed = 0
  for (const [pkg, file, replacements] of PATCHES) {
    const version = versionOf(nodeModules, pkg)
    if (version !== PAYLOAD_VERSION) throw new Error(`${pkg} is ${version}, the Vietnamese patches are for ${PAYLOAD_VERSION}: review scripts/payloadStrings.mjs`)
    const target = path.join(nodeModules, file)
    const before = fs.readFileSync(target, 'utf8')
    let after = before
    for (const [english, vietnamese] of replacements) {
      const patched = after.replace(english, vietnamese)
      const already = after.includes(vietnamese.replace(/\$\{\$1\}.*/, ''))
      if (patched === after && !already) throw new Error(`${file} no longer has ${english}: review scripts/payloadStrings.mjs`)
      after = patched
    }
    if (after === before) continue
    // A new file renamed over the old one: node_modules may be hard-linked to other copies, which must not change.
    fs.writeFileSync(`${target}.vi-tmp`, after)
    fs.renameSync(`${target}.vi-tmp`, target)
    changed++
  }
  return changed
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const nodeModules = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'node_modules')
  const changed = patchPayloadStrings(nodeModules)
  console.log(`Payload's English strings in Vietnamese: ${changed} file(s) patched.`)
}
