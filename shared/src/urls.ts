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
  awards: '/bang-vang',
  'award-decisions': '/bang-vang/quyet-dinh',
  blocs: '/khoi-thi-dua',
  galleries: '/thu-vien',
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
} as const
