/**
 * Vietnamese text in the encodings old spreadsheets still carry, turned into
 * Unicode NFC. Lists typed with the ABC (TCVN3, ".VnTime") or VNI fonts store
 * Vietnamese letters as Latin-1 look-alikes, both in raw CSV bytes and inside
 * .xlsx cells; Windows-1258 stores tone marks as separate combining bytes.
 * We decode every candidate and keep the one whose words look Vietnamese.
 */
import iconv from 'iconv-lite'

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'tcvn3' | 'vni'

export const ENCODING_LABELS: Record<TextEncoding, string> = {
  'utf-8': 'Unicode (UTF-8)',
  'utf-16le': 'Unicode (UTF-16)',
  'utf-16be': 'Unicode (UTF-16 BE)',
  'windows-1258': 'Windows-1258',
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI Windows',
}

/** Lower-case letters of the ABC font (TCVN 5712 VN3): each byte stands for one Vietnamese letter. */
const TCVN3_LETTERS: Record<string, string> = {
  '\u00b5': 'à', '\u00b8': 'á', '\u00a9': 'â', '\u00b7': 'ã', '\u00cc': 'è', '\u00d0': 'é', '\u00aa': 'ê', '\u00d7': 'ì',
  '\u00dd': 'í', '\u00df': 'ò', '\u00e3': 'ó', '\u00ab': 'ô', '\u00e2': 'õ', '\u00ef': 'ù', '\u00f3': 'ú', '\u00fd': 'ý',
  '\u00a8': 'ă', '\u00ae': 'đ', '\u00dc': 'ĩ', '\u00f2': 'ũ', '\u00ac': 'ơ', '\u00ad': 'ư', '\u00b9': 'ạ', '\u00b6': 'ả',
  '\u00ca': 'ấ', '\u00c7': 'ầ', '\u00c8': 'ẩ', '\u00c9': 'ẫ', '\u00cb': 'ậ', '\u00be': 'ắ', '\u00bb': 'ằ', '\u00bc': 'ẳ',
  '\u00bd': 'ẵ', '\u00c6': 'ặ', '\u00d1': 'ẹ', '\u00ce': 'ẻ', '\u00cf': 'ẽ', '\u00d5': 'ế', '\u00d2': 'ề', '\u00d3': 'ể',
  '\u00d4': 'ễ', '\u00d6': 'ệ', '\u00d8': 'ỉ', '\u00de': 'ị', '\u00e4': 'ọ', '\u00e1': 'ỏ', '\u00e8': 'ố', '\u00e5': 'ồ',
  '\u00e6': 'ổ', '\u00e7': 'ỗ', '\u00e9': 'ộ', '\u00ed': 'ớ', '\u00ea': 'ờ', '\u00eb': 'ở', '\u00ec': 'ỡ', '\u00ee': 'ợ',
  '\u00f4': 'ụ', '\u00f1': 'ủ', '\u00f8': 'ứ', '\u00f5': 'ừ', '\u00f6': 'ử', '\u00f7': 'ữ', '\u00f9': 'ự', '\u00fa': 'ỳ',
  '\u00fe': 'ỵ', '\u00fb': 'ỷ', '\u00fc': 'ỹ',
  // The only capitals the ABC font has; other capitals come from its ".VnTimeH" twin, which reuses the lower-case bytes.
  '\u00a1': 'Ă', '\u00a2': 'Â', '\u00a3': 'Ê', '\u00a4': 'Ô', '\u00a5': 'Ơ', '\u00a6': 'Ư', '\u00a7': 'Đ',
}

