/**
 * Vietnamese lunar calendar (âm lịch), computed from astronomy rather than read from a table.
 *
 * The rules, as the Vietnamese calendar applies them:
 *  - a lunar month begins on the civil day, in Vietnam time (UTC+7, meridian 105°E), on which
 *    the new moon falls;
 *  - month 11 is the month that contains the winter solstice (Đông chí, sun longitude 270°);
 *  - a "lunar year" in the sense of the leap rule runs from one month 11 to the next. When it
 *    has 13 months, the first month after month 11 that contains no major solar term
 *    (trung khí: sun longitude a multiple of 30°) is the leap month, and it takes the number of
 *    the month before it.
 *
 * Because Vietnam uses UTC+7 and China UTC+8, the two calendars disagree when a new moon or a
 * solar term falls between 23:00 and 24:00 Vietnam time: a month starts a day earlier (Tết
 * 2007: 17/2 vs 18/2; 2030: 2/2 vs 3/2), or a term lands in another month and moves month 11
 * or the leap month (Tết 1985: 21/1 vs 20/2; leap month 7 vs 6 in 1987).
 *
 * Astronomy: new moons from Meeus, "Astronomical Algorithms", ch. 49 (with the planetary
 * corrections), sun longitude from ch. 25 (apparent longitude) plus the main planetary and
 * lunar perturbations from Meeus' earlier "Astronomical Formulae for Calculators", and ΔT
 * (TT − UT) from the Espenak–Meeus polynomials. Meeus' formulas give
 * Dynamical Time, the civil day is counted in Universal Time, hence ΔT.
 *
 * Nothing here uses the JavaScript Date object: days are Julian Day Numbers (integers; JDN
 * 2451545 is 1/1/2000) and times are Julian Dates, so the result cannot depend on the server's
 * time zone.
 */

// ─── Public types ────────────────────────────────────────────────────────────

export interface SolarDate {
  year: number
  month: number
  day: number
}

export interface LunarDate {
  year: number
  month: number
  day: number
  /** True in a leap month (tháng nhuận). */
  leap: boolean
}

export interface MonthViewDay {
  /** Day of the solar month. */
  day: number
  lunarDay: number
  lunarMonth: number
  leap: boolean
  /** The day a lunar month begins (mùng 1), which a month grid shows with the month number. */
  isFirstOfLunarMonth: boolean
}

// ─── Constants ───────────────────────────────────────────────────────────────

/** Solar years this module answers for. The astronomy is good well beyond; the promise is not. */
export const LUNAR_MIN_YEAR = 1900
export const LUNAR_MAX_YEAR = 2199

/** Vietnam's civil time, in days ahead of UT: UTC+7 (the 105°E meridian). */
const TIME_ZONE_DAYS = 7 / 24

const CAN = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'] as const
const CHI = ['Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'] as const

/** The 24 solar terms, indexed by floor(sun longitude / 15°): index 0 begins at 0°. */
const SOLAR_TERMS = [
  'Xuân phân',
  'Thanh minh',
  'Cốc vũ',
  'Lập hạ',
  'Tiểu mãn',
  'Mang chủng',
  'Hạ chí',
  'Tiểu thử',
  'Đại thử',
  'Lập thu',
  'Xử thử',
  'Bạch lộ',
  'Thu phân',
  'Hàn lộ',
  'Sương giáng',
  'Lập đông',
  'Tiểu tuyết',
  'Đại tuyết',
  'Đông chí',
  'Tiểu hàn',
  'Đại hàn',
  'Lập xuân',
  'Vũ thủy',
  'Kinh trập',
] as const

export type SolarTermName = (typeof SOLAR_TERMS)[number]

// ─── Small arithmetic helpers ────────────────────────────────────────────────

const DEG = Math.PI / 180

function sinDeg(degrees: number): number {
  return Math.sin(degrees * DEG)
}

function cosDeg(degrees: number): number {
  return Math.cos(degrees * DEG)
}

