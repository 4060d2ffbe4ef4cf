import { newReferenceCode, newVerificationCode } from '@portal/shared'
import type { TextField } from 'payload'

/**
 * A random public code (80 bits): set on the server when the item is stored
 * (any value sent is replaced), never changed after.
 */
const publicCodeField = (name: string, label: string, create: () => string, description?: string): TextField => ({
  name,
  label,
  type: 'text',
  unique: true,
  index: true,
  access: { update: () => false },
  admin: { position: 'sidebar', readOnly: true, description },
  hooks: { beforeChange: [({ operation, value }) => (operation === 'create' ? create() : value)] },
})

/** A reader's reference code (mã tra cứu) of feedback or a consultation comment. */
export const referenceCodeField = publicCodeField('code', 'Mã tra cứu', newReferenceCode)

/** An award's verification code (mã xác minh), printed as a QR code on the certificate. */
export const verificationCodeField = publicCodeField('verificationCode', 'Mã xác minh', newVerificationCode, 'In trên giấy khen dưới dạng mã QR; ai cũng tra được tại /xac-minh.')
