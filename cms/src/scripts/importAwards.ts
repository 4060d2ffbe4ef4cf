/**
 * npm run import-awards -- FILE --decision NUMBER [--dry-run]
 *
 * Imports an award decision's list (.xlsx or .csv) into the honour roll, as
 * the admin's "Nhập danh sách từ tệp" does: prints the report (each bad row
 * with its line number and reason), writes nothing when a row is bad, and
 * exits 0 when all is well, 1 when rows are bad, 2 when the file or the
 * decision is refused. FILE is relative to the repository root.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { getPayload } from 'payload'

import { commitImport, ImportRefusal, planImport, reportText } from '../awards'
import { migrateDatabase } from '../db/migrate'
import config from '../payload.config'

const { values, positionals } = parseArgs({ allowPositionals: true, options: { decision: { type: 'string' }, 'dry-run': { type: 'boolean' } } })
const file = positionals[0]
if (!file || !values.decision) {
  console.error('Cách dùng / Usage: npm run import-awards -- TỆP.xlsx --decision "15/QĐ-UBND" [--dry-run]')
  process.exit(2)
}

const payload = await getPayload({ config })
let code = 0
try {
  await migrateDatabase(payload)
  const decision = await payload.find({ collection: 'award-decisions', where: { number: { equals: values.decision.normalize('NFC').trim() } }, limit: 1, depth: 0, overrideAccess: true })
  if (!decision.docs[0]) throw new ImportRefusal(404, `Không có quyết định số "${values.decision}".`, `no award decision numbered ${values.decision}`)
  const started = Date.now()
  const plan = await planImport(payload, { decision: decision.docs[0].id, fileName: path.basename(file), bytes: fs.readFileSync(path.resolve(file)) })
  console.log(reportText(plan))
  console.log(`Kiểm tra xong trong ${((Date.now() - started) / 1000).toFixed(1)} s.`)
  if (plan.check.problems.length) {
    console.log('Có dòng lỗi: chưa ghi dòng nào. / Bad rows: nothing written.')
    code = 1
  } else if (values['dry-run']) {
    console.log('Chạy thử: chưa ghi dòng nào. / Dry run: nothing written.')
  } else {
    const result = await commitImport(payload, plan, {
      onProgress: (written, total) => void process.stderr.write(`\rĐã ghi ${written}/${total}`),
      progressEvery: 1000,
    })
    process.stderr.write('\n')
    console.log(`Đã ghi ${result.created} dòng mới (lần nhập ${result.batch}); ${result.alreadyStored} dòng đã có từ trước.`)
  }
} catch (error) {
  if (error instanceof ImportRefusal) console.error(`${error.message} (${error.detail})`)
  else console.error(error)
  code = 2
}
await payload.destroy()
process.exit(code)
