/**
 * Next calls this once when the CMS server starts. The jobs queue (scheduled
 * publish and unpublish) must run from the start, with nobody signed in, not
 * only after the first admin request: Payload starts its crons in the instance
 * that serves requests (every REST request asks for them), so this wakes that
 * instance with one local request once the server listens.
 *
 * It must not build a Payload instance of its own here: this file is compiled
 * into a bundle apart from the route handlers, and an instance made here would
 * be the one every route then shares, with this bundle's copy of Payload's error
 * classes, which the routes' error handler does not recognise (every refusal a
 * hook throws, "quá nhiều lần" included, became "An unknown error occurred.").
 * Only the CMS does this: see workflow/jobs.ts.
 */
export async function register() {
  // NEXT_RUNTIME is Next's own marker, set per bundle at build time (not a portal setting).
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { env } = await import('./env/index')
  const { cmsPort, jobsAutorun } = env()
  if (!jobsAutorun) return
  const wake = async (attempt: number): Promise<void> => {
    try {
      await fetch(`http://127.0.0.1:${cmsPort}/api/users/me`, { headers: { accept: 'application/json' } })
    } catch {
      // Not listening yet: try again, for up to two minutes of a slow start.
      if (attempt < 120) setTimeout(() => void wake(attempt + 1), 1000).unref()
    }
  }
  setTimeout(() => void wake(0), 500).unref()
}
