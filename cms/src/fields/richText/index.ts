import {
  AlignFeature,
  BlockquoteFeature,
  BoldFeature,
  ChecklistFeature,
  FixedToolbarFeature,
  HeadingFeature,
  HorizontalRuleFeature,
  IndentFeature,
  InlineToolbarFeature,
  ItalicFeature,
  LinkFeature,
  OrderedListFeature,
  ParagraphFeature,
  RelationshipFeature,
  StrikethroughFeature,
  SubscriptFeature,
  SuperscriptFeature,
  UnderlineFeature,
  UnorderedListFeature,
  UploadFeature,
  createServerFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'

import { RICH_TEXT_LINKABLE } from '@portal/shared'

import { slashMenuTermsProps, type SlashMenuTermsProps } from './slashMenuTerms'

/** Vietnamese keywords and multi-word queries for the "/" menu (see VietnameseSlashMenu.client.tsx). */
const VietnameseSlashMenuFeature = createServerFeature<undefined, undefined, SlashMenuTermsProps>({
  key: 'vietnameseSlashMenu',
  feature: {
    ClientFeature: '/fields/richText/VietnameseSlashMenu.client#VietnameseSlashMenuClient',
    clientFeatureProps: slashMenuTermsProps(),
  },
})

/**
 * The one editor of every rich-text field, offering exactly what the site's
 * renderer (site/src/lib/richText.ts) draws: no inline code, no tables, no
 * blocks, no text colours. Links and content cards reach only collections that
 * have a page on the site; uploads come from the media library. None of them
 * is populated by Payload (maxDepth 0): the site reads what they point at
 * itself, published-only and with the few fields it shows
 * (site/src/lib/content/richText.ts), and the admin loads its own previews.
 */
export const richTextEditor = lexicalEditor({
  features: [
    ParagraphFeature(),
    // The page title is the h1.
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    BoldFeature(),
    ItalicFeature(),
    UnderlineFeature(),
    StrikethroughFeature(),
    SubscriptFeature(),
    SuperscriptFeature(),
    AlignFeature(),
    IndentFeature(),
    UnorderedListFeature(),
    OrderedListFeature(),
    ChecklistFeature(),
    BlockquoteFeature(),
    LinkFeature({ enabledCollections: [...RICH_TEXT_LINKABLE], maxDepth: 0 }),
    RelationshipFeature({ enabledCollections: [...RICH_TEXT_LINKABLE], maxDepth: 0 }),
    UploadFeature({ enabledCollections: ['media'], maxDepth: 0 }),
    HorizontalRuleFeature(),
    // Editors asked for buttons they can see, not only formatting on selection.
    FixedToolbarFeature(),
    InlineToolbarFeature(),
    VietnameseSlashMenuFeature(),
  ],
})