/** Angle in [0, 360): the formulas produce thousands of degrees for far-off k. */
function normalizeDegrees(degrees: number): number {
  const r = degrees % 360
  return r < 0 ? r + 360 : r
}

/** Non-negative remainder, so that days before the epoch still index the can/chi arrays. */
function mod(n: number, m: number): number {
  return ((n % m) + m) % m
}

// ─── Gregorian dates and Julian Day Numbers ──────────────────────────────────

/**
 * Julian Day Number of a Gregorian date, by integer arithmetic only. Counting months from
 * March puts the leap day at the end of the year, so month lengths follow the 153/5 pattern.
 */
export function jdFromDate(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12)
  const y = year + 4800 - a
  const m = month + 12 * a - 3
  return (
    day +
    Math.floor((153 * m + 2) / 5) +
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) -
    32045
  )
}

/** The Gregorian date of a Julian Day Number: the inverse of jdFromDate. */
export function dateFromJd(jd: number): SolarDate {
  const a = jd + 32044
  const b = Math.floor((4 * a + 3) / 146097)
  const c = a - Math.floor((146097 * b) / 4)
  const d = Math.floor((4 * c + 3) / 1461)
  const e = c - Math.floor((1461 * d) / 4)
  const m = Math.floor((5 * e + 2) / 153)
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: 100 * b + d - 4800 + Math.floor(m / 10),
  }
}

function isGregorianLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

function solarMonthLength(year: number, month: number): number {
  if (month === 2) return isGregorianLeapYear(year) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < LUNAR_MIN_YEAR || year > LUNAR_MAX_YEAR) {
    throw new RangeError(`Năm ${year} nằm ngoài khoảng ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR}.`)
  }
}

