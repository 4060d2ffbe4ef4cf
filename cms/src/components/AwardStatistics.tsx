/**
 * The admin dashboard's honour-roll statistics, for editors: the figures of
 * the public roll (as /bang-vang/thong-ke shows them) by year, level, kind
 * and award type, drawn by the same SVG builder as the site, each with its
 * table. A server component: it asks the one computation, which keeps its
 * figures until the roll changes, so a dashboard view does not count the roll.
 */
import type { ServerProps } from 'payload'
import React from 'react'

import { barChartSvg, chartRows } from '@portal/shared/barChart'
import { formatDateTime, formatNumber } from '@portal/shared/format'
import { PAGE_PATHS } from '@portal/shared/urls'

import { canPublish } from '../access/roles'
import { awardStatistics } from '../awards/statistics'
import { statisticsCharts, type StatisticsChart } from '../awards/statistics/charts'
import { env } from '../env'

/** The dashboard keeps to the short charts; units and movements are on the site's page. */
const SHOWN = ['qt-thong-ke-nam', 'qt-thong-ke-cap', 'qt-thong-ke-doi-tuong', 'qt-thong-ke-danh-hieu']

function ChartWithTable({ spec }: { spec: StatisticsChart }) {
  const { chart, heading, dimension } = spec
  const rows = chartRows(chart)
  const stacked = chart.series.length > 1
  return (
    <section aria-labelledby={`${chart.id}-muc`} style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>
      <h3 id={`${chart.id}-muc`}>{heading}</h3>
      {/* The shared builder's SVG: role="img" with its title and description; colours follow the admin's text colour. */}
      <div style={{ maxWidth: '46em', color: 'var(--theme-text)' }} dangerouslySetInnerHTML={{ __html: barChartSvg(chart) }} />
      <details>
        <summary>Bảng số liệu</summary>
        <table>
          <caption style={{ textAlign: 'left' }}>{chart.title}</caption>
          <thead>
            <tr>
              <th scope="col">{dimension}</th>
              {stacked && chart.series.map((s) => <th scope="col" key={s.name}>{s.name}</th>)}
              <th scope="col">{stacked ? 'Tổng cộng' : 'Số khen thưởng'}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row" style={{ textAlign: 'left', fontWeight: 'normal' }}>{row.label}</th>
                {stacked && row.values.map((v, i) => <td key={i} style={{ textAlign: 'right', padding: '0 1em' }}>{formatNumber(v)}</td>)}
                <td style={{ textAlign: 'right', padding: '0 1em' }}>{formatNumber(row.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  )
}

export async function AwardStatistics({ payload, user }: ServerProps) {
  if (!canPublish(user)) return null
  const stats = await awardStatistics(payload)
  const { named, summarised } = stats.total
  const charts = statisticsCharts(stats, 'qt-thong-ke').filter((c) => SHOWN.includes(c.chart.id))
  return (
    <section aria-labelledby="qt-thong-ke-tieu-de" style={{ marginTop: 'calc(var(--base) * 2)' }}>
      <h2 id="qt-thong-ke-tieu-de">Thống kê bảng vàng khen thưởng</h2>
      <p>
        {`Bảng vàng công khai có ${formatNumber(named)} khen thưởng có tên`}
        {summarised ? `, thêm ${formatNumber(summarised)} theo số liệu tổng hợp (không kèm tên)` : ''}
        {`. Không tính khen thưởng của quyết định chưa xuất bản và khen thưởng đã thu hồi. Số liệu tính lúc ${formatDateTime(stats.computedAt)}. `}
        <a href={`${env().siteUrl}${PAGE_PATHS.awardStatistics}`}>Xem đầy đủ trên cổng (theo đơn vị, phong trào, lọc theo năm và cấp)</a>
      </p>
      {named + summarised === 0 ? <p>Chưa có khen thưởng nào trên bảng vàng công khai.</p> : charts.map((spec) => <ChartWithTable key={spec.chart.id} spec={spec} />)}
    </section>
  )
}
