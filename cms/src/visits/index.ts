export { createVisitRecorder, type VisitRecorder, type ViewOutcome, type ViewRequest } from './visitRecorder'
export { readVisitFigures, dailyVisitSeries, type VisitFigures, type PeriodFigures, type DailyFigures } from './visitFigures'
export { topArticleCounters } from './counterStore'
