import { foldAll } from '@portal/shared'

/** The fields of an award its folded search text is made of (the collection's hook, the bulk writes and the FTS index read it). */
export const AWARD_SEARCH_SOURCES = ['recipientName', 'position', 'unitName', 'citation'] as const

type AwardText = Partial<Record<(typeof AWARD_SEARCH_SOURCES)[number], string | null | undefined>>

/** The search text of an award written below Payload's hooks (import, generator), folded as the collection's own hook does. */
export const awardSearchText = (row: AwardText) => foldAll(AWARD_SEARCH_SOURCES.map((field) => row[field]))