/** Throws RangeError for a date outside 1900–2199 or one that does not exist (30/2, 31/4). */
function checkSolarDate({ year, month, day }: SolarDate): void {
  checkYear(year)
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Tháng ${month} không hợp lệ.`)
  }
  if (!Number.isInteger(day) || day < 1 || day > solarMonthLength(year, month)) {
    throw new RangeError(`Tháng ${month}/${year} không có ngày ${day}.`)
  }
}

// ─── Time scales ─────────────────────────────────────────────────────────────

/**
 * ΔT = TT − UT in seconds, Espenak–Meeus polynomials. Over 1900–2199 it grows from a few
 * seconds to a few minutes (the future part is an extrapolation): small, but a new moon at
 * 23:58 Vietnam time is exactly the case that decides a month's first day.
 */
function deltaTSeconds(year: number): number {
  if (year < 1900) {
    const t = year - 1860
    return 7.62 + 0.5737 * t - 0.251754 * t ** 2 + 0.01680668 * t ** 3 - 0.0004473624 * t ** 4 + t ** 5 / 233174
  }
  if (year < 1920) {
    const t = year - 1900
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4
  }
  if (year < 1941) {
    const t = year - 1920
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3
  }
  if (year < 1961) {
    const t = year - 1950
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547
  }
  if (year < 1986) {
    const t = year - 1975
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718
  }
  if (year < 2005) {
    const t = year - 2000
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5
  }
  if (year < 2050) {
    const t = year - 2000
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2
  }
  const u = (year - 1820) / 100
  if (year < 2150) return -20 + 32 * u ** 2 - 0.5628 * (2150 - year)
  return -20 + 32 * u ** 2
}

/** Decimal year of a Julian Date: precise enough to pick a ΔT, which changes slowly. */
function decimalYear(jd: number): number {
  return 2000 + (jd - 2451545) / 365.2425
}

function ttFromUt(jdUt: number): number {
  return jdUt + deltaTSeconds(decimalYear(jdUt)) / 86400
}

function utFromTt(jde: number): number {
  return jde - deltaTSeconds(decimalYear(jde)) / 86400
}

/** The civil day (JDN) in Vietnam of an instant given in Dynamical Time. */
function vietnamDayOf(jde: number): number {
  // A JDN's day starts at JD n − 0.5 in UT; in Vietnam it starts 7 hours earlier in UT.
  return Math.floor(utFromTt(jde) + 0.5 + TIME_ZONE_DAYS)
}

/** The instant (Dynamical Time) at which Vietnam's civil day `jdn` begins: local midnight. */
function vietnamMidnight(jdn: number): number {
  return ttFromUt(jdn - 0.5 - TIME_ZONE_DAYS)
}

// ─── The sun (Meeus ch. 25) ──────────────────────────────────────────────────

/**
 * The largest periodic disturbances of the sun's longitude, in degrees: two Venus terms, a
 * Jupiter term, the monthly wobble of Earth around the Earth–Moon barycentre and a long-period
 * term (Meeus, "Astronomical Formulae for Calculators", where T counts from 1900.0). The
 * ch. 25 method leaves them out and is then off by up to ~40″, i.e. a solar term up to
 * ~15 minutes early or late; with them the error stays under ~20″ (checked against a VSOP87
 * ephemeris), which settles terms that fall within minutes of Vietnam's midnight.
 */
function sunPerturbations(jde: number): number {
  const t = (jde - 2415020) / 36525
  const venus1 = 153.23 + 22518.7541 * t
  const venus2 = 216.57 + 45037.5082 * t
  const jupiter = 312.69 + 32964.3577 * t
  const moonElongation = 350.74 + 445267.1142 * t - 0.00144 * t * t
  const longPeriod = 231.19 + 20.2 * t
  return (
    0.00134 * cosDeg(venus1) +
    0.00154 * cosDeg(venus2) +
    0.002 * cosDeg(jupiter) +
    0.00179 * sinDeg(moonElongation) +
    0.00178 * sinDeg(longPeriod)
  )
}

/**
 * Apparent geocentric longitude of the sun, in degrees [0, 360), at Dynamical Time `jde`
 * (Meeus ch. 25): mean longitude + equation of centre, the perturbations above, then the
 * correction for nutation and aberration (together up to ~15 minutes of a term's timing).
 */
export function sunLongitude(jde: number): number {
  const t = (jde - 2451545) / 36525
  const meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t
  const meanAnomaly = 357.52911 + 35999.05029 * t - 0.0001537 * t * t
  const centre =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * sinDeg(meanAnomaly) +
    (0.019993 - 0.000101 * t) * sinDeg(2 * meanAnomaly) +
    0.000289 * sinDeg(3 * meanAnomaly)
  const omega = 125.04 - 1934.136 * t
  const trueLongitude = meanLongitude + centre + sunPerturbations(jde)
  return normalizeDegrees(trueLongitude - 0.00569 - 0.00478 * sinDeg(omega))
}

/** Sun longitude at the start (local midnight) of Vietnam's civil day `jdn`. */
function sunLongitudeAtDayStart(jdn: number): number {
  return sunLongitude(vietnamMidnight(jdn))
}

/**
 * Index (0–11) of the last major term (trung khí, every 30° from 0°) reached before day `jdn`
 * begins. A month holds a major term exactly when this index differs between its first day
 * and the first day of the next month: the term's instant fell during one of its days.
 */
function majorTermIndexAtDayStart(jdn: number): number {
  return Math.floor(sunLongitudeAtDayStart(jdn) / 30)
}

/**
 * The Vietnam civil day on which the sun reaches `targetLongitude`, searching near `guessJde`
 * (which must be within a few weeks). Newton-like steps: the sun moves about 360°/365.24 days,
 * so the remaining angle over that rate is the time still to go.
 */
function dayOfSunLongitude(targetLongitude: number, guessJde: number): number {
  let jde = guessJde
  for (let i = 0; i < 20; i++) {
    // Signed difference in (−180°, 180°], so the step goes the short way round.
    const remaining = normalizeDegrees(targetLongitude - sunLongitude(jde) + 180) - 180
    const step = (remaining * 365.2422) / 360
    jde += step
    if (Math.abs(step) < 1e-7) break
  }
  return vietnamDayOf(jde)
}

// ─── The moon (Meeus ch. 49) ─────────────────────────────────────────────────

/** Meeus' lunation number 0 is the new moon of 6 January 2000. */
const LUNATION_EPOCH_JDE = 2451550.09766
const SYNODIC_MONTH = 29.530588861

/** Periodic terms of the new-moon correction: coefficient, power of E, multiples of M, M′, F, Ω. */
const NEW_MOON_TERMS: ReadonlyArray<readonly [number, number, number, number, number, number]> = [
  // coeff,   E^, M, M', F, Ω
  [-0.4072, 0, 0, 1, 0, 0],
  [0.17241, 1, 1, 0, 0, 0],
  [0.01608, 0, 0, 2, 0, 0],
  [0.01039, 0, 0, 0, 2, 0],
  [0.00739, 1, -1, 1, 0, 0],
  [-0.00514, 1, 1, 1, 0, 0],
  [0.00208, 2, 2, 0, 0, 0],
  [-0.00111, 0, 0, 1, -2, 0],
  [-0.00057, 0, 0, 1, 2, 0],
  [0.00056, 1, 1, 2, 0, 0],
  [-0.00042, 0, 0, 3, 0, 0],
  [0.00042, 1, 1, 0, 2, 0],
  [0.00038, 1, 1, 0, -2, 0],
  [-0.00024, 1, -1, 2, 0, 0],
  [-0.00017, 0, 0, 0, 0, 1],
  [-0.00007, 0, 2, 1, 0, 0],
  [0.00004, 0, 0, 2, -2, 0],
  [0.00004, 0, 3, 0, 0, 0],
  [0.00003, 0, 1, 1, -2, 0],
  [0.00003, 0, 0, 2, 2, 0],
  [-0.00003, 0, 1, 1, 2, 0],
  [0.00003, 0, -1, 1, 2, 0],
  [-0.00002, 0, -1, 1, -2, 0],
  [-0.00002, 0, 1, 3, 0, 0],
  [0.00002, 0, 0, 4, 0, 0],
]

/** Planetary arguments of the additional corrections: [constant, rate per lunation, coefficient]. */
const PLANETARY_TERMS: ReadonlyArray<readonly [number, number, number]> = [
  // A1 also has a T² term, added where it is used.
  [299.77, 0.107408, 0.000325],
  [251.88, 0.016321, 0.000165],
  [251.83, 26.651886, 0.000164],
  [349.42, 36.412478, 0.000126],
  [84.66, 18.206239, 0.00011],
  [141.74, 53.303771, 0.000062],
  [207.14, 2.453732, 0.00006],
  [154.84, 7.30686, 0.000056],
  [34.52, 27.261239, 0.000047],
  [207.19, 0.121824, 0.000042],
  [291.34, 1.844379, 0.00004],
  [161.72, 24.198154, 0.000037],
  [239.56, 25.513099, 0.000035],
  [331.55, 3.592518, 0.000023],
]

/**
 * Instant (Julian Ephemeris Day, Dynamical Time) of new moon number `k` (integer; 0 = January
 * 2000). Mean phase, then the periodic terms in the anomalies of sun and moon and the moon's
 * argument of latitude, then the small planetary terms. Accurate to well under a minute.
 */
export function newMoonJde(k: number): number {
  const t = k / 1236.85
  const t2 = t * t
  const t3 = t2 * t
  const t4 = t3 * t
  const meanJde = LUNATION_EPOCH_JDE + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4
  // E accounts for the slowly decreasing eccentricity of Earth's orbit.
  const e = 1 - 0.002516 * t - 0.0000074 * t2
  const sunAnomaly = 2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3
  const moonAnomaly = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4
  const latitudeArgument = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4
  const ascendingNode = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3

  let correction = 0
  for (const [coeff, ePower, m, mPrime, f, omega] of NEW_MOON_TERMS) {
    const angle = m * sunAnomaly + mPrime * moonAnomaly + f * latitudeArgument + omega * ascendingNode
    correction += coeff * e ** ePower * sinDeg(angle)
  }
  PLANETARY_TERMS.forEach(([constant, rate, coeff], i) => {
    const extra = i === 0 ? -0.009173 * t2 : 0
    correction += coeff * sinDeg(constant + rate * k + extra)
  })
  return meanJde + correction
}

/** The Vietnam civil day (JDN) of new moon number `k`: the first day of a lunar month. */
function newMoonDay(k: number): number {
  return vietnamDayOf(newMoonJde(k))
}

/** Lunation number of the last new moon at or before the instant `jde` (roughly: ±1 fixed by callers). */
function approximateLunation(jde: number): number {
  return Math.floor((jde - LUNATION_EPOCH_JDE) / SYNODIC_MONTH)
}

// ─── Month 11 and the months between two solstices ───────────────────────────

/**
 * Lunation number of month 11 of the lunar year `year`: the month whose first day is on or
 * before the day (Vietnam time) of the December solstice of solar year `year`, and whose
 * successor begins after it.
 */
function month11Lunation(year: number): number {
  const guess = jdFromDate(year, 12, 21) // Dec 21, noon UT: within a day of the solstice
  const solsticeDay = dayOfSunLongitude(270, guess)
  let k = approximateLunation(guess)
  while (newMoonDay(k) > solsticeDay) k--
  while (newMoonDay(k + 1) <= solsticeDay) k++
  return k
}

interface MonthEntry {
  /** JDN of day 1. */
  start: number
  month: number
  leap: boolean
  /** Lunar year the month is counted in: months 11 and 12 belong to the year before Tết. */
  year: number
}

/**
 * All the lunar months from month 11 of lunar year `year − 1` (the one holding the December
 * solstice of `year − 1`) up to, not including, the next month 11. That span is the unit of
 * the leap rule; it holds months 11 and 12 of lunar year `year − 1` and 1–10 of `year`.
 */
interface SolsticeSpan {
  months: MonthEntry[]
  /** JDN of the first day of the next month 11 (one past the span's last day). */
  end: number
}

/** Spans computed so far, keyed by the solar year of their closing solstice. */
const spanCache = new Map<number, SolsticeSpan>()

/**
 * Spans computed on demand: 1899 holds months 1–10 of lunar year 1899 (leapMonthOf(1899)),
 * 2200 holds late December 2199, when month 11 of lunar year 2199 has begun.
 */
const SPAN_MIN = LUNAR_MIN_YEAR - 1
const SPAN_MAX = LUNAR_MAX_YEAR + 1

/** Month number (1–12) of the n-th non-leap month after month 11 (n = 0 is month 11 itself). */
function monthNumberAfter11(n: number): number {
  return ((10 + n) % 12) + 1
}

/**
 * In a 13-month span, the index of the leap month: the first month after month 11 during
 * which the sun reaches no multiple of 30°. There must be one: 13 months, only 12 terms.
 */
function leapIndex(starts: readonly number[]): number {
  for (let i = 1; i < starts.length - 1; i++) {
    const here = starts[i] as number
    const next = starts[i + 1] as number
    if (majorTermIndexAtDayStart(here) === majorTermIndexAtDayStart(next)) return i
  }
  throw new Error('No month without a major term in a 13-month span: the astronomy is wrong.')
}

function computeSpan(year: number): SolsticeSpan {
  const first = month11Lunation(year - 1)
  const last = month11Lunation(year)
  const count = last - first
  if (count !== 12 && count !== 13) throw new Error(`A span of ${count} lunar months ending ${year}.`)

  const starts: number[] = []
  for (let k = first; k <= last; k++) starts.push(newMoonDay(k))
  const leapAt = count === 13 ? leapIndex(starts) : -1

  const months: MonthEntry[] = []
  for (let i = 0; i < count; i++) {
    // The leap month repeats the number of the month before it; later months shift back by one.
    const isLeap = i === leapAt
    const ordinal = leapAt >= 0 && i >= leapAt ? i - 1 : i
    const month = monthNumberAfter11(ordinal)
    months.push({ start: starts[i] as number, month, leap: isLeap, year: month >= 11 ? year - 1 : year })
  }
  return { months, end: starts[count] as number }
}

function spanFor(year: number): SolsticeSpan {
  if (year < SPAN_MIN || year > SPAN_MAX) throw new RangeError(`Năm ${year} nằm ngoài khoảng tính lịch âm.`)
  let span = spanCache.get(year)
  if (!span) {
    span = computeSpan(year)
    spanCache.set(year, span)
  }
  return span
}

/** Length in days of the month at `index` of `span`. */
function entryLength(span: SolsticeSpan, index: number): number {
  const next = span.months[index + 1]
  const here = span.months[index] as MonthEntry
  return (next ? next.start : span.end) - here.start
}

/** The span and index of a lunar month, or null if there is no such month (e.g. a false leap). */
function findLunarMonth(year: number, month: number, leap: boolean): { span: SolsticeSpan; index: number } | null {
  // Months 11 and 12 of lunar year Y come after the December solstice of Y: they open span Y + 1.
  const span = spanFor(month >= 11 ? year + 1 : year)
  const index = span.months.findIndex((m) => m.year === year && m.month === month && m.leap === leap)
  return index < 0 ? null : { span, index }
}

function checkLunarYear(year: number): void {
  // Lunar year 1899 still has months (11, 12) in January 1900.
  if (!Number.isInteger(year) || year < LUNAR_MIN_YEAR - 1 || year > LUNAR_MAX_YEAR) {
    throw new RangeError(`Năm âm lịch ${year} nằm ngoài khoảng ${LUNAR_MIN_YEAR - 1}–${LUNAR_MAX_YEAR}.`)
  }
}

/** The span and index of an existing lunar month, or RangeError. */
function requireLunarMonth(year: number, month: number, leap: boolean): { span: SolsticeSpan; index: number } {
  checkLunarYear(year)
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Tháng âm lịch ${month} không hợp lệ.`)
  if (typeof leap !== 'boolean') throw new RangeError('leap phải là true hoặc false.')
  const found = findLunarMonth(year, month, leap)
  if (!found) throw new RangeError(`Năm âm lịch ${year} không có tháng ${month} nhuận.`)
  return found
}

