/**
 * Random public codes written in Crockford's base32: reference codes of reader
 * feedback (mã tra cứu, "GY-7K3M-Q9XD-2HTR-WB4N") and verification codes of
 * awards (mã xác minh, "XM-…"). 80 random bits: unguessable, and none can be
 * derived from another; short enough to read over the phone; forgiving when
 * typed back: case, spaces, dashes and the look-alikes O/0 and I/L/1 do not matter.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** Random bytes per code: 10 bytes = 80 bits (at least 64 asked). */
export const REFERENCE_CODE_BYTES = 10

const GROUPS = 4
const GROUP_LENGTH = 4

export interface CodeFamily {
  /** The code for `bytes` random bytes (exactly REFERENCE_CODE_BYTES of them). */
  fromBytes(bytes: Uint8Array): string
  /** The canonical form of a typed code, or null when it cannot be one of this family. */
  normalise(input: unknown): string | null
  /** A new code from the platform's cryptographic random source (Node and browsers alike). */
  create(): string
}

function codeFamily(prefix: string): CodeFamily {
  const format = (symbols: string) => [prefix, ...Array.from({ length: GROUPS }, (_, i) => symbols.slice(i * GROUP_LENGTH, (i + 1) * GROUP_LENGTH))].join('-')
  const fromBytes = (bytes: Uint8Array) => {
    if (bytes.length !== REFERENCE_CODE_BYTES) throw new Error(`a code needs ${REFERENCE_CODE_BYTES} random bytes`)
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
  return {
    fromBytes,
    normalise(input) {
      if (typeof input !== 'string' || input.length > 64) return null
      let symbols = input.toUpperCase().replace(/[\s\-_.]/g, '')
      if (symbols.startsWith(prefix) && symbols.length === prefix.length + GROUPS * GROUP_LENGTH) symbols = symbols.slice(prefix.length)
      symbols = symbols.replace(/O/g, '0').replace(/[IL]/g, '1')
      if (symbols.length !== GROUPS * GROUP_LENGTH) return null
      for (const symbol of symbols) if (!ALPHABET.includes(symbol)) return null
      return format(symbols)
    },
    create: () => fromBytes(globalThis.crypto.getRandomValues(new Uint8Array(REFERENCE_CODE_BYTES))),
  }
}

const feedbackCodes = codeFamily('GY')

export const referenceCodeFromBytes = feedbackCodes.fromBytes
export const normaliseReferenceCode = feedbackCodes.normalise
export const newReferenceCode = feedbackCodes.create

/** Verification codes of awards (printed as a QR code on the certificate). */
export const verificationCodes = codeFamily('XM')

export const newVerificationCode = verificationCodes.create
export const normaliseVerificationCode = verificationCodes.normalise
