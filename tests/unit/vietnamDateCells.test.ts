import type { Field, SanitizedConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { VIETNAM_DATE_CELL, withVietnamDateCells } from '../../cms/src/fields/dates'

const cellOf = (field: Field) => (field.admin?.components as { Cell?: string } | undefined)?.Cell

describe('list views show dates in Vietnam’s time zone', () => {
  it('every date field gets the Vietnam cell, nested ones and the timestamps Payload adds, in place', async () => {
    const published = { name: 'publishedAt', type: 'date' } as Field
    const milestone = { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } } as Field
    const custom = { name: 'closesAt', type: 'date', admin: { components: { Cell: '/elsewhere#Cell' } } } as Field
    const title = { name: 'title', type: 'text' } as Field
    const createdAt = { name: 'createdAt', type: 'date', admin: { hidden: true } } as Field
    const config = {
      collections: [
        {
          slug: 'articles',
          fields: [title, published, { type: 'tabs', tabs: [{ label: 'a', fields: [{ name: 'milestones', type: 'array', fields: [milestone] }] }] }, custom, createdAt],
          flattenedFields: [title, published, { ...createdAt }],
        },
      ],
      globals: [{ slug: 'working-calendar', fields: [{ name: 'days', type: 'blocks', blocks: [{ slug: 'day', fields: [{ name: 'on', type: 'date' }] }] }] }],
    } as unknown as SanitizedConfig
    const built = await withVietnamDateCells(Promise.resolve(config))
    expect(built).toBe(config)
    expect(cellOf(published)).toBe(VIETNAM_DATE_CELL)
    expect(cellOf(milestone)).toBe(VIETNAM_DATE_CELL)
    expect(cellOf(createdAt)).toBe(VIETNAM_DATE_CELL)
    expect(cellOf((config.collections[0] as unknown as { flattenedFields: Field[] }).flattenedFields[2]!)).toBe(VIETNAM_DATE_CELL)
    expect(cellOf(custom)).toBe('/elsewhere#Cell')
    expect(cellOf(title)).toBeUndefined()
    const day = ((config.globals[0]!.fields[0] as { blocks: { fields: Field[] }[] }).blocks[0]!.fields[0])!
    expect(cellOf(day)).toBe(VIETNAM_DATE_CELL)
  })
})
