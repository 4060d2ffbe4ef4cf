/**
 * The engagement rules (ratings, polls, feedback, their limits, secrets and
 * retention) as the site and the tests see them: `@portal/cms/engagement`.
 */
export * from './consent'
export * from './attachments'
export * from './errors'
export * from './feedback'
export * from './formTimestamp'
export * from './ids'
export * from './intake'
export * from './limits'
export * from './lookups'
export * from './polls'
export * from './rateLimit'
export * from './ratings'
export * from './retention'
export * from './secrets'
export * from './voter'
export * from './tallies'
export { signInAttemptAllowed } from '../auth/signInLimits'
