/**
 * Public consultation on nominees (lấy ý kiến Nhân dân): the working-calendar
 * reference data, citizens' comments, and the council's summary, as the site
 * and the tests see them: `@portal/cms/consultations`.
 */
export * from './calendar'
export * from './comments'
export * from './summary'
