/**
 * The admin dashboard's visit statistics (after the collection cards): the
 * figures, a bar chart of the last 90 days in Vietnam's calendar, and the
 * most-read articles. A server component: it reads the counters directly, and
 * renders for editors only, as the counters' read access says.
 */
import type { ServerProps } from 'payload'
import React from 'react'

import { formatNumber } from '@portal/shared/format'

import { canPublish } from '../access/roles'
import { topArticleCounters } from '../visits/counterStore'
import { dailyVisitSeries, readVisitFigures, type DailyFigures } from '../visits/visitFigures'

const DAYS = 90
const MOST_READ = 10

const dayLabel = (day: string) => day.split('-').reverse().join('/')

function DailyChart({ series }: { series: DailyFigures[] }) {
  const width = 900
  const height = 220
  const top = 16
  const bottom = 28
  const left = 48
  const plot = height - top - bottom
  const max = Math.max(1, ...series.map((d) => d.views))
  const step = (width - left) / series.length
  const y = (value: number) => top + plot - (value / max) * plot
  const firsts = series.filter((d, i) => i === 0 || d.day.endsWith('-01'))
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="tk-bieu-do-tieu-de" style={{ width: '100%', maxWidth: width, height: 'auto' }}>
      <title id="tk-bieu-do-tieu-de">{`Lượt xem trang mỗi ngày, ${dayLabel(series[0]!.day)} – ${dayLabel(series.at(-1)!.day)}; cột nhạt: lượt truy cập`}</title>
      <line x1={left} x2={width} y1={top + plot} y2={top + plot} stroke="currentColor" strokeOpacity={0.4} />
      <text x={left - 6} y={top + 4} textAnchor="end" fontSize={11} fill="currentColor">
        {formatNumber(max)}
      </text>
      <text x={left - 6} y={top + plot} textAnchor="end" fontSize={11} fill="currentColor">
        0
      </text>
      {series.map((d, i) => (
        <g key={d.day}>
          <title>{`${dayLabel(d.day)}: ${formatNumber(d.views)} lượt xem, ${formatNumber(d.visits)} lượt truy cập`}</title>
          <rect x={left + i * step + 1} y={y(d.views)} width={Math.max(1, step - 2)} height={top + plot - y(d.views)} fill="var(--theme-success-500, #2f855a)" />
          <rect x={left + i * step + step / 4} y={y(d.visits)} width={Math.max(1, step / 2 - 1)} height={top + plot - y(d.visits)} fill="var(--theme-elevation-0, #fff)" fillOpacity={0.55} />
        </g>
      ))}
      {firsts.map((d) => {
        const i = series.indexOf(d)
        return (
          <text key={`t-${d.day}`} x={left + i * step} y={height - 8} fontSize={11} fill="currentColor">
            {dayLabel(d.day)}
          </text>
        )
      })}
    </svg>
  )
}

export async function VisitStatistics({ payload, user }: ServerProps) {
  if (!canPublish(user)) return null
  const now = new Date()
  const [figures, series, top] = await Promise.all([readVisitFigures(payload, now), dailyVisitSeries(payload, now, DAYS), topArticleCounters(payload, MOST_READ * 2)])
  const ids = top.map((t) => (payload.db.defaultIDType === 'number' ? Number(t.article) : t.article))
  const { docs: articles } = ids.length
    ? await payload.find({ collection: 'articles', where: { id: { in: ids } }, limit: ids.length, depth: 0, select: { title: true }, overrideAccess: true })
    : { docs: [] }
  const titles = new Map(articles.map((a) => [String(a.id), (a as { title?: string }).title ?? '']))
  const mostRead = top.filter((t) => titles.has(t.article)).slice(0, MOST_READ)
  const rows: Array<[string, { views: number; visits: number } | null, number | null]> = [
    ['Đang truy cập', null, figures.online],
    ['Hôm nay', figures.today, null],
    ['Hôm qua', figures.yesterday, null],
    ['Tháng này', figures.month, null],
    ['Năm nay', figures.year, null],
    ['Tổng cộng', figures.total, null],
  ]
  return (
    <section aria-labelledby="tk-tieu-de" style={{ marginTop: 'calc(var(--base) * 2)' }}>
      <h2 id="tk-tieu-de">Thống kê truy cập</h2>
      <table style={{ borderCollapse: 'collapse', margin: 'var(--base) 0' }}>
        <caption style={{ textAlign: 'left' }}>Số liệu theo giờ Việt Nam; lượt xem trang và lượt truy cập (phiên, cách nhau 30 phút)</caption>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col" style={{ padding: '0 1em' }}>Lượt xem trang</th>
            <th scope="col" style={{ padding: '0 1em' }}>Lượt truy cập</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, pair, single]) => (
            <tr key={label}>
              <th scope="row" style={{ textAlign: 'left' }}>{label}</th>
              {pair ? (
                <>
                  <td style={{ textAlign: 'right', padding: '0 1em' }}>{formatNumber(pair.views)}</td>
                  <td style={{ textAlign: 'right', padding: '0 1em' }}>{formatNumber(pair.visits)}</td>
                </>
              ) : (
                <td colSpan={2} style={{ textAlign: 'right', padding: '0 1em' }}>{formatNumber(single ?? 0)} người (5 phút qua)</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{`${DAYS} ngày gần nhất`}</h3>
      <DailyChart series={series} />
      <details>
        <summary>Bảng số liệu theo ngày</summary>
        <table>
          <caption>Lượt xem trang và lượt truy cập mỗi ngày, {DAYS} ngày gần nhất</caption>
          <thead>
            <tr>
              <th scope="col">Ngày</th>
              <th scope="col">Lượt xem trang</th>
              <th scope="col">Lượt truy cập</th>
            </tr>
          </thead>
          <tbody>
            {[...series].reverse().map((d) => (
              <tr key={d.day}>
                <th scope="row">{dayLabel(d.day)}</th>
                <td style={{ textAlign: 'right' }}>{formatNumber(d.views)}</td>
                <td style={{ textAlign: 'right' }}>{formatNumber(d.visits)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <h3>Đọc nhiều</h3>
      {mostRead.length === 0 ? (
        <p>Chưa có lượt xem bài viết nào.</p>
      ) : (
        <ol>
          {mostRead.map((t) => (
            <li key={t.article}>
              <a href={`/admin/collections/articles/${t.article}`}>{titles.get(t.article)}</a> – {formatNumber(t.views)} lượt xem
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
