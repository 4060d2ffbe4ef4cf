/** The database as the site, the seed and the tests see it: `@portal/cms/db`. */
export { databaseKind, type DatabaseKind } from './adapter'
export { migrateDatabase } from './migrate'
export { isUniqueViolation } from './uniqueViolation'
export { readiness, readinessAnswer, probeAnswer, type Readiness } from './readiness'
