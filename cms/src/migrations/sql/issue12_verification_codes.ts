import { sql, type MigrateUpArgs } from '@payloadcms/db-sqlite'
import { newVerificationCode } from '@portal/shared'

const CHUNK = 500

/**
 * Awards stored before verification codes existed get one each (random, so it
 * cannot be computed in SQL): 500 rows per UPDATE, so 100,000 awards take
 * 200 statements, not 100,000.
 */
export async function up(db: MigrateUpArgs['db']): Promise<void> {
  for (;;) {
    const rows = (await db.all(sql`SELECT \`id\` FROM \`awards\` WHERE \`verification_code\` IS NULL LIMIT ${CHUNK}`)) as Array<{ id: number } | [number]>
    if (rows.length === 0) return
    const ids = rows.map((row) => (Array.isArray(row) ? row[0] : row.id))
    const cases = sql.join(ids.map((id) => sql`WHEN ${id} THEN ${newVerificationCode()}`), sql` `)
    await db.run(sql`UPDATE \`awards\` SET \`verification_code\` = CASE \`id\` ${cases} END WHERE \`id\` IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`)
  }
}

/** Nothing to undo: the generated down drops the column. */
export async function down(_db: MigrateUpArgs['db']): Promise<void> {}
