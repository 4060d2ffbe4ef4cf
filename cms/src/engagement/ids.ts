import type { Payload } from 'payload'

import { parseId as parseIdOf, type DocumentId } from '@portal/shared/ids'

/** A document id from a URL or a form in this database's id type, or null (see shared/src/ids.ts). */
export const parseId = (payload: Payload, raw: unknown): DocumentId | null => parseIdOf(raw, payload.db.defaultIDType)
