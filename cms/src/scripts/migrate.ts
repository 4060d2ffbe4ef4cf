import { getPayload } from 'payload'

import config from '../payload.config'
import { migrateDatabase } from '../db/migrate'

const payload = await getPayload({ config })
await migrateDatabase(payload)
payload.logger.info('Database schema is up to date')
await payload.destroy()
process.exit(0)
