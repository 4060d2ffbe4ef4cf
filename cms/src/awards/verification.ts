/** What the public site needs of award verification: the reader's rule for withdrawn awards, QR codes, the look-up limit. */
export { PUBLISHED_DECISION_OR_NONE } from '../access/ofPublishedDecision'
export { awardPageUrl, qrPng, qrSvg } from './verificationQr'
export { verificationLookupAllowed } from './verificationLimit'
