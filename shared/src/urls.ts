/**
 * Public URLs of the portal, in unaccented Vietnamese. One table, used by the
 * site to link and by the CMS to record redirects when a slug changes.
 */
export const SECTION_PATHS = {
  articles: '/tin-tuc',
  categories: '/chuyen-muc',
  documents: '/van-ban',
  movements: '/phong-trao-thi-dua',
  'exemplary-models': '/dien-hinh-tien-tien',
  /** An award's own page is its verification page, by its verification code. */
  awards: '/xac-minh',
  'award-decisions': '/bang-vang/quyet-dinh',
  blocs: '/khoi-thi-dua',
  galleries: '/thu-vien',
  consultations: '/lay-y-kien',
  pages: '',
} as const

export type RoutedCollection = keyof typeof SECTION_PATHS

/** The public URL of a document of a collection, from its slug. */
export function pathFor(collection: RoutedCollection, slug: string): string {
  return `${SECTION_PATHS[collection]}/${slug}`
}

/** Other fixed pages. */
export const PAGE_PATHS = {
  home: '/',
  search: '/tim-kiem',
  feedback: '/gop-y',
  consultations: '/lay-y-kien',
  sitemap: '/so-do-cong',
  calendar: '/lich-van-nien',
  english: '/english',
  photos: '/thu-vien?loai=anh',
  videos: '/thu-vien?loai=video',
  awardStatistics: '/bang-vang/thong-ke',
} as const

/** Collections whose items have a page of their own: what rich text may link to or show as a card. */
export const RICH_TEXT_LINKABLE = ['articles', 'documents', 'movements', 'exemplary-models', 'award-decisions', 'galleries', 'blocs', 'pages', 'categories'] as const satisfies readonly RoutedCollection[]

export const isRichTextLinkable = (collection: unknown): collection is (typeof RICH_TEXT_LINKABLE)[number] =>
  typeof collection === 'string' && (RICH_TEXT_LINKABLE as readonly string[]).includes(collection)
