import type { TextField } from 'payload'

import { isSlug, slugify } from '@portal/shared'

type SlugSource = string | ((data: Record<string, unknown>) => string | null | undefined)

/**
 * An unaccented Vietnamese slug for URLs, made from the title when the editor
 * leaves it empty, and normalised when they type one.
 */
export function slugField(source: SlugSource = 'title'): TextField {
  return {
    name: 'slug',
    label: 'Đường dẫn (slug)',
    type: 'text',
    index: true,
    unique: true,
    admin: {
      position: 'sidebar',
      description: 'Không dấu, nối bằng gạch ngang. Để trống để tạo tự động từ tiêu đề.',
    },
    hooks: {
      beforeValidate: [
        ({ value, siblingData }) => {
          if (typeof value === 'string' && value.trim() !== '') return slugify(value)
          const from = typeof source === 'function' ? source(siblingData ?? {}) : siblingData?.[source]
          return typeof from === 'string' && from.trim() !== '' ? slugify(from) : value
        },
      ],
    },
    validate: (value: string | null | undefined) => {
      if (!value) return 'Cần có đường dẫn (slug): hãy nhập tiêu đề hoặc slug.'
      return isSlug(value) || 'Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.'
    },
  }
}
