import fs from 'node:fs'
import path from 'node:path'

import { env } from './index'

/**
 * The repository root, found by walking up from the working directory to the
 * package.json that declares the workspaces. We do not use import.meta.url:
 * this file is bundled into Next's and Astro's server builds, where it no
 * longer points into the source tree.
 */
function findRepoRoot(): string {
  const configured = env().portalRoot
  if (configured) return path.resolve(configured)
  let dir = process.cwd()
  for (;;) {
    const manifest = path.join(dir, 'package.json')
    if (fs.existsSync(manifest)) {
      try {
        if (JSON.parse(fs.readFileSync(manifest, 'utf8')).workspaces) return dir
      } catch {
        // an unreadable package.json is not ours; keep walking up
      }
    }
    const parent = path.dirname(dir)
    if (parent === dir) return process.cwd()
    dir = parent
  }
}

export const repoRoot = findRepoRoot()

/** Where the embedded database, media and generated secret live. */
export const dataDir = path.resolve(repoRoot, env().dataDir ?? 'data')

export const mediaDir = path.resolve(repoRoot, env().mediaDir ?? path.join(dataDir, 'media'))

export const migrationsDir = path.join(repoRoot, 'cms', 'src', 'migrations')
