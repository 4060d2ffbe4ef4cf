import type { CollectionConfig, ImageSize } from 'payload'

import { isEditor, isEditorialUser, ownUnusedMediaOrEditor } from '../../access'
import { mediaDir } from '../../env/paths'
import { createdByField, setCreatedBy } from '../../fields/createdBy'
import { sampleField } from '../../fields/sample'
import { seedKeyField } from '../../fields/seedKey'
import { checkUpload } from './hooks/checkUpload'
import { ACCEPTED_MIME_TYPES } from './uploadRules'

const webp = { format: 'webp' as const, options: { quality: 78 } }

/**
 * Sizes for srcset: a thumbnail, a card and a full-width picture, each in the
 * original format and in WebP. Sizes larger than the original are not made.
 */
const imageSizes: ImageSize[] = [
  { name: 'thumbnail', width: 320, height: 240, position: 'centre' },
  { name: 'card', width: 640, height: 400, position: 'centre' },
  { name: 'full', width: 1600, withoutEnlargement: true },
  { name: 'thumbnailWebp', width: 320, height: 240, position: 'centre', formatOptions: webp },
  { name: 'cardWebp', width: 640, height: 400, position: 'centre', formatOptions: webp },
  { name: 'fullWebp', width: 1600, withoutEnlargement: true, formatOptions: webp },
]

const mimeOf = (siblingData: any, req: any): string => siblingData?.mimeType ?? req?.file?.mimetype ?? ''

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Tệp đa phương tiện', plural: 'Thư viện tệp' },
  admin: {
    group: 'Nội dung',
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize', 'updatedAt'],
    description: 'Ảnh, tài liệu đính kèm (PDF, Word, Excel, CSV), video MP4/WebM và phụ đề WebVTT.',
  },
  access: {
    read: () => true,
    create: isEditorialUser,
    update: ownUnusedMediaOrEditor,
    delete: isEditor,
  },
  upload: {
    staticDir: mediaDir,
    mimeTypes: ACCEPTED_MIME_TYPES,
    imageSizes,
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
  hooks: { beforeOperation: [checkUpload], beforeChange: [setCreatedBy] },
  fields: [
    {
      name: 'alt',
      label: 'Mô tả ảnh (văn bản thay thế)',
      type: 'text',
      admin: { description: 'Bắt buộc với ảnh: mô tả nội dung cho người dùng trình đọc màn hình.' },
      validate: (value: string | null | undefined, { siblingData, req }: any) =>
        !mimeOf(siblingData, req).startsWith('image/') || (typeof value === 'string' && value.trim().length > 0) || 'Ảnh phải có mô tả (văn bản thay thế).',
    },
    { name: 'caption', label: 'Chú thích', type: 'textarea' },
    { name: 'credit', label: 'Nguồn ảnh / tác giả', type: 'text' },
    {
      name: 'captions',
      label: 'Phụ đề (WebVTT)',
      type: 'upload',
      relationTo: 'media',
      filterOptions: { mimeType: { equals: 'text/vtt' } },
      admin: { condition: (data) => String(data?.mimeType ?? '').startsWith('video/') },
    },
    // Payload's own upload fields, labelled in Vietnamese (merged with its definitions by name).
    { name: 'mimeType', type: 'text', label: 'Kiểu tệp (MIME)' },
    { name: 'url', type: 'text', label: 'Địa chỉ tệp (URL)' },
    { name: 'thumbnailURL', type: 'text', label: 'Địa chỉ ảnh thu nhỏ' },
    sampleField,
    createdByField,
    seedKeyField,
  ],
}
