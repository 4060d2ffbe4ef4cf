import fs from 'node:fs'
import path from 'node:path'

import { pause } from './poll'

/**
 * The fixture side of runTogether (processes.ts): says "ready" in the barrier
 * folder, then waits for "go", so that several processes really start their
 * writes at the same moment. No-op without a barrier.
 */
export async function waitAtStartLine(barrier: string | undefined, id: string, timeoutMs = 60_000): Promise<void> {
  if (!barrier) return
  fs.writeFileSync(path.join(barrier, `ready-${id}`), String(process.pid))
  const deadline = Date.now() + timeoutMs
  while (!fs.existsSync(path.join(barrier, 'go'))) {
    if (Date.now() > deadline) throw new Error('start signal never came')
    await pause(5)
  }
}
