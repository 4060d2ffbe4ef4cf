import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import * as codes from './sql/issue12_verification_codes'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`awards\` ADD \`verification_code\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`awards_verification_code_idx\` ON \`awards\` (\`verification_code\`);`)
  await codes.up(db)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`awards_verification_code_idx\`;`)
  await db.run(sql`ALTER TABLE \`awards\` DROP COLUMN \`verification_code\`;`)
}