/** VNI: a base letter followed by a mark character, or one character for ơ, ư, đ, ĩ, ỉ, ị, ỵ. */
const VNI_MARKS: Record<string, string> = { 'ø': '\u0300', 'ù': '\u0301', 'û': '\u0309', 'õ': '\u0303', 'ï': '\u0323' }
const VNI_HATS: Record<string, string> = { 'â': '\u0302', 'ê': '\u0306' }
/** Hat plus tone in one mark character (â/ê with a tone): á à å ã ä for â, é è ú ü ë for ă. */
const VNI_HAT_TONES: Record<string, [string, string]> = {
  'á': ['\u0302', '\u0301'], 'à': ['\u0302', '\u0300'], 'å': ['\u0302', '\u0309'], 'ã': ['\u0302', '\u0303'], 'ä': ['\u0302', '\u0323'],
  'é': ['\u0306', '\u0301'], 'è': ['\u0306', '\u0300'], 'ú': ['\u0306', '\u0309'], 'ü': ['\u0306', '\u0303'], 'ë': ['\u0306', '\u0323'],
}
const VNI_SINGLE: Record<string, string> = {
  'ô': 'ơ', 'Ô': 'Ơ', 'ö': 'ư', 'Ö': 'Ư', 'ñ': 'đ', 'Ñ': 'Đ', 'ó': 'ĩ', 'Ó': 'Ĩ', 'æ': 'ỉ', 'Æ': 'Ỉ', 'ò': 'ị', 'Ò': 'Ị', 'î': 'ỵ', 'Î': 'Ỵ',
}
const upperKeys = (map: Record<string, unknown>) => Object.keys(map).map((k) => k.toUpperCase())
const VNI_MARK_CHARS = new Set([...Object.keys(VNI_MARKS), ...upperKeys(VNI_MARKS), ...Object.keys(VNI_HATS), ...upperKeys(VNI_HATS), ...Object.keys(VNI_HAT_TONES), ...upperKeys(VNI_HAT_TONES)])

/** Text of the ABC font read as Latin-1, turned into Unicode. */
export function fromTcvn3(latin1: string): string {
  return latin1.replace(/[\u00a1-\u00ff]/g, (ch) => TCVN3_LETTERS[ch] ?? ch).normalize('NFC')
}

/** Text of the VNI fonts read as Windows-1252, turned into Unicode. */
export function fromVni(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    const base = VNI_SINGLE[ch] ?? ch
    const next = text[i + 1]
    if (next && /[a-zA-ZơưđƠƯĐ]/.test(base) && VNI_MARK_CHARS.has(next)) {
      const mark = next.toLowerCase()
      const marks = VNI_MARKS[mark] ?? VNI_HATS[mark] ?? VNI_HAT_TONES[mark]?.join('')
      if (marks) {
        out += base + marks
        i++
        continue
      }
    }
    out += base
  }
  return out.normalize('NFC')
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g
const INITIAL = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnpqrstvx])?'
const NUCLEUS =
  '(?:uyê|uya|uyu|iêu|yêu|ươi|ươu|uôi|oai|oay|oeo|uây|oao|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)'
const FINAL = '(?:ch|ng|nh|[cmnpt])?'
const SYLLABLE = new RegExp(`^${INITIAL}${NUCLEUS}${FINAL}$`)

/** Does a word read as one Vietnamese syllable (at most one tone mark, known vowel cluster)? */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.normalize('NFC').toLowerCase().normalize('NFD')
  const tones = decomposed.match(TONES)?.length ?? 0
  if (tones > 1) return false
  return SYLLABLE.test(decomposed.replace(TONES, '').normalize('NFC'))
}

/**
 * How Vietnamese a text looks, 0..1: the share of its words with a non-ASCII
 * letter that are valid syllables, less a penalty for letters Vietnamese never
 * uses. Pure-ASCII words say nothing about the encoding and are skipped.
 */
export function vietnameseScore(text: string): { score: number; words: number } {
  const words = text.normalize('NFC').split(/[^\p{L}\p{M}]+/u).filter((w) => /[^\x00-\x7f]/.test(w))
  if (words.length === 0) return { score: 0, words: 0 }
  let good = 0
  for (const w of words) if (isVietnameseSyllable(w)) good++
  const foreign = (text.match(/[\u0080-\u009f\u00a1-\u00bf\u00d7\u00f7]/g) ?? []).length
  return { score: Math.max(0, good - foreign) / words.length, words: words.length }
}

