/**
 * The consent rule (shared/src/consent.ts) on the CMS side: a submission
 * without consent is refused before anything is stored.
 */
import { CONSENT_REQUIRED_MESSAGE, consentErrors } from '@portal/shared'

import { EngagementError } from './errors'

export { CONSENT_FIELD, CONSENT_REQUIRED_MESSAGE, PRIVACY_NOTICE_PATH, consentErrors, consentGiven } from '@portal/shared'

/** Refuses (400, Vietnamese) before anything is stored when consent was not given. */
export function requireConsent(given: boolean): void {
  if (!given) throw new EngagementError(400, 'consent-required', CONSENT_REQUIRED_MESSAGE, consentErrors(false))
}
