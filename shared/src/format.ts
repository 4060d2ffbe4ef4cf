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

function partsInVietnam(date: Date): Record<string, string> {
  return Object.fromEntries(vietnamParts.formatToParts(date).map((p) => [p.type, p.value]))
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
