/** The honour roll's import, export and cleanup: the one home of award-list logic on the CMS side. */
export { discardInterruptedImports } from './cleanup'
export { commitImport, discardBatch, planImport, type CommitResult, type ImportInput, type ImportPlan } from './importAwards'
export { ImportRefusal, MAX_IMPORT_BYTES, readSpreadsheet } from './readSpreadsheet'
export { problemsWorkbook, reportText } from './report'
export { exportHonourRoll, type HonourRollFilter } from './export'
export { INSERT_CHUNK, insertAwards } from './insertAwards'
export { AWARD_SEARCH_SOURCES, awardSearchText } from './searchText'
