import { addWorkingDays, isoDayInVietnam, type CalendarChange } from '@portal/shared'
import type { Payload, PayloadRequest } from 'payload'

/** The editors' calendar changes (global "working-calendar") in the form the working-day functions take. */
export async function calendarChanges(payload: Payload, req?: PayloadRequest): Promise<CalendarChange[]> {
  const calendar = await payload.findGlobal({ slug: 'working-calendar', depth: 0, overrideAccess: true, ...(req ? { req } : {}) })
  return (calendar.changes ?? [])
    .filter((row) => row.date && (row.kind === 'dayOff' || row.kind === 'workingDay'))
    // A day picked in the admin is stored as an instant; the day meant is the one in Vietnam.
    .map((row) => ({ date: isoDayInVietnam(row.date), kind: row.kind, note: row.note ?? null }))
}

/** When a consultation opening at `opensAt` for `workingDays` working days closes. */
export async function closingOf(payload: Payload, opensAt: string | Date, workingDays: number, req?: PayloadRequest): Promise<Date> {
  return addWorkingDays(new Date(opensAt), workingDays, await calendarChanges(payload, req))
}

/**
 * After the editors change the working calendar, consultations that have not
 * closed yet get the closing time the new calendar gives (past ones keep
 * theirs: what was announced then stands). A direct database write, so no
 * version is made and a pending draft is not published.
 */
export async function rescheduleOpenConsultations(payload: Payload, req?: PayloadRequest, now: Date = new Date()): Promise<number> {
  const changes = await calendarChanges(payload, req)
  const { docs } = await payload.find({
    collection: 'consultations',
    where: { closesAt: { greater_than: now.toISOString() } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { opensAt: true, durationWorkingDays: true, closesAt: true },
    ...(req ? { req } : {}),
  })
  let moved = 0
  for (const doc of docs) {
    if (!doc.opensAt || !doc.durationWorkingDays) continue
    const closesAt = addWorkingDays(new Date(doc.opensAt), doc.durationWorkingDays, changes).toISOString()
    if (closesAt === new Date(doc.closesAt!).toISOString()) continue
    await payload.db.updateOne({ collection: 'consultations', id: doc.id, data: { closesAt }, returning: false, ...(req ? { req } : {}) })
    moved++
  }
  return moved
}
