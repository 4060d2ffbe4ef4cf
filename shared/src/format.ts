/** Formatting for Vietnamese readers: Asia/Ho_Chi_Minh time, dd/mm/yyyy, "676.536". */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh'

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 })

/** 676536 → "676.536"; 4.5 → "4,5". */
export function formatNumber(value: number): string {
  return numberFormat.format(value)
}

// Building an Intl.DateTimeFormat is costly (it was the top item of a page render's profile): make it once.
const vietnamParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/**
 * Vietnam has kept UTC+7 all year, without daylight saving, since 13 June
 * 1975 (00:00 local, then UTC+8). From then on plain arithmetic gives the
 * local fields; formatToParts, which was still the top item of our own code
 * in a page render's profile, is kept for older instants.
 */
const FIXED_OFFSET_SINCE = Date.UTC(1975, 5, 12, 16)
const OFFSET_MS = 7 * 60 * 60 * 1000

interface Parts {
  year: string
  month: string
  day: string
  hour: string
  minute: string
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n))

function partsInVietnam(date: Date): Parts {
  const time = date.getTime()
  if (time >= FIXED_OFFSET_SINCE) {
    const local = new Date(time + OFFSET_MS)
    return { year: String(local.getUTCFullYear()), month: two(local.getUTCMonth() + 1), day: two(local.getUTCDate()), hour: two(local.getUTCHours()), minute: two(local.getUTCMinutes()) }
  }
  return Object.fromEntries(vietnamParts.formatToParts(date).map((p) => [p.type, p.value])) as unknown as Parts
}

/** dd/mm/yyyy in Vietnam's time zone, whatever the server's. */
export function formatDate(value: Date | string): string {
  const p = partsInVietnam(new Date(value))
  return `${p.day}/${p.month}/${p.year}`
}

/** dd/mm/yyyy hh:mm in Vietnam's time zone. */
export function formatDateTime(value: Date | string): string {
  const p = partsInVietnam(new Date(value))
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`
}

/** yyyy-mm-dd of the calendar day in Vietnam (for <time datetime> and day buckets). */
export function isoDayInVietnam(value: Date | string): string {
  const p = partsInVietnam(new Date(value))
  return `${p.year}-${p.month}-${p.day}`
}

/** Human file size: 1536 → "1,5 KB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KB', 'MB', 'GB']
  let value = bytes / 1024
  let unit = 0
  // Compare the rounded value, so 1 048 575 bytes reads "1 MB", not "1.024 KB".
  while (Math.round(value * 10) / 10 >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${formatNumber(Math.round(value * 10) / 10)} ${units[unit]}`
}
