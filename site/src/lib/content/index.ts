/**
 * The site's only door to content. Every read goes through `query` (./query.ts):
 * anonymous, published only, cached briefly. Pages and endpoints import named
 * functions from here, never from payload directly.
 */
export { payload } from './instance'
export type { PageOf } from './query'
export type * from './types'
export { idOf, MEDIA_FIELDS, populated } from './relations'
export { navigation, siteSettings } from './globals'
export { homePage } from './home'
export { articleBySlug, articlesInCategory, categoryBySlug, featuredArticles, feedArticles, latestArticles, moreArticlesLike, publishedArticlesByIds } from './articles'
export {
  documentBySlug,
  documentFieldLabel,
  documentFilterOptions,
  documentLibrary,
  documentLibraryFromUrl,
  documentRelations,
  DOCUMENT_FIELD_OPTIONS,
  validityLabel,
  VALIDITY_OPTIONS,
  type AppliedDocumentFilters,
  type DocumentFilterOptions,
  type DocumentLibraryQuery,
  type FilterOption,
} from './documents'
export { allMovements, movementBySlug, movementRelations } from './movements'
export { exemplaryModelBySlug, exemplaryModelFilterOptions, exemplaryModelGallery, listExemplaryModels, type ExemplaryModelFilters } from './models'
export { galleryBySlug, listGalleries, type GalleryKind } from './galleries'
export {
  AWARD_LEVELS,
  awardDecisionBySlug,
  awardSummaries,
  awardTypeOptions,
  awardYears,
  honourRoll,
  honourRollFile,
  isAwardLevel,
  listAwards,
  MAX_ROLL_PAGE,
  movementOptions,
  rollOrderParam,
  unitOptions,
  type AwardQuery,
  type AwardSummaryView,
  type HonourRollEntry,
  type RollOrder,
  type RollPageOf,
} from './awards'
export { honourRollStatistics, type HonourRollStatistics } from './awardStatistics'
export { allBlocs, blocBySlug } from './blocs'
export { awardByVerificationCode, verificationLookupAllowed, type DecisionFacts, type Verification } from './verification'
export { pageBySlug } from './pages'
export { search, SEARCHABLE, type SearchableCollection, type SearchGroup, type SearchHit } from './search'
export { indexable, sitemapSections, type SitemapEntry } from './sitemap'
export { redirectFor } from './redirects'
export { consultationBySlug, consultationsOfAwards, listConsultations, workingCalendarChanges, type ConsultationCard, type ConsultationPage, type NomineeView } from './consultations'
export { decisionLinesForPreview, draftForPreview, previewSecret } from './preview'
