/**
 * The honour roll's statistics as charts: which charts, their Vietnamese
 * titles and series, and the bars, so that the site page and the admin
 * widget draw the same ones (with `barChartSvg` and `chartRows`).
 */
import type { BarChart, ChartSeries } from '@portal/shared/barChart'
import { formatNumber } from '@portal/shared/format'

import type { AwardStatistics, Group } from './index'

export interface StatisticsChart {
  /** The section heading ("Theo năm"). */
  heading: string
  /** The table's first column ("Năm"). */
  dimension: string
  chart: BarChart
}

export const NAMED_SERIES: ChartSeries = { name: 'Có tên trên bảng vàng', pattern: 'solid' }
export const SUMMARISED_SERIES: ChartSeries = { name: 'Theo số liệu tổng hợp', pattern: 'hatched' }

/** Bars a long dimension shows at most; the rest add up to one last bar. */
export const MAX_BARS = 15

function bars<K>(groups: Group<K>[], withSummaries: boolean, rest: (n: number) => string) {
  const values = (g: { named: number; summarised: number }) => (withSummaries ? [g.named, g.summarised] : [g.named])
  const shown = groups.slice(0, MAX_BARS).map((g) => ({ label: g.label, values: values(g) }))
  const others = groups.slice(MAX_BARS)
  if (others.length) {
    const sum = others.reduce((a, g) => ({ named: a.named + g.named, summarised: a.summarised + g.summarised }), { named: 0, summarised: 0 })
    shown.push({ label: rest(others.length), values: values(sum) })
  }
  return shown
}

/** The charts of a set of statistics; `idPrefix` keeps ids unique when a page shows two sets. */
export function statisticsCharts(stats: AwardStatistics, idPrefix = 'thong-ke'): StatisticsChart[] {
  const withSummaries = stats.total.summarised > 0
  const series = withSummaries ? [NAMED_SERIES, SUMMARISED_SERIES] : [NAMED_SERIES]
  const note = withSummaries ? 'Phần gạch chéo là số liệu tổng hợp không kèm danh sách tên. Số liệu chi tiết ở bảng bên dưới.' : 'Số liệu chi tiết ở bảng bên dưới.'
  const make = <K>(key: string, heading: string, dimension: string, groups: Group<K>[], rest: string, summaries = withSummaries): StatisticsChart => ({
    heading,
    dimension,
    chart: {
      id: `${idPrefix}-${key}`,
      title: `Số khen thưởng ${heading.toLowerCase()}`,
      series: summaries ? series : [NAMED_SERIES],
      bars: bars(groups, summaries, (n) => `${rest} (${formatNumber(n)})`),
      note: summaries ? note : 'Số liệu chi tiết ở bảng bên dưới.',
    },
  })
  return [
    make('nam', 'Theo năm', 'Năm', stats.byYear, 'Các năm khác'),
    make('cap', 'Theo cấp khen thưởng', 'Cấp khen thưởng', stats.byLevel, 'Các cấp khác'),
    make('danh-hieu', 'Theo danh hiệu, hình thức', 'Danh hiệu, hình thức', stats.byType, 'Các danh hiệu, hình thức khác'),
    make('doi-tuong', 'Theo đối tượng (cá nhân, tập thể)', 'Đối tượng', stats.byKind, 'Đối tượng khác'),
    make('don-vi', 'Theo đơn vị', 'Đơn vị', stats.byUnit, 'Các đơn vị khác'),
    // Summaries name no decision, so no movement: this chart has the named awards only.
    make('phong-trao', 'Theo phong trào thi đua', 'Phong trào thi đua', stats.byMovement, 'Các phong trào khác', false),
  ]
}
