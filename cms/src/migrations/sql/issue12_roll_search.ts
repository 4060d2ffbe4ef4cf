import { sql, type MigrateUpArgs } from '@payloadcms/db-sqlite'

type Db = MigrateUpArgs['db']

/**
 * The honour roll at a million lines (issue 12), on SQLite:
 * - `awards_fts`, an FTS5 index over the folded `search` column (external
 *   content: the text is stored once, in `awards`), with prefix indexes for
 *   2 and 3 letters so "ng"* and "ngu"* read one term list, kept in step with
 *   every write (Payload's and the bulk INSERT alike) by triggers;
 * - the roll's orders as indexes, with the directions the pages sort in,
 *   which Payload's `indexes` cannot state: newest year, highest honour
 *   (`award_rank`, a copy of the type's rank), name; and a decision's lines in
 *   its own order.
 * Existing rows get their rank and their FTS entries here.
 */
export async function up(db: Db): Promise<void> {
  await db.run(sql`UPDATE \`awards\` SET \`award_rank\` = COALESCE((SELECT \`rank\` FROM \`award_types\` WHERE \`award_types\`.\`id\` = \`awards\`.\`award_type_id\`), 1000) WHERE \`award_rank\` IS NULL`)
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`awards_roll_order_idx\` ON \`awards\` (\`year\` DESC, \`award_rank\`, \`recipient_name\`, \`id\`)`)
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`awards_decision_order_idx\` ON \`awards\` (\`decision_id\`, \`line_number\`, \`award_rank\`, \`recipient_name\`, \`id\`)`)
  await db.run(
    sql.raw(`CREATE VIRTUAL TABLE IF NOT EXISTS awards_fts USING fts5(search, content='awards', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3')`),
  )
  await db.run(sql.raw(`CREATE TRIGGER IF NOT EXISTS awards_fts_insert AFTER INSERT ON awards BEGIN
    INSERT INTO awards_fts(rowid, search) VALUES (new.id, new.search);
  END`))
  await db.run(sql.raw(`CREATE TRIGGER IF NOT EXISTS awards_fts_delete AFTER DELETE ON awards BEGIN
    INSERT INTO awards_fts(awards_fts, rowid, search) VALUES ('delete', old.id, old.search);
  END`))
  await db.run(sql.raw(`CREATE TRIGGER IF NOT EXISTS awards_fts_update AFTER UPDATE OF search ON awards BEGIN
    INSERT INTO awards_fts(awards_fts, rowid, search) VALUES ('delete', old.id, old.search);
    INSERT INTO awards_fts(rowid, search) VALUES (new.id, new.search);
  END`))
  await db.run(sql.raw(`INSERT INTO awards_fts(awards_fts) VALUES ('rebuild')`))
}

export async function down(db: Db): Promise<void> {
  for (const trigger of ['awards_fts_insert', 'awards_fts_delete', 'awards_fts_update']) await db.run(sql.raw(`DROP TRIGGER IF EXISTS ${trigger}`))
  await db.run(sql.raw('DROP TABLE IF EXISTS awards_fts'))
  await db.run(sql.raw('DROP INDEX IF EXISTS awards_roll_order_idx'))
  await db.run(sql.raw('DROP INDEX IF EXISTS awards_decision_order_idx'))
}
