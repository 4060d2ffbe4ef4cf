/** A pause between two looks at something that is expected to change; never a way to prove that nothing happened. */
export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Looks again and again until `check` gives a value (anything but undefined or
 * false), and returns it with how long that took from `since`; fails with
 * `what` when the deadline passes first. This is how tests wait for a state:
 * by its arrival, not by sleeping for a time that usually suffices.
 */
export async function eventually<T>(
  check: () => Promise<T | undefined | false> | T | undefined | false,
  { timeoutMs, intervalMs = 50, what, since = Date.now() }: { timeoutMs: number; intervalMs?: number; what: string; since?: number },
): Promise<{ value: T; elapsedMs: number }> {
  const deadline = since + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined && value !== false) return { value: value as T, elapsedMs: Date.now() - since }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await pause(intervalMs)
  }
}