/** Folds a decoded text into Unicode NFC and the best reading among the legacy fonts it may carry. */
export function repairLegacyText(text: string): { text: string; encoding: TextEncoding | null } {
  const asIs = vietnameseScore(text)
  if (asIs.words === 0 || asIs.score >= 0.95 || /[^\x00-\u00ff\u0300-\u0323]/.test(text.replace(/[\u2000-\u206f\u20ac\u2122]/g, ''))) {
    return { text: text.normalize('NFC'), encoding: null }
  }
  const candidates: Array<{ text: string; encoding: TextEncoding | null; score: number }> = [{ text: text.normalize('NFC'), encoding: null, score: asIs.score }]
  candidates.push({ text: fromTcvn3(text), encoding: 'tcvn3', score: 0 }, { text: fromVni(text), encoding: 'vni', score: 0 })
  for (const c of candidates.slice(1)) c.score = vietnameseScore(c.text).score
  candidates.sort((a, b) => b.score - a.score)
  const best = candidates[0]!
  return { text: best.text, encoding: best.encoding }
}

export class EncodingError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'EncodingError'
  }
}

const UNKNOWN_ENCODING =
  'Không nhận ra bảng mã của tệp. Hãy mở tệp trong Excel và lưu lại ở dạng "CSV UTF-8 (Comma delimited)" hoặc "Excel Workbook (.xlsx)", rồi tải lên lại.'

function looksUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4) return null
  let evenZeros = 0
  let oddZeros = 0
  const n = Math.min(bytes.length, 4096) & ~1
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++
    if (bytes[i + 1] === 0) oddZeros++
  }
  if (oddZeros > n / 4 && evenZeros < n / 50) return 'utf-16le'
  if (evenZeros > n / 4 && oddZeros < n / 50) return 'utf-16be'
  return null
}

/**
 * The text of a CSV file's bytes, in Unicode NFC, and the encoding it was in:
 * a BOM decides; then UTF-16 by its zero bytes; then valid UTF-8 (which may
 * still carry ABC or VNI letters); else the best of Windows-1258, TCVN3 and VNI.
 * Throws EncodingError (Vietnamese) when none reads as Vietnamese.
 */
export function decodeVietnameseText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return { text: buffer.subarray(3).toString('utf8').normalize('NFC'), encoding: 'utf-8' }
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return { text: buffer.subarray(2).toString('utf16le').normalize('NFC'), encoding: 'utf-16le' }
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return { text: iconv.decode(buffer.subarray(2), 'utf-16be').normalize('NFC'), encoding: 'utf-16be' }
  const utf16 = looksUtf16(buffer)
  if (utf16) return { text: iconv.decode(buffer, utf16).normalize('NFC'), encoding: utf16 }
  let utf8: string | null = null
  try {
    utf8 = new TextDecoder('utf-8', { fatal: true }).decode(buffer)
  } catch {
    utf8 = null
  }
  if (utf8 !== null) {
    const repaired = repairLegacyText(utf8)
    return { text: repaired.text, encoding: repaired.encoding ?? 'utf-8' }
  }
  const candidates = [
    { encoding: 'windows-1258' as const, text: iconv.decode(buffer, 'windows1258').normalize('NFC') },
    { encoding: 'tcvn3' as const, text: fromTcvn3(buffer.toString('latin1')) },
    { encoding: 'vni' as const, text: fromVni(iconv.decode(buffer, 'windows1252')) },
  ].map((c) => ({ ...c, ...vietnameseScore(c.text) }))
  candidates.sort((a, b) => b.score - a.score)
  const best = candidates[0]!
  if (best.words > 0 && best.score < 0.6) throw new EncodingError(UNKNOWN_ENCODING)
  return { text: best.text, encoding: best.encoding }
}
