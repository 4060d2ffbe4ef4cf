/**
 * Public consultations on nominees (/lay-y-kien): the list, one consultation
 * with its nominees, and the working days left. Readers see published
 * consultations and, through the nominees' access rule, their nominees only;
 * never a comment (those are read by the engagement door, answers only).
 */
import { consultationPhase, isoDayInVietnam, workingDaysLeft, type CalendarChange, type ConsultationPhase, type ConsultationStatus, type NomineeKind, type NomineeResult } from '@portal/shared'
import type { GlobalSlug } from 'payload'

import { cachedRead } from '../readCache'
import { payload } from './instance'
import { query, queryOne } from './query'
import { MEDIA_FIELDS, populated, uniqueIds, type Id } from './relations'
import type { MediaDoc } from '../media'
import type { AwardDecision, AwardType, Consultation, Nominee, Unit } from './types'

/** The editors' changes to the working calendar, read like other content (the global is public). */
export function workingCalendarChanges(): Promise<CalendarChange[]> {
  return cachedRead('global:working-calendar', async () => {
    const p = await payload()
    const calendar = (await p.findGlobal({ slug: 'working-calendar' as GlobalSlug, depth: 0, overrideAccess: false })) as { changes?: Array<{ date?: string | null; kind?: string | null }> | null }
    return (calendar.changes ?? [])
      .filter((row): row is { date: string; kind: CalendarChange['kind'] } => Boolean(row.date) && (row.kind === 'dayOff' || row.kind === 'workingDay'))
      .map((row) => ({ date: isoDayInVietnam(row.date), kind: row.kind }))
  })
}

export interface ConsultationCard {
  id: Id
  title: string
  slug: string
  intro: string | null
  council: string
  opensAt: string
  closesAt: string | null
  phase: ConsultationPhase
  /** Working days left to comment, today included: 0 unless open. */
  daysLeft: number
  isSample: boolean
}

const CARD_FIELDS = { title: true, slug: true, intro: true, council: true, opensAt: true, closesAt: true, status: true, isSample: true } as const

function card(doc: Pick<Consultation, 'id' | 'title' | 'slug' | 'intro' | 'council' | 'opensAt' | 'closesAt' | 'status' | 'isSample'>, changes: CalendarChange[], now: Date): ConsultationCard {
  const phase = consultationPhase({ opensAt: doc.opensAt, closesAt: doc.closesAt, status: doc.status as ConsultationStatus }, now)
  return {
    id: doc.id,
    title: doc.title,
    slug: doc.slug ?? String(doc.id),
    intro: doc.intro?.trim() || null,
    council: doc.council,
    opensAt: doc.opensAt,
    closesAt: doc.closesAt ?? null,
    phase,
    daysLeft: phase === 'open' && doc.closesAt ? workingDaysLeft(now, new Date(doc.closesAt), changes) : 0,
    isSample: Boolean(doc.isSample),
  }
}

/** Open consultations first (closing soonest first), then those to come, then past ones, newest first. */
export async function listConsultations(now = new Date()) {
  const [{ docs }, changes] = await Promise.all([query<Consultation>('consultations', { sort: '-opensAt', limit: 200, depth: 0, select: CARD_FIELDS, pagination: false }), workingCalendarChanges()])
  const cards = docs.map((doc) => card(doc, changes, now))
  return {
    open: cards.filter((c) => c.phase === 'open' || c.phase === 'suspended').sort((a, b) => String(a.closesAt).localeCompare(String(b.closesAt))),
    upcoming: cards.filter((c) => c.phase === 'upcoming').reverse(),
    past: cards.filter((c) => c.phase === 'closed'),
  }
}

/** A nominee as the page shows it: the publishable fields only. */
export interface NomineeView {
  id: Id
  order: number | null
  kind: NomineeKind
  name: string
  position: string | null
  unit: string | null
  awardType: string | null
  achievements: unknown
  dossier: { filename: string; filesize: number | null; mimeType: string | null } | null
  result: NomineeResult
  awardDecision: { number: string; slug: string } | null
  isSample: boolean
}

function nomineeView(n: Nominee): NomineeView {
  const dossier = populated<MediaDoc>(n.dossier)[0]
  const decision = populated<AwardDecision>(n.awardDecision)[0]
  return {
    id: n.id,
    order: n.order ?? null,
    kind: n.kind as NomineeKind,
    name: n.name,
    position: n.kind === 'collective' ? null : n.position?.trim() || null,
    unit: populated<Unit>(n.unit)[0]?.name ?? (n.unitName?.trim() || null),
    awardType: populated<AwardType>(n.awardType)[0]?.name ?? null,
    achievements: n.achievements ?? null,
    dossier: dossier?.filename ? { filename: dossier.filename, filesize: dossier.filesize ?? null, mimeType: dossier.mimeType ?? null } : null,
    result: (n.result ?? 'pending') as NomineeResult,
    awardDecision: decision?.slug ? { number: decision.number, slug: decision.slug } : null,
    isSample: Boolean(n.isSample),
  }
}

export async function consultationBySlug(slug: string, now = new Date()) {
  if (!slug || slug.length > 200) return null
  const doc = await queryOne<Consultation>('consultations', { slug: { equals: slug } }, { depth: 1, joins: false, populate: { media: { ...MEDIA_FIELDS, filesize: true } } })
  if (!doc) return null
  const [nominees, changes] = await Promise.all([
    query<Nominee>('nominees', {
      where: { consultation: { equals: doc.id } },
      sort: ['order', 'name'],
      limit: 500,
      pagination: false,
      depth: 1,
      // What may be published about a nominee, and nothing else (the honour roll's personal-data rule).
      select: { order: true, kind: true, name: true, position: true, unit: true, unitName: true, awardType: true, achievements: true, dossier: true, result: true, awardDecision: true, isSample: true },
      populate: { units: { name: true }, 'award-types': { name: true }, media: { filename: true, filesize: true, mimeType: true }, 'award-decisions': { number: true, slug: true } },
    }),
    workingCalendarChanges(),
  ])
  return {
    ...card(doc, changes, now),
    legalBasis: doc.legalBasis,
    status: doc.status as ConsultationStatus,
    attachments: populated<MediaDoc>(doc.attachments).filter((m) => m.filename),
    nominees: nominees.docs.map(nomineeView),
  }
}

export type ConsultationPage = NonNullable<Awaited<ReturnType<typeof consultationBySlug>>>

/** Which honour-roll lines went through a public consultation: award id → the consultation's page. */
export async function consultationsOfAwards(awardIds: Id[]): Promise<Map<string, { slug: string; title: string }>> {
  const ids = uniqueIds(awardIds)
  if (ids.length === 0) return new Map()
  const { docs } = await query<Nominee>('nominees', { where: { award: { in: ids } }, limit: ids.length, pagination: false, depth: 1, select: { award: true, consultation: true }, populate: { consultations: { slug: true, title: true } } })
  const found = new Map<string, { slug: string; title: string }>()
  for (const n of docs) {
    const consultation = populated<Consultation>(n.consultation)[0]
    if (consultation?.slug && n.award != null) found.set(String(typeof n.award === 'object' ? n.award.id : n.award), { slug: consultation.slug, title: consultation.title })
  }
  return found
}
