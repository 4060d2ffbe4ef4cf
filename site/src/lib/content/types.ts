/** The content types pages work with, as Payload generates them. */
export type {
  Article,
  Award,
  AwardDecision,
  AwardSummary,
  AwardType,
  Bloc,
  Category,
  Document as LegalDocument,
  DocumentType,
  ExemplaryModel,
  Gallery,
  Movement,
  Navigation,
  Page,
  SiteSetting,
  Unit,
} from '@portal/cms/payload-types'
