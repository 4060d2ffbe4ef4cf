import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { ENGLISH, PATCHES, PAYLOAD_VERSION } from '../../scripts/payloadStrings.mjs'

const NODE_MODULES = path.resolve(__dirname, '../../node_modules')

function* scripts(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* scripts(full)
    else if (entry.name.endsWith('.js')) yield full
  }
}

describe("Payload's hard-coded English strings, patched on install (scripts/payloadStrings.mjs)", () => {
  it('the installed Payload is the version the patches are for', () => {
    for (const pkg of ['payload', '@payloadcms/ui', '@payloadcms/richtext-lexical']) {
      expect(JSON.parse(fs.readFileSync(path.join(NODE_MODULES, pkg, 'package.json'), 'utf8')).version, pkg).toBe(PAYLOAD_VERSION)
    }
  })

  it('no module of the admin’s UI or rich-text editor still holds one of the English strings', () => {
    const left: string[] = []
    for (const dir of ['@payloadcms/ui/dist', '@payloadcms/richtext-lexical/dist']) {
      for (const file of scripts(path.join(NODE_MODULES, dir))) {
        const text = fs.readFileSync(file, 'utf8')
        for (const english of ENGLISH as string[]) if (text.includes(english)) left.push(`${path.relative(NODE_MODULES, file)}: ${english}`)
      }
    }
    expect(left).toEqual([])
  })

  it('each patched file holds the Vietnamese', () => {
    for (const [, file, replacements] of PATCHES as [string, string, [RegExp, string][]][]) {
      const text = fs.readFileSync(path.join(NODE_MODULES, file), 'utf8')
      for (const [, vietnamese] of replacements) expect(text, file).toContain(vietnamese.replace(/\$\{\$1\}.*/, ''))
    }
  })
})
