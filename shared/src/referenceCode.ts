/**
 * Reference codes of reader feedback (mã tra cứu): 80 random bits written in
 * Crockford's base32, e.g. "GY-7K3M-Q9XD-2HTR-WB4N". Unguessable, short enough
 * to read over the phone, and forgiving when typed back: case, spaces, dashes
 * and the look-alikes O/0 and I/L/1 do not matter.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** Random bytes per code: 10 bytes = 80 bits (the issue asks for at least 64). */
export const REFERENCE_CODE_BYTES = 10

const PREFIX = 'GY'
const GROUPS = 4
const GROUP_LENGTH = 4

/** The code for `bytes` random bytes (exactly REFERENCE_CODE_BYTES of them). */
export function referenceCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length !== REFERENCE_CODE_BYTES) throw new Error(`a reference code needs ${REFERENCE_CODE_BYTES} random bytes`)
  let bits = 0
  let value = 0
  let out = ''
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
    value &= (1 << bits) - 1
  }
  return format(out)
}

function format(symbols: string): string {
  const groups = Array.from({ length: GROUPS }, (_, i) => symbols.slice(i * GROUP_LENGTH, (i + 1) * GROUP_LENGTH))
  return [PREFIX, ...groups].join('-')
}

/** The canonical form of a typed code, or null when it cannot be one of ours. */
export function normaliseReferenceCode(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > 64) return null
  let symbols = input.toUpperCase().replace(/[\s\-_.]/g, '')
  if (symbols.startsWith(PREFIX) && symbols.length === PREFIX.length + GROUPS * GROUP_LENGTH) symbols = symbols.slice(PREFIX.length)
  symbols = symbols.replace(/O/g, '0').replace(/[IL]/g, '1')
  if (symbols.length !== GROUPS * GROUP_LENGTH) return null
  for (const symbol of symbols) if (!ALPHABET.includes(symbol)) return null
  return format(symbols)
}

/** A new code from the platform's cryptographic random source (Node and browsers alike). */
export function newReferenceCode(): string {
  return referenceCodeFromBytes(globalThis.crypto.getRandomValues(new Uint8Array(REFERENCE_CODE_BYTES)))
}
