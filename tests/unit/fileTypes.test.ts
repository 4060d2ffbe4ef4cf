import { describe, expect, it } from 'vitest'

import { FEEDBACK_LIMITS } from '@portal/shared'
import { FILE_TYPES, contentTypeOf, fileTypeByExtension, fileTypeByMime, fileTypeLabel } from '@portal/shared/fileTypes'
import { ACCEPTED_MIME_TYPES, UPLOAD_KINDS, acceptedListVi, uploadKindOf } from '../../cms/src/collections/Media/uploadRules'

describe('the one file types table', () => {
  it('has each type and each extension once', () => {
    const mimes = FILE_TYPES.map((t) => t.mime)
    const extensions = FILE_TYPES.flatMap((t) => t.extensions)
    expect(new Set(mimes).size).toBe(mimes.length)
    expect(new Set(extensions).size).toBe(extensions.length)
  })

  it('the media upload rules take their kinds from it', () => {
    expect(UPLOAD_KINDS.image.extensions).toEqual(['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif'])
    expect(UPLOAD_KINDS.document.mimeTypes).toContain('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(UPLOAD_KINDS.document.extensions).toEqual(['pdf', 'doc', 'docx', 'xls', 'xlsx', 'csv'])
    expect(UPLOAD_KINDS.video.extensions).toEqual(['mp4', 'webm'])
    expect(UPLOAD_KINDS.captions).toMatchObject({ label: 'Phụ đề WebVTT', mimeTypes: ['text/vtt'], extensions: ['vtt'] })
    expect(ACCEPTED_MIME_TYPES).toHaveLength(FILE_TYPES.length)
    expect(uploadKindOf('text/csv; charset=utf-8')).toBe('document')
    expect(acceptedListVi()).toContain('Ảnh: jpg, jpeg, png, webp, avif, gif (tối đa 15 MB)')
  })

  it('feedback attachments are PDF, Word and photos', () => {
    expect([...FEEDBACK_LIMITS.attachmentExtensions].sort()).toEqual(['doc', 'docx', 'jpeg', 'jpg', 'pdf', 'png'])
    expect([...FEEDBACK_LIMITS.attachmentTypes].sort()).toEqual(['application/msword', 'application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'image/jpeg', 'image/png'])
  })

  it('the site serves each extension with its type, text with its charset', () => {
    expect(contentTypeOf(fileTypeByExtension('.JPG')!)).toBe('image/jpeg')
    expect(contentTypeOf(fileTypeByExtension('.csv')!)).toBe('text/csv; charset=utf-8')
    expect(contentTypeOf(fileTypeByExtension('vtt')!)).toBe('text/vtt; charset=utf-8')
    expect(fileTypeByExtension('.html')).toBeUndefined()
    expect(fileTypeByExtension('.svg')).toBeUndefined()
    expect(fileTypeByExtension('')).toBeUndefined()
  })

  it('names files for readers in Vietnamese', () => {
    expect(fileTypeLabel('application/pdf', 'ke-hoach.pdf')).toBe('PDF')
    expect(fileTypeLabel('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).toBe('Excel')
    expect(fileTypeLabel('image/png')).toBe('Ảnh PNG')
    expect(fileTypeLabel('application/vnd.oasis.opendocument.text', 'van-ban.odt')).toBe('ODT')
    expect(fileTypeLabel(null, 'khong-duoi')).toBe('Tệp')
    expect(fileTypeByMime('TEXT/CSV; charset=utf-8')?.label).toBe('CSV')
  })
})
