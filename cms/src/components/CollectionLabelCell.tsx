/**
 * The audit log's "Loại nội dung" column: the collection's Vietnamese name
 * ("Bài viết") instead of its slug ("articles"), which is what is stored so
 * the log can be filtered by it.
 */
import type { CollectionSlug, DefaultServerCellComponentProps } from 'payload'

export function CollectionLabelCell({ cellData, payload }: DefaultServerCellComponentProps) {
  const slug = typeof cellData === 'string' ? cellData : ''
  const label = payload?.collections[slug as CollectionSlug]?.config.labels?.singular
  return <span>{typeof label === 'string' ? label : slug}</span>
}