// ─── Conversions ─────────────────────────────────────────────────────────────

/** The lunar date of a Julian Day Number (no range check: callers do it). */
function lunarFromJd(jd: number): LunarDate {
  const { year } = dateFromJd(jd)
  // The span that closes with this solar year's solstice month, or the next one if that
  // month 11 has already begun (late November or December).
  let span = spanFor(year)
  if (jd >= span.end) span = spanFor(year + 1)
  let index = span.months.length - 1
  while (index > 0 && (span.months[index] as MonthEntry).start > jd) index--
  const entry = span.months[index] as MonthEntry
  return { day: jd - entry.start + 1, month: entry.month, year: entry.year, leap: entry.leap }
}

/** Solar (Gregorian) date → Vietnamese lunar date. RangeError outside 1900–2199 or for 30/2. */
export function solarToLunar(date: SolarDate): LunarDate {
  checkSolarDate(date)
  return lunarFromJd(jdFromDate(date.year, date.month, date.day))
}

/**
 * Vietnamese lunar date → solar date. RangeError for a month or day that does not exist
 * (day 30 of a 29-day month, leap: true for a month that is not that year's leap month) and
 * for a lunar date whose solar date falls outside 1900–2199.
 */
export function lunarToSolar(date: LunarDate): SolarDate {
  const { year, month, day, leap } = date
  const { span, index } = requireLunarMonth(year, month, leap)
  const length = entryLength(span, index)
  if (!Number.isInteger(day) || day < 1 || day > length) {
    throw new RangeError(`Tháng ${month}${leap ? ' nhuận' : ''} năm âm lịch ${year} không có ngày ${day}.`)
  }
  const solar = dateFromJd((span.months[index] as MonthEntry).start + day - 1)
  checkYear(solar.year)
  return solar
}

