import { sql, type MigrateUpArgs } from '@payloadcms/db-sqlite'

/**
 * Hand-written parts of the issue 8 migration (called from it with one line each).
 *
 * `before` runs first. Award decisions and polls gain drafts, and the
 * generated statements rebuild both tables copying a `_status` column the old
 * tables lack (drizzle-kit's table rebuild selects the new column from the old
 * table). Adding it beforehand, as "published", makes that copy work and keeps
 * every decision and poll stored before public, as it was, instead of turning
 * them into drafts that vanish from the site.
 */
export async function before(db: MigrateUpArgs['db']): Promise<void> {
  await db.run(sql`ALTER TABLE \`award_decisions\` ADD \`_status\` text DEFAULT 'published';`)
  await db.run(sql`ALTER TABLE \`polls\` ADD \`_status\` text DEFAULT 'published';`)
}

const EDITORIAL_TABLES = ['articles', 'documents', 'movements', 'exemplary_models', 'galleries', 'pages']

/** Content that is published starts in the review state "published"; the rest stays "draft". */
export async function up(db: MigrateUpArgs['db']): Promise<void> {
  for (const table of EDITORIAL_TABLES) {
    await db.run(sql.raw(`UPDATE \`${table}\` SET \`review_state\` = 'published' WHERE \`_status\` = 'published';`))
    await db.run(sql.raw(`UPDATE \`_${table}_v\` SET \`version_review_state\` = 'published' WHERE \`version__status\` = 'published';`))
  }
}

/** Nothing to undo: the columns it filled are dropped by the generated down. */
export async function down(_db: MigrateUpArgs['db']): Promise<void> {}
