import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import { barChartSvg, chartDescription, chartRows, type BarChart } from '../../shared/src/barChart'

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['g', 'rect', 'text'].includes(name) })

interface Rect {
  class: string
  'data-series'?: string
  'data-value'?: string
  width: string
  fill: string
}
interface Row {
  'data-label': string
  'data-total': string
  rect?: Rect[]
  text: Array<string | { '#text': string | number }>
  title?: string
}

function parse(svg: string) {
  expect(XMLValidator.validate(svg)).toBe(true)
  const root = parser.parse(svg).svg as { title: { '#text': string; id: string }; desc: { '#text': string; id: string }; g?: Row[]; role: string; 'aria-labelledby': string; defs?: unknown }
  return root
}

const chart: BarChart = {
  id: 'nam',
  title: 'Khen thưởng theo năm',
  series: [
    { name: 'Có tên trong bảng vàng', pattern: 'solid' },
    { name: 'Theo số liệu tổng hợp', pattern: 'hatched' },
  ],
  bars: [
    { label: '2024', values: [676_536, 1_200] },
    { label: '2023', values: [300_000, 0] },
    { label: 'Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum & <các đơn vị>', values: [12, 30] },
  ],
  note: 'Số liệu chi tiết ở bảng bên dưới.',
}

describe('barChartSvg', () => {
  const svg = barChartSvg(chart)
  const root = parse(svg)
  const rows = root.g ?? []

  it('is one named and described image', () => {
    expect(root.role).toBe('img')
    expect(root.title['#text']).toBe('Khen thưởng theo năm')
    expect(root.desc['#text']).toBe(chartDescription(chart))
    expect(root['aria-labelledby']).toBe(`${root.title.id} ${root.desc.id}`)
    expect(root.desc['#text']).toContain('tổng cộng 977.778')
    expect(root.desc['#text']).toContain('Cao nhất: 2024 (677.736)')
    // The series are told apart in words, not by colour alone.
    expect(root.desc['#text']).toContain('phần gạch chéo')
    expect(root.defs).toBeDefined()
  })

  it('escapes text (a label with & and <)', () => {
    expect(svg).not.toContain('<các')
    expect(rows[2]!['data-label']).toBe('Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum &amp; &lt;các đơn vị&gt;'.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'))
    // A long label is shortened on the chart and given whole in a tooltip.
    expect(rows[2]!.title).toContain('Kon Tum & <các đơn vị>: 42')
  })

  it('draws bars in proportion to their values, stacked per series', () => {
    const widthOf = (row: Row, series: number) => Number(row.rect?.find((r) => r['data-series'] === String(series))?.width ?? 0)
    const first = widthOf(rows[0]!, 0)
    expect(first).toBeGreaterThan(0)
    expect(widthOf(rows[1]!, 0) / first).toBeCloseTo(300_000 / 676_536, 3)
    expect(widthOf(rows[0]!, 1) / first).toBeCloseTo(1_200 / 676_536, 3)
    // A zero draws nothing; the hatched series is filled with the pattern, the solid one with the text colour.
    expect(rows[1]!.rect).toHaveLength(1)
    expect(rows[0]!.rect!.find((r) => r['data-series'] === '1')!.fill).toBe('url(#nam-gach)')
    expect(rows[0]!.rect!.find((r) => r['data-series'] === '0')!.fill).toBe('currentColor')
  })

  it('writes the numbers the Vietnamese way', () => {
    expect(svg).toContain('>677.736<')
    expect(svg).toContain('>300.000<')
  })

  it('has the same figures as the table beside it', () => {
    const table = chartRows(chart)
    expect(table.map((r) => r.label)).toEqual(rows.map((r) => r['data-label']))
    expect(table.map((r) => r.total)).toEqual(rows.map((r) => Number(r['data-total'])))
    for (const [i, row] of rows.entries()) {
      for (const rect of row.rect ?? []) expect(Number(rect['data-value'])).toBe(table[i]!.values[Number(rect['data-series'])])
      expect(table[i]!.total).toBe(chart.bars[i]!.values.reduce((a, b) => a + b, 0))
    }
  })

  it('an empty chart is still valid and says there is nothing', () => {
    const empty = parse(barChartSvg({ id: 'rong', title: 'Trống', series: [{ name: 'Số lượng', pattern: 'solid' }], bars: [] }))
    expect(empty.desc['#text']).toBe('Chưa có số liệu.')
    expect(empty.g).toBeUndefined()
  })

  it('one series has no legend and no pattern', () => {
    const single = barChartSvg({ id: 'don', title: 'Một chuỗi', series: [{ name: 'Số lượng', pattern: 'solid' }], bars: [{ label: 'A', values: [3] }, { label: 'B', values: [1] }] })
    const root = parse(single)
    expect(root.defs).toBeUndefined()
    expect(Number(root.g![1]!.rect![0]!.width) * 3).toBeCloseTo(Number(root.g![0]!.rect![0]!.width), 1)
  })
})
