/** Statistics of the honour roll (/bang-vang/thong-ke): the public roll's figures, by year range and level. */
import { awardStatistics, type AwardStatistics, type StatisticsFilter } from '@portal/cms/awards/statistics'
import { statisticsCharts, type StatisticsChart } from '@portal/cms/awards/statisticsCharts'
import { AWARD_LEVEL_LABELS } from '@portal/shared'

import { cachedRead } from '../readCache'
import { textParam, yearParam } from '../params'
import { AWARD_LEVELS, awardYears, isAwardLevel } from './awards'
import { payload } from './instance'

export interface HonourRollStatistics {
  applied: StatisticsFilter
  filtered: boolean
  years: number[]
  levels: Array<{ value: string; label: string }>
  statistics: AwardStatistics
  charts: StatisticsChart[]
}

/**
 * The statistics as the URL asks for them (?tu-nam, ?den-nam, ?cap; bad values
 * are ignored, a reversed range is put right). The computation keeps its
 * figures until the roll changes; here a page view only asks, at most every
 * CONTENT_CACHE_MS per process, whether it changed (a few indexed reads).
 */
export async function honourRollStatistics(url: URL): Promise<HonourRollStatistics> {
  let fromYear = yearParam(url, 'tu-nam')
  let toYear = yearParam(url, 'den-nam')
  if (fromYear && toYear && fromYear > toYear) [fromYear, toYear] = [toYear, fromYear]
  const rawLevel = textParam(url, 'cap', 40)
  const level = isAwardLevel(rawLevel) ? rawLevel : null
  const applied: StatisticsFilter = { fromYear, toYear, level }
  const [statistics, years] = await Promise.all([
    cachedRead(`statistics:${fromYear}:${toYear}:${level}`, async () => awardStatistics(await payload(), applied)),
    awardYears(),
  ])
  return {
    applied,
    filtered: Boolean(fromYear || toYear || level),
    years: [...new Set([...years, ...[fromYear, toYear].filter((y): y is number => y !== null)])].sort((a, b) => b - a),
    levels: AWARD_LEVELS.map((value) => ({ value, label: AWARD_LEVEL_LABELS[value] })),
    statistics,
    charts: statisticsCharts(statistics),
  }
}
