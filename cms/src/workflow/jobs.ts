import type { JobsConfig } from 'payload'

import { canPublish } from '../access/roles'
import { env } from '../env/index'

/**
 * Payload's jobs queue carries scheduled publish and unpublish
 * (`versions.drafts.schedulePublish`). Jobs wait in the database, so they
 * survive a restart, and each runs with its scheduler's rights (or the
 * server's, for a publication dated in the future).
 *
 * Who runs them: Payload starts the cron below only in a process that asks
 * for crons (`getPayload({ cron: true })`): the CMS does so at start-up in
 * `instrumentation.ts`. The site processes, the seed and the tests never do,
 * so `npm start` has exactly one runner however many site processes there
 * are. JOBS_AUTORUN=false leaves the queue to an outside runner.
 */
export const jobs: JobsConfig = {
  // Every 5 seconds: a publication set for 08:00:00 is live by 08:00:05.
  autoRun: [{ cron: '*/5 * * * * *', limit: 20 }],
  shouldAutoRun: () => env().jobsAutorun,
  // Only the people who publish may run or cancel jobs through the API.
  access: {
    run: ({ req }) => canPublish(req.user),
    queue: ({ req }) => canPublish(req.user),
    cancel: ({ req }) => canPublish(req.user),
  },
}
