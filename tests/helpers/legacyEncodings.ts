/**
 * Writers of the legacy Vietnamese encodings, for tests and the benchmark only:
 * they build the files old agency lists arrive as, from Unicode text.
 */
import iconv from 'iconv-lite'

import { fromTcvn3, fromVni } from '../../shared/src/vietnameseEncodings'

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g

/** Inverse of a decoder over the Latin-1 range: every Vietnamese letter's legacy spelling. */
function inverse(decode: (latin: string) => string, alphabet: string[]): Map<string, string> {
  const map = new Map<string, string>()
  for (const a of alphabet) for (const b of ['', ...alphabet]) {
    const text = a + b
    const decoded = decode(text)
    if (decoded.length !== 1 || !/[^\x00-\x7f]/.test(decoded)) continue
    // A mark in the case of its letter ("eã", not "eÃ"), as VNI keyboards type it.
    const sameCase = (t: string) => t.length < 2 || (t[0] === t[0]!.toLowerCase()) === (t[1] === t[1]!.toLowerCase())
    const had = map.get(decoded)
    if (!had || (!sameCase(had) && sameCase(text))) map.set(decoded, text)
  }
  return map
}

const LATIN1 = Array.from({ length: 0x5f }, (_, i) => String.fromCharCode(0xa1 + i))
const ASCII_LETTERS = [...'aeiouyAEIOUYdD']
const tcvn3Map = inverse(fromTcvn3, LATIN1)
const vniMap = inverse(fromVni, [...ASCII_LETTERS, ...LATIN1])

/** Unicode text as the ABC font (TCVN3) stores it, in bytes. Capitals with marks come out lower case, as with the ABC font. */
export function encodeTcvn3(text: string): Buffer {
  const out = [...text.normalize('NFC')].map((ch) => tcvn3Map.get(ch) ?? tcvn3Map.get(ch.toLowerCase()) ?? ch).join('')
  return Buffer.from(out, 'latin1')
}

/** Unicode text as the VNI Windows fonts store it, in bytes (Windows-1252). */
export function encodeVni(text: string): Buffer {
  const out = [...text.normalize('NFC')].map((ch) => vniMap.get(ch) ?? ch).join('')
  return iconv.encode(out, 'windows1252')
}

/** Unicode text in Windows-1258: base letters precomposed where the code page has them, tone marks combining. */
export function encodeWindows1258(text: string): Buffer {
  const out = [...text.normalize('NFC')]
    .map((ch) => {
      const d = ch.normalize('NFD')
      const tones = d.match(TONES)?.join('') ?? ''
      return d.replace(TONES, '').normalize('NFC') + tones
    })
    .join('')
  return iconv.encode(out, 'windows1258')
}

/** Latin-1 text as a legacy font shows it in an .xlsx cell (the bytes read as characters). */
export const asCellText = (bytes: Buffer, encoding: 'tcvn3' | 'vni') => (encoding === 'tcvn3' ? bytes.toString('latin1') : iconv.decode(bytes, 'windows1252'))
