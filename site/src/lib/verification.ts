/**
 * What /xac-minh and /xac-minh/<code> do with what was typed, before any
 * read: pure, so the rules are unit-tested (tests/unit/verificationRoute.test.ts).
 */
import { normaliseVerificationCode, pathFor } from '@portal/shared'

export type VerificationRoute =
  /** The canonical code: look it up. */
  | { kind: 'lookup'; code: string }
  /** A valid code typed otherwise (lowercase, without dashes or prefix, O for 0): its one address, 301. */
  | { kind: 'redirect'; to: string }
  /** Cannot be a verification code: not found, without a read. */
  | { kind: 'malformed' }

/** The route of /xac-minh/<segment>. */
export function verificationRoute(segment: string): VerificationRoute {
  const code = normaliseVerificationCode(segment)
  if (!code) return { kind: 'malformed' }
  return code === segment ? { kind: 'lookup', code } : { kind: 'redirect', to: pathFor('awards', code) }
}

/**
 * The form of /xac-minh (?ma=): nothing typed shows the form, a code goes to
 * its page (303), anything else is the form again with the problem (400).
 */
export function verificationFormAnswer(typed: string | null): { kind: 'form' } | { kind: 'go'; to: string } | { kind: 'problem'; message: string } {
  if (!typed) return { kind: 'form' }
  const code = normaliseVerificationCode(typed)
  if (code) return { kind: 'go', to: pathFor('awards', code) }
  return { kind: 'problem', message: 'Mã xác minh không đúng định dạng. Mã có dạng XM-XXXX-XXXX-XXXX-XXXX: 16 chữ và số sau "XM", có thể gõ chữ thường, có hoặc không có dấu gạch ngang.' }
}

/**
 * The status of an award's page: 200 for a standing award; 410 Gone for a withdrawn one (the page still says what
 * it was and which decision withdrew it, but to any program checking the address the award is no longer valid);
 * 404 for a code that names nothing public.
 */
export function verificationStatus(state: 'valid' | 'withdrawn' | null): 200 | 404 | 410 {
  return state === 'valid' ? 200 : state === 'withdrawn' ? 410 : 404
}
