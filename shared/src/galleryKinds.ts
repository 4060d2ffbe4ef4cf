/** Albums of the photo and video library, and how readers see and ask for each kind. */
export type GalleryKind = 'photo' | 'video'

/** Short labels (cards, tabs). */
export const GALLERY_KIND_LABELS: Record<GalleryKind, string> = { photo: 'Hình ảnh', video: 'Video' }

/** The title of the library filtered to one kind, and of an album's section. */
export const GALLERY_KIND_TITLES: Record<GalleryKind, string> = { photo: 'Hình ảnh hoạt động', video: 'Video' }

/** The unaccented value of ?loai= for each kind (/thu-vien?loai=anh). */
export const GALLERY_KIND_PARAMS: Record<GalleryKind, string> = { photo: 'anh', video: 'video' }

export const galleryKindForParam = (param: string): GalleryKind | null =>
  (Object.keys(GALLERY_KIND_PARAMS) as GalleryKind[]).find((kind) => GALLERY_KIND_PARAMS[kind] === param) ?? null
