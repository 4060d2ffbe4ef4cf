import { newReferenceCode } from '@portal/shared'
import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Every feedback item gets its reference code when it is stored, from 80
 * random bits: the reader's only key to its status and answer, so it must
 * not be guessable (never a sequence number). Set on the server only.
 */
export const assignReferenceCode: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation !== 'create') return data
  return { ...data, code: newReferenceCode(), status: data.status ?? 'new' }
}
