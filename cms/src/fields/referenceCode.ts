import { newReferenceCode } from '@portal/shared'
import type { TextField } from 'payload'

/**
 * A reader's reference code (mã tra cứu), 80 random bits: set on the server
 * when the item is stored (any value sent is replaced), never changed after.
 */
export const referenceCodeField: TextField = {
  name: 'code',
  label: 'Mã tra cứu',
  type: 'text',
  unique: true,
  index: true,
  access: { update: () => false },
  admin: { position: 'sidebar', readOnly: true },
  hooks: { beforeChange: [({ operation, value }) => (operation === 'create' ? newReferenceCode() : value)] },
}
