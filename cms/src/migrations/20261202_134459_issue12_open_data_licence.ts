import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`open_data_licence_name\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`open_data_licence_url\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`open_data_licence_name\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`open_data_licence_url\`;`)
}
