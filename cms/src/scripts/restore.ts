/** npm run restore -- FILE [--force]: puts a backup back (cms/src/ops/backup.ts); refuses while the portal runs. */
import { parseArgs } from 'node:util'

import { restore } from '../ops/backup'

const { values, positionals } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean' } } })
const archive = positionals[0]
if (!archive) {
  console.error('Usage: npm run restore -- <backup .tar.gz> [--force]')
  process.exit(2)
}
try {
  const result = await restore(archive, { force: values.force ?? false })
  console.log(`Restored ${result.database} (integrity_check: ${result.integrity}).${result.movedAside.length ? `\n  Kept the previous data as:\n    ${result.movedAside.join('\n    ')}` : ''}`)
  process.exit(result.integrity === 'ok' ? 0 : 1)
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
