/**
 * Next calls this once when the CMS server starts. It brings Payload up with
 * its crons, so the jobs queue (scheduled publish and unpublish) runs from the
 * start, with nobody signed in, and not only after the first admin request.
 * Only the CMS does this: see workflow/jobs.ts.
 */
export async function register() {
  // NEXT_RUNTIME is Next's own marker, set per bundle at build time (not a portal setting).
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { getPayload } = await import('payload')
  const { default: config } = await import('./payload.config')
  await getPayload({ config, cron: true })
}
