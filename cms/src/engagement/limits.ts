/**
 * The limits of the engagement features (see `env().limits` for their
 * settings and defaults). Generous by default: offices share one public IP
 * address. Functions, so that a test changing the environment and calling
 * resetEnv() sees its new values.
 */
import { env } from '../env/index'

export const limits = {
  ratingsPerIpPerArticleDay: () => env().limits.ratingsPerIpPerArticleDay,
  votesPerIpPerPollDay: () => env().limits.votesPerIpPerPollDay,
  feedbackPerIpHour: () => env().limits.feedbackPerIpHour,
  feedbackMinFillSeconds: () => env().limits.feedbackMinFillSeconds,
  lookupsPerIpHour: () => env().limits.lookupsPerIpHour,
  signInsPerIpQuarterHour: () => env().limits.signInsPerIpQuarterHour,
  verificationsPerIpHour: () => env().limits.verificationsPerIpHour,
  openDataPerIpHour: () => env().limits.openDataPerIpHour,
  ipHashRetentionDays: () => env().limits.ipHashRetentionDays,
}
