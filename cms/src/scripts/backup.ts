/** npm run backup: one dated archive of the running portal's data (cms/src/ops/backup.ts). */
import { backup } from '../ops/backup'
import { formatFileSize } from '@portal/shared'

const result = await backup()
console.log(
  `Backup written: ${result.file}\n  ${formatFileSize(result.bytes)} (database ${formatFileSize(result.databaseBytes)}, ${result.mediaFiles} media files, ${result.attachmentFiles} attachments) in ${(result.milliseconds / 1000).toFixed(1)} s`,
)
