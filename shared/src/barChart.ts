/**
 * Horizontal bar charts as SVG text, for the site (Astro) and the admin
 * (React) alike, so both draw the same chart from the same figures. Bars may
 * be stacked from several series; series differ by pattern (solid, hatched),
 * never by colour alone. Every colour is `currentColor` unless the page's
 * stylesheet styles the classes (`chart-bar`, `chart-bar-solid`, `chart-hatch`, `chart-text`),
 * so the chart follows the page's contrast mode. The chart is one image
 * (role="img") named by its <title> and described by its <desc>; the figures
 * themselves belong in a table beside it: `chartRows` gives that table the
 * very numbers the bars were drawn from.
 */
import { escapeHtml } from './escapeHtml'
import { formatNumber } from './format'

export interface ChartSeries {
  /** Shown in the legend and the table's column heading. */
  name: string
  pattern: 'solid' | 'hatched'
}

export interface ChartBar {
  label: string
  /** One value per series, in the order of `series`. */
  values: number[]
}

export interface BarChart {
  /** Unique on the page: prefixes the ids of the title, description and patterns. */
  id: string
  title: string
  series: ChartSeries[]
  bars: ChartBar[]
  /** Added to the generated description ("Số liệu chi tiết ở bảng bên dưới."). */
  note?: string
}

export interface ChartRow {
  label: string
  values: number[]
  total: number
}

const WIDTH = 720
const LABEL_WIDTH = 300
const VALUE_WIDTH = 90
const ROW = 30
const BAR = 20
const TOP = 8
const LEGEND = 30
const FONT = 14
// About 7.5 units a letter at this size: a shortened label fits its column.
const MAX_LABEL = 32

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

/** The figures of a chart as table rows: the bars' own values and their totals. */
export function chartRows(chart: BarChart): ChartRow[] {
  return chart.bars.map((bar) => ({ label: bar.label, values: chart.series.map((_, i) => bar.values[i] ?? 0), total: sum(chart.series.map((_, i) => bar.values[i] ?? 0)) }))
}

const shorten = (label: string) => (label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1).trimEnd()}…` : label)

/** What a screen reader hears for the chart: its shape, its largest bar, and where the figures are. */
export function chartDescription(chart: BarChart): string {
  const rows = chartRows(chart)
  if (rows.length === 0) return 'Chưa có số liệu.'
  const largest = rows.reduce((a, b) => (b.total > a.total ? b : a))
  const parts = [
    `Biểu đồ cột ngang, ${formatNumber(rows.length)} mục, tổng cộng ${formatNumber(sum(rows.map((r) => r.total)))}.`,
    `Cao nhất: ${largest.label} (${formatNumber(largest.total)}).`,
  ]
  if (chart.series.length > 1) parts.push(`Mỗi cột gồm: ${chart.series.map((s) => `${s.name} (${s.pattern === 'solid' ? 'phần tô đặc' : 'phần gạch chéo'})`).join(', ')}.`)
  if (chart.note) parts.push(chart.note)
  return parts.join(' ')
}

const fillOf = (chart: BarChart, series: ChartSeries) => (series.pattern === 'solid' ? 'currentColor' : `url(#${chart.id}-gach)`)

/** The chart as an SVG element (text), scaled to its container's width. */
export function barChartSvg(chart: BarChart): string {
  const rows = chartRows(chart)
  const stacked = chart.series.length > 1
  const legend = stacked ? LEGEND : 0
  const height = TOP + legend + Math.max(1, rows.length) * ROW + TOP
  const plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH
  const max = Math.max(1, ...rows.map((r) => r.total))
  const scale = (value: number) => (value / max) * plot
  const id = escapeHtml(chart.id)
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-labelledby="${id}-tieu-de ${id}-mo-ta" font-size="${FONT}" font-family="inherit">`,
    `<title id="${id}-tieu-de">${escapeHtml(chart.title)}</title>`,
    `<desc id="${id}-mo-ta">${escapeHtml(chartDescription(chart))}</desc>`,
  ]
  if (chart.series.some((s) => s.pattern === 'hatched')) {
    out.push(
      `<defs><pattern id="${id}-gach" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line class="chart-hatch" x1="0" y1="0" x2="0" y2="6" stroke="currentColor" stroke-width="3"/></pattern></defs>`,
    )
  }
  if (stacked) {
    let x = LABEL_WIDTH
    chart.series.forEach((s) => {
      out.push(
        `<rect class="chart-bar chart-bar-${s.pattern}" x="${x}" y="${TOP + 4}" width="16" height="16" fill="${fillOf(chart, s)}" stroke="currentColor"/>`,
        `<text class="chart-text" x="${x + 22}" y="${TOP + 17}" fill="currentColor">${escapeHtml(s.name)}</text>`,
      )
      x += 40 + s.name.length * 8
    })
  }
  rows.forEach((row, i) => {
    const y = TOP + legend + i * ROW
    out.push(`<g class="chart-row" data-label="${escapeHtml(row.label)}" data-total="${row.total}">`)
    if (row.label.length > MAX_LABEL) out.push(`<title>${escapeHtml(`${row.label}: ${formatNumber(row.total)}`)}</title>`)
    out.push(`<text class="chart-text" x="${LABEL_WIDTH - 8}" y="${y + BAR - 4}" text-anchor="end" fill="currentColor">${escapeHtml(shorten(row.label))}</text>`)
    let x = LABEL_WIDTH
    row.values.forEach((value, s) => {
      const width = scale(value)
      const series = chart.series[s]!
      if (value > 0) {
        out.push(
          `<rect class="chart-bar chart-bar-${series.pattern}" data-series="${s}" data-value="${value}" x="${round(x)}" y="${y + (ROW - BAR) / 2 - 3}" width="${round(width)}" height="${BAR}" fill="${fillOf(chart, series)}" stroke="currentColor" stroke-width="1"/>`,
        )
      }
      x += width
    })
    out.push(`<text class="chart-text" x="${round(x + 6)}" y="${y + BAR - 4}" fill="currentColor">${formatNumber(row.total)}</text>`, '</g>')
  })
  out.push(`<line class="chart-axis" x1="${LABEL_WIDTH}" x2="${LABEL_WIDTH}" y1="${TOP + legend}" y2="${height - TOP}" stroke="currentColor"/>`, '</svg>')
  return out.join('')
}

const round = (n: number) => Math.round(n * 100) / 100
