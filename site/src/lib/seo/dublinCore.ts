/**
 * Dublin Core (the fifteen elements of DCMES 1.1, as <meta name="DC.*">), the
 * metadata the portal rules ask pages to carry. Only the elements the content
 * has are written: nothing is filled with a stand-in. A date known to the month
 * only ("ngày tháng 8 năm 2022") is written to the month ("2022-08"), never
 * replaced by the date of the last edit.
 */
import type { PartialDate } from '@portal/shared'

export interface DublinCore {
  title: string
  creator?: string | null
  subject?: Array<string | null | undefined>
  description?: string | null
  publisher?: string | null
  contributor?: Array<string | null | undefined>
  /** An ISO date-time (a day is taken from it in Vietnam's calendar) or a date known to the year, month or day. */
  date?: string | PartialDate | null
  /** DCMI type ("Text", "Image"...) and the genre, e.g. the document type ("Kế hoạch"). */
  type?: Array<string | null | undefined>
  format?: string | null
  identifier?: Array<string | null | undefined>
  source?: string | null
  language?: string | null
  relation?: Array<string | null | undefined>
  coverage?: Array<string | null | undefined>
  rights?: string | null
}

export const DC_ELEMENTS = ['title', 'creator', 'subject', 'description', 'publisher', 'contributor', 'date', 'type', 'format', 'identifier', 'source', 'language', 'relation', 'coverage', 'rights'] as const

const pad = (n: number) => String(n).padStart(2, '0')

/** W3CDTF at the precision the date is known: "2022", "2022-08", "2022-02-28". */
export function dcDate(date: string | PartialDate | null | undefined): string | null {
  if (!date) return null
  if (typeof date === 'string') {
    const instant = new Date(date)
    if (Number.isNaN(instant.getTime())) return null
    // The day in Vietnam: 23:30 UTC on the 27th is the 28th there.
    return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant)
  }
  if (!date.year) return null
  if (date.month == null) return String(date.year)
  if (date.day == null) return `${date.year}-${pad(date.month)}`
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`
}

/** The <meta> tags, in the element order of the standard, one per value; empty values left out. */
export function dublinCoreMeta(dc: DublinCore): Array<{ name: string; content: string }> {
  const values: Record<(typeof DC_ELEMENTS)[number], Array<string | null | undefined>> = {
    title: [dc.title],
    creator: [dc.creator],
    subject: dc.subject ?? [],
    description: [dc.description],
    publisher: [dc.publisher],
    contributor: dc.contributor ?? [],
    date: [dcDate(dc.date)],
    type: dc.type ?? [],
    format: [dc.format],
    identifier: dc.identifier ?? [],
    source: [dc.source],
    language: [dc.language],
    relation: dc.relation ?? [],
    coverage: dc.coverage ?? [],
    rights: [dc.rights],
  }
  return DC_ELEMENTS.flatMap((element) =>
    [...new Set(values[element].map((v) => (typeof v === 'string' ? v.trim() : '')).filter(Boolean))].map((content) => ({ name: `DC.${element}`, content })),
  )
}
