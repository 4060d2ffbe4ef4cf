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
