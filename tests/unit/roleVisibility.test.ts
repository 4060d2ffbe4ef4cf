import type { Config } from 'payload'
import { describe, expect, it } from 'vitest'

import { roleVisibility } from '../../cms/src/plugins/roleVisibility'

const config = (roleVisibility as (c: Config) => Config)({
  collections: [{ slug: 'articles', fields: [] }, { slug: 'awards', fields: [] }, { slug: 'users', fields: [] }, { slug: 'rate-limits', fields: [], admin: { hidden: true } }],
  globals: [{ slug: 'site-settings', fields: [] }],
} as unknown as Config)

const hidden = (slug: string, role: string) => {
  const entity = [...(config.collections ?? []), ...(config.globals ?? [])].find((c) => c.slug === slug)!
  const rule = entity.admin?.hidden
  return typeof rule === 'function' ? (rule as (a: { user: unknown }) => boolean)({ user: { role } }) : Boolean(rule)
}

describe('what each role sees in the admin', () => {
  it('authors see what they write, not the reference lists, honour roll or settings', () => {
    expect(hidden('articles', 'author')).toBe(false)
    expect(hidden('awards', 'author')).toBe(true)
    expect(hidden('site-settings', 'author')).toBe(true)
    expect(hidden('users', 'author')).toBe(true)
  })
  it('editors see the editorial collections, not the accounts', () => {
    expect(hidden('awards', 'editor')).toBe(false)
    expect(hidden('site-settings', 'editor')).toBe(false)
    expect(hidden('users', 'editor')).toBe(true)
  })
  it('administrators see everything but what is hidden from all', () => {
    for (const slug of ['articles', 'awards', 'users', 'site-settings']) expect(hidden(slug, 'admin')).toBe(false)
    expect(hidden('rate-limits', 'admin')).toBe(true)
  })
})
