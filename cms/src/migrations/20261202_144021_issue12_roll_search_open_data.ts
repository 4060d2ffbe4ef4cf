import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import * as rollSearch from './sql/issue12_roll_search'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`awards\` ADD \`award_rank\` numeric;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`open_data_licence_name\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`open_data_licence_url\` text;`)
  await rollSearch.up(db)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await rollSearch.down(db)
  await db.run(sql`ALTER TABLE \`awards\` DROP COLUMN \`award_rank\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`open_data_licence_name\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`open_data_licence_url\`;`)
}
