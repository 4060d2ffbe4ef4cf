import type { TextField } from 'payload'

import { isSafeUrl, UNSAFE_URL_MESSAGE } from '@portal/shared/safeUrl'

/** A link typed by an editor: only web, mail, phone and site-relative addresses (see shared/src/safeUrl.ts). */
export function urlField(overrides: Partial<TextField> & Pick<TextField, 'name' | 'label'>): TextField {
  return {
    type: 'text',
    maxLength: 2000,
    ...overrides,
    validate: (value: unknown, { required }: { required?: boolean }) => {
      if (value == null || value === '') return required ? 'Vui lòng nhập đường dẫn.' : true
      return isSafeUrl(value) || UNSAFE_URL_MESSAGE
    },
  } as TextField
}