/** Number of days (29 or 30) of a lunar month. RangeError if the month does not exist. */
export function lunarMonthLength(year: number, month: number, leap = false): number {
  const { span, index } = requireLunarMonth(year, month, leap)
  return entryLength(span, index)
}

/** The leap month (1–12) of a lunar year, or 0 when the year has none. */
export function leapMonthOf(lunarYear: number): number {
  checkLunarYear(lunarYear)
  // Leap months 1–10 sit in span Y; a leap 11 or 12 of year Y sits in span Y + 1.
  for (const spanYear of [lunarYear, lunarYear + 1]) {
    const leap = spanFor(spanYear).months.find((m) => m.leap && m.year === lunarYear)
    if (leap) return leap.month
  }
  return 0
}

// ─── Can chi (sexagenary names) ──────────────────────────────────────────────

function canChi(canIndex: number, chiIndex: number): string {
  return `${CAN[mod(canIndex, 10)]} ${CHI[mod(chiIndex, 12)]}`
}

/**
 * Can chi of a day, given as a Julian Day Number or a solar date. The day cycle is unbroken,
 * so it is the JDN modulo 10 and 12, offset so that 1/1/2000 (JDN 2451545) is Mậu Ngọ.
 */
export function canChiOfDay(day: number | SolarDate): string {
  let jd: number
  if (typeof day === 'number') {
    if (!Number.isInteger(day)) throw new RangeError(`Số ngày Julius ${day} phải là số nguyên.`)
    jd = day
  } else {
    checkSolarDate(day)
    jd = jdFromDate(day.year, day.month, day.day)
  }
  return canChi(jd + 9, jd + 1)
}

