/**
 * Vietnamese alphabetical order as agencies sort their lists: by given name
 * (the last word), then by the rest of the name, in the Vietnamese alphabet
 * (a ă â b c d đ e ê ... ; "Đặng", "Đỗ" after "Dũng", before "Em", not after "Z").
 */
const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true })
const exact = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true })

const words = (name: string) => name.normalize('NFC').trim().split(/\s+/)

/** Compares two personal names by given name first ("Nguyễn Văn An" before "Đỗ Thị Bình"). */
export function compareByGivenName(a: string, b: string): number {
  const wa = words(a)
  const wb = words(b)
  const given = collator.compare(wa[wa.length - 1] ?? '', wb[wb.length - 1] ?? '')
  if (given !== 0) return given
  const rest = collator.compare(wa.slice(0, -1).join(' '), wb.slice(0, -1).join(' '))
  return rest !== 0 ? rest : exact.compare(a.normalize('NFC'), b.normalize('NFC'))
}

/** Compares whole names in the Vietnamese alphabet (collectives: "Phòng...", "Trường..."). */
export const compareVietnamese = (a: string, b: string) => collator.compare(a.normalize('NFC'), b.normalize('NFC')) || exact.compare(a, b)

/** A copy of `list` in given-name order for individuals and households, whole-name order for collectives. */
export function sortByGivenName<T>(list: T[], nameOf: (item: T) => string, isPerson: (item: T) => boolean = () => true): T[] {
  return [...list].sort((x, y) => {
    const px = isPerson(x)
    const py = isPerson(y)
    if (px !== py) return px ? 1 : -1
    return px ? compareByGivenName(nameOf(x), nameOf(y)) : compareVietnamese(nameOf(x), nameOf(y))
  })
}
