/**
 * npm run seed                 load the source documents (and the sample unless SEED_SAMPLE=false)
 * npm run seed -- --if-empty   only when the database is empty (what `npm start` does)
 * npm run seed:remove-sample   delete everything marked "Dữ liệu mẫu"
 * seed/src/cli.ts --migrate-only  apply migrations and nothing else (what `npm run serve` does)
 */
import { parseArgs } from 'node:util'

import { getPayload } from 'payload'

import config from '@portal/cms/config'
import { discardInterruptedImports } from '@portal/cms/awards'
import { migrateDatabase } from '@portal/cms/db'

import { isEmpty, removeSample, seed } from './index'

const { values } = parseArgs({ options: { 'if-empty': { type: 'boolean' }, 'remove-sample': { type: 'boolean' }, 'migrate-only': { type: 'boolean' } } })

const payload = await getPayload({ config })
let code = 0
try {
  await migrateDatabase(payload)
  await discardInterruptedImports(payload)
  if (values['migrate-only']) {
    payload.logger.info('Migrations applied; seed not asked for')
  } else if (values['remove-sample']) {
    const removed = await removeSample(payload)
    payload.logger.info(`Sample removed: ${JSON.stringify(removed)}`)
  } else if (values['if-empty'] && !(await isEmpty(payload))) {
    payload.logger.info('Database already has content: seed skipped')
  } else {
    const started = Date.now()
    const report = await seed(payload)
    payload.logger.info(`Seed done in ${Date.now() - started} ms: ${report}`)
  }
} catch (error) {
  payload.logger.error({ err: error, msg: 'Seed failed' })
  code = 1
}
await payload.destroy()
process.exit(code)
