/**
 * The job runner as its own process (`npm run serve` starts it when JOBS_AUTORUN=false; deploy/systemd has a
 * unit for it): every JOB_RUNNER_INTERVAL_MS it queues what is scheduled and runs what is due, on every queue.
 * Payload's own `payload jobs:run --cron` has no stop: a SIGTERM ended it in the middle of a job. Here a
 * signal (one or many) lets the running batch finish, closes the database and exits 0.
 */
import { getPayload } from 'payload'

import config from '../payload.config'
import { env } from '../env/index'

const payload = await getPayload({ config })
const interval = env().jobRunnerIntervalMs
let stopping = false
let wake: (() => void) | null = null

const stop = (signal: NodeJS.Signals) => {
  if (stopping) return
  stopping = true
  payload.logger.info(`Job runner: ${signal}, stopping after the current batch`)
  wake?.()
}
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, stop)

const { tasks = [], workflows = [] } = payload.config.jobs ?? {}
const hasJobs = tasks.length > 0 || workflows.length > 0
payload.logger.info(hasJobs ? `Job runner: running due jobs every ${interval} ms` : 'Job runner: no jobs are configured; waiting for a stop signal')
while (!stopping) {
  try {
    // With nothing configured there is nothing to run; the process stays so the supervisor sees it healthy.
    if (hasJobs) {
      await payload.jobs.handleSchedules({ allQueues: true })
      await payload.jobs.run({ allQueues: true })
    }
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Job runner: batch failed, trying again at the next tick' })
  }
  if (stopping) break
  await new Promise<void>((resolve) => {
    wake = resolve
    setTimeout(resolve, interval).unref()
  })
}
await payload.destroy()
process.exit(0)