/**
 * Can chi of a lunar month. The chi is fixed by the month (month 11 is Tý, month 1 Dần); the
 * can of month 1 follows the year's can (Giáp/Kỷ years start with Bính Dần, Ất/Canh with
 * Mậu Dần, ...) and then advances one a month. A leap month is given the name of the month
 * whose number it repeats.
 */
export function canChiOfMonth(lunarMonth: number, lunarYear: number): string {
  if (!Number.isInteger(lunarMonth) || lunarMonth < 1 || lunarMonth > 12) {
    throw new RangeError(`Tháng âm lịch ${lunarMonth} không hợp lệ.`)
  }
  if (!Number.isInteger(lunarYear)) throw new RangeError(`Năm âm lịch ${lunarYear} không hợp lệ.`)
  return canChi(lunarYear * 12 + lunarMonth + 3, lunarMonth + 1)
}

/** Can chi of a lunar year: 1984 (and every 60 years) is Giáp Tý. */
export function canChiOfYear(lunarYear: number): string {
  if (!Number.isInteger(lunarYear)) throw new RangeError(`Năm âm lịch ${lunarYear} không hợp lệ.`)
  return canChi(lunarYear + 6, lunarYear + 8)
}

// ─── Solar terms ─────────────────────────────────────────────────────────────

/**
 * The solar term (tiết khí) a day falls in. A term "begins on" the civil day, in Vietnam time,
 * during which the sun reaches its longitude, so the day belongs to the term in force at the
 * end of the day, i.e. at the next local midnight.
 */
export function solarTermOf(date: SolarDate): SolarTermName {
  checkSolarDate(date)
  const nextMidnight = jdFromDate(date.year, date.month, date.day) + 1
  return SOLAR_TERMS[Math.floor(sunLongitudeAtDayStart(nextMidnight) / 15)] as SolarTermName
}

// ─── Month grid ──────────────────────────────────────────────────────────────

/** Every day of a solar month with its lunar date, for the perpetual-calendar widget. */
export function monthView(year: number, month: number): MonthViewDay[] {
  checkSolarDate({ year, month, day: 1 })
  const first = jdFromDate(year, month, 1)
  const days: MonthViewDay[] = []
  for (let day = 1; day <= solarMonthLength(year, month); day++) {
    const lunar = lunarFromJd(first + day - 1)
    days.push({
      day,
      lunarDay: lunar.day,
      lunarMonth: lunar.month,
      leap: lunar.leap,
      isFirstOfLunarMonth: lunar.day === 1,
    })
  }
  return days
}
