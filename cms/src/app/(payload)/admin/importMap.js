import { ReturnedNotice as ReturnedNotice_70405bc9cf99f90787a573597fc80b8b } from '../../../components/review/ReturnedNotice'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { VietnameseSlashMenuClient as VietnameseSlashMenuClient_f47e49cfcb763dd2ad8ac9f48c9a610a } from '../../../fields/richText/VietnameseSlashMenu.client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { VietnamDateCell as VietnamDateCell_6c183193ed6af5b7faab89281f7c8196 } from '../../../components/VietnamDateCell'
import { YesNoDiff as YesNoDiff_7022807322608a85249b37fbb8d512f2 } from '../../../components/diff/YesNoDiff'
import { NoDiff as NoDiff_147cad18a9e35e0aebac881905117373 } from '../../../components/diff/NoDiff'
import { OverviewComponent as OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaTitleComponent as MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaDescriptionComponent as MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaImageComponent as MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { PreviewComponent as PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { ReviewActions as ReviewActions_1eaa9bc59c3e11aebff3efeb5433f60b } from '../../../components/review/ReviewActions'
import { ApprovePublishButton as ApprovePublishButton_6099443960517d1690dbcc6a4897a1cc } from '../../../components/review/ApprovePublishButton'
import { AwardVerification as AwardVerification_ae6552254a8aec28f1df06f520c52d3a } from '../../../components/AwardVerification'
import { AwardImport as AwardImport_2b9d17100b2a33d596b0ff02748ebc99 } from '../../../components/AwardImport'
import { DecisionCertificates as DecisionCertificates_ae6552254a8aec28f1df06f520c52d3a } from '../../../components/AwardVerification'
import { ConsultationSummaryLinks as ConsultationSummaryLinks_bb6e2011733f2f0cd011e7862290e258 } from '../../../components/ConsultationSummaryLinks'
import { CollectionLabelCell as CollectionLabelCell_bc937f085b90acbd0f788e48527bbd4d } from '../../../components/CollectionLabelCell'
import { AgencyIcon as AgencyIcon_5a5f69b513f4dee44fc4ddf2df737835 } from '../../../components/AgencyLogo'
import { AgencyLogo as AgencyLogo_5a5f69b513f4dee44fc4ddf2df737835 } from '../../../components/AgencyLogo'
import { VisitStatistics as VisitStatistics_f3405744145c07f03fd256aee88648ec } from '../../../components/VisitStatistics'
import { AwardStatistics as AwardStatistics_049909770e4a4b2c9fc90597c8fd3c00 } from '../../../components/AwardStatistics'
import { OwnerChecklist as OwnerChecklist_ac6814641bd69ebb174aa755acd3c0ec } from '../../../components/OwnerChecklist'
import { EditorialDashboard as EditorialDashboard_fbd818af35ed4843828ed70ba9cb878c } from '../../../components/EditorialDashboard'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/review/ReturnedNotice#ReturnedNotice": ReturnedNotice_70405bc9cf99f90787a573597fc80b8b,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "/fields/richText/VietnameseSlashMenu.client#VietnameseSlashMenuClient": VietnameseSlashMenuClient_f47e49cfcb763dd2ad8ac9f48c9a610a,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/VietnamDateCell#VietnamDateCell": VietnamDateCell_6c183193ed6af5b7faab89281f7c8196,
  "/components/diff/YesNoDiff#YesNoDiff": YesNoDiff_7022807322608a85249b37fbb8d512f2,
  "/components/diff/NoDiff#NoDiff": NoDiff_147cad18a9e35e0aebac881905117373,
  "@payloadcms/plugin-seo/client#OverviewComponent": OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaTitleComponent": MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaDescriptionComponent": MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaImageComponent": MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#PreviewComponent": PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "/components/review/ReviewActions#ReviewActions": ReviewActions_1eaa9bc59c3e11aebff3efeb5433f60b,
  "/components/review/ApprovePublishButton#ApprovePublishButton": ApprovePublishButton_6099443960517d1690dbcc6a4897a1cc,
  "/components/AwardVerification#AwardVerification": AwardVerification_ae6552254a8aec28f1df06f520c52d3a,
  "/components/AwardImport#AwardImport": AwardImport_2b9d17100b2a33d596b0ff02748ebc99,
  "/components/AwardVerification#DecisionCertificates": DecisionCertificates_ae6552254a8aec28f1df06f520c52d3a,
  "/components/ConsultationSummaryLinks#ConsultationSummaryLinks": ConsultationSummaryLinks_bb6e2011733f2f0cd011e7862290e258,
  "/components/CollectionLabelCell#CollectionLabelCell": CollectionLabelCell_bc937f085b90acbd0f788e48527bbd4d,
  "/components/AgencyLogo#AgencyIcon": AgencyIcon_5a5f69b513f4dee44fc4ddf2df737835,
  "/components/AgencyLogo#AgencyLogo": AgencyLogo_5a5f69b513f4dee44fc4ddf2df737835,
  "/components/VisitStatistics#VisitStatistics": VisitStatistics_f3405744145c07f03fd256aee88648ec,
  "/components/AwardStatistics#AwardStatistics": AwardStatistics_049909770e4a4b2c9fc90597c8fd3c00,
  "/components/OwnerChecklist#OwnerChecklist": OwnerChecklist_ac6814641bd69ebb174aa755acd3c0ec,
  "/components/EditorialDashboard#EditorialDashboard": EditorialDashboard_fbd818af35ed4843828ed70ba9cb878c,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
