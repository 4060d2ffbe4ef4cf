import crypto from 'node:crypto'

import { REFERENCE_CODE_BYTES, referenceCodeFromBytes } from '@portal/shared'
import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Every feedback item gets its reference code when it is stored, from 80
 * random bits: the reader's only key to its status and answer, so it must
 * not be guessable (never a sequence number). Set on the server only.
 */
export const assignReferenceCode: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation !== 'create') return data
  return { ...data, code: referenceCodeFromBytes(crypto.randomBytes(REFERENCE_CODE_BYTES)), status: data.status ?? 'new' }
}
