import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { withAuditLogs } from './audit'
import { ArticleRatings } from './collections/ArticleRatings'
import { Articles } from './collections/Articles'
import { AuditLog } from './collections/AuditLog'
import { AwardDecisions } from './collections/AwardDecisions'
import { AwardImports } from './collections/AwardImports'
import { AwardSummaries } from './collections/AwardSummaries'
import { AwardTypes } from './collections/AwardTypes'
import { Awards } from './collections/Awards'
import { Blocs } from './collections/Blocs'
import { Categories } from './collections/Categories'
import { ConsultationComments } from './collections/ConsultationComments'
import { Consultations } from './collections/Consultations'
import { DocumentTypes } from './collections/DocumentTypes'
import { Documents } from './collections/Documents'
import { ExemplaryModels } from './collections/ExemplaryModels'
import { Feedback } from './collections/Feedback'
import { FeedbackAttachments } from './collections/FeedbackAttachments'
import { Galleries } from './collections/Galleries'
import { Media } from './collections/Media'
import { LARGEST_UPLOAD } from './collections/Media/uploadRules'
import { Movements } from './collections/Movements'
import { Nominees } from './collections/Nominees'
import { Pages } from './collections/Pages'
import { PollVotes } from './collections/PollVotes'
import { Polls } from './collections/Polls'
import { RateLimits } from './collections/RateLimits'
import { Units } from './collections/Units'
import { Users } from './collections/Users'
import { VisitCounters } from './collections/VisitCounters'
import { VisitPresence } from './collections/VisitPresence'
import { databaseAdapter } from './db/adapter'
import { mailAdapter } from './email/adapter'
import { cmsUrl, trustedOrigins } from './env/origins'
import { repoRoot } from './env/paths'
import { richTextEditor } from './fields/richText'
import { resolveSecret } from './env/secret'
import { EngagementSettings } from './globals/EngagementSettings'
import { Navigation } from './globals/Navigation'
import { SiteSettings } from './globals/SiteSettings'
import { WorkingCalendar } from './globals/WorkingCalendar'
import { GRAPHQL_LIMITS } from './graphql/limits'
import { translations, withVietnamese } from './i18n'
import { ADMIN_TIMEZONES, withVietnamDateCells } from './fields/dates'
import { plugins } from './plugins'
import { jobs } from './workflow/jobs'
import { withPreviews } from './workflow/preview'
import { withReadableDiffs } from './workflow/versionDiff'

/** The content model of the recognition portal, in one table of contents. */
// List views show dates in Vietnam's time zone (fields/dates.ts).
export default withVietnamDateCells(withVietnamese(buildConfig({
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' – Quản trị Cổng Thi đua – Khen thưởng' },
    importMap: { baseDir: `${repoRoot}/cms/src` },
    dateFormat: 'dd/MM/yyyy HH:mm',
    // Gravatar would call an outside service from every editor's browser.
    avatar: 'default',
    timezones: ADMIN_TIMEZONES,
    components: {
      // The agency's emblem on the sign-in page and in the navigation.
      graphics: { Logo: '/components/AgencyLogo#AgencyLogo', Icon: '/components/AgencyLogo#AgencyIcon' },
      // Visit statistics: the 90-day chart and the most-read articles; the honour roll's statistics; for editors.
      afterDashboard: ['/components/VisitStatistics#VisitStatistics', '/components/AwardStatistics#AwardStatistics'],
      // What the portal rules require and is still missing; then what waits for review, what is scheduled, recent
      // publications and new feedback, by role.
      beforeDashboard: ['/components/OwnerChecklist#OwnerChecklist', '/components/EditorialDashboard#EditorialDashboard'],
    },
  },
  i18n: {
    supportedLanguages: { vi },
    fallbackLanguage: 'vi',
    translations,
  },
  // Every editorial change and sign-in goes on the audit log (audit/); pages of the site get "Xem trước" (workflow/preview.ts).
  // Version comparisons show editors' fields in their words (workflow/versionDiff.ts).
  collections: withAuditLogs(withPreviews(withReadableDiffs([
    Articles,
    Documents,
    Movements,
    ExemplaryModels,
    Awards,
    AwardDecisions,
    AwardSummaries,
    AwardImports,
    Galleries,
    Pages,
    Categories,
    Media,
    Units,
    Blocs,
    AwardTypes,
    DocumentTypes,
    Users,
    // Engagement: ratings, polls, feedback (group "Tương tác")
    ArticleRatings,
    Polls,
    PollVotes,
    Feedback,
    FeedbackAttachments,
    RateLimits,
    VisitCounters,
    VisitPresence,
    // Public consultation on nominees (lấy ý kiến Nhân dân)
    Consultations,
    Nominees,
    ConsultationComments,
    AuditLog,
  ]))),
  globals: [SiteSettings, Navigation, EngagementSettings, WorkingCalendar],
  // Scheduled publish and unpublish (workflow/jobs.ts).
  jobs,
  editor: richTextEditor,
  db: databaseAdapter(),
  secret: resolveSecret(),
  sharp,
  // SMTP when configured (SMTP_HOST...); otherwise no adapter and no mail.
  email: mailAdapter(),
  upload: { limits: { fileSize: LARGEST_UPLOAD } },
  serverURL: cmsUrl,
  cors: trustedOrigins(),
  csrf: trustedOrigins(),
  typescript: { outputFile: `${repoRoot}/cms/src/payload-types.ts` },
  // Limits on aliases, depth and fields are checked before this, in graphql/guard.ts.
  graphQL: { disablePlaygroundInProduction: true, maxComplexity: GRAPHQL_LIMITS.complexity },
  telemetry: false,
  plugins,
})))
