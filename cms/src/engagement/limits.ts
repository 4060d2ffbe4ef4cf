/**
 * The limits of the engagement features, from the environment (read at each
 * use, so a test or an operator can change them without a rebuild). Generous
 * by default: offices share one public IP address.
 */
function envInt(name: string, fallback: number): number {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback
}

export const limits = {
  /** New ratings per IP address, per article and Vietnamese calendar day (changing one's rating is not counted). */
  ratingsPerIpPerArticleDay: () => envInt('RATING_IP_DAILY_LIMIT', 50),
  /** New votes per IP address, per poll and day. */
  votesPerIpPerPollDay: () => envInt('POLL_IP_DAILY_LIMIT', 50),
  /** Feedback submissions per IP address and clock hour. */
  feedbackPerIpHour: () => envInt('FEEDBACK_IP_HOURLY_LIMIT', 5),
  /** Seconds a person needs at least to fill in the feedback form; faster is a script. */
  feedbackMinFillSeconds: () => envInt('FEEDBACK_MIN_FILL_SECONDS', 3),
  /** Sign-in attempts per IP address per quarter hour, on top of Payload's per-account lockout. */
  signInsPerIpQuarterHour: () => envInt('SIGN_IN_IP_LIMIT', 30),
  /** Days an IP hash is kept on a rating, vote or feedback item before it is erased. */
  ipHashRetentionDays: () => envInt('IP_HASH_RETENTION_DAYS', 30),
}
