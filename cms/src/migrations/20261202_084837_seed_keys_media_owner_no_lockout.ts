import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`seed_key\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_seed_key_idx\` ON \`articles\` (\`seed_key\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_seed_key\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_seed_key_idx\` ON \`_articles_v\` (\`version_seed_key\`);`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`seed_key\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`documents_seed_key_idx\` ON \`documents\` (\`seed_key\`);`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_seed_key\` text;`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_seed_key_idx\` ON \`_documents_v\` (\`version_seed_key\`);`)
  await db.run(sql`ALTER TABLE \`movements\` ADD \`seed_key\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`movements_seed_key_idx\` ON \`movements\` (\`seed_key\`);`)
  await db.run(sql`ALTER TABLE \`_movements_v\` ADD \`version_seed_key\` text;`)
  await db.run(sql`CREATE INDEX \`_movements_v_version_version_seed_key_idx\` ON \`_movements_v\` (\`version_seed_key\`);`)
  await db.run(sql`ALTER TABLE \`exemplary_models\` ADD \`seed_key\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`exemplary_models_seed_key_idx\` ON \`exemplary_models\` (\`seed_key\`);`)
  await db.run(sql`ALTER TABLE \`_exemplary_models_v\` ADD \`version_seed_key\` text;`)
  await db.run(sql`CREATE INDEX \`_exemplary_models_v_version_version_seed_key_idx\` ON \`_exemplary_models_v\` (\`version_seed_key\`);`)
  await db.run(sql`ALTER TABLE \`awards\` ADD \`seed_key\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`awards_seed_key_idx\` ON \`awards\` (\`seed_key\`);`)
  await db.run(sql`ALTER TABLE \`award_decisions\` ADD \`seed_key\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`award_decisions_seed_key_idx\` ON \`award_decisions\` (\`seed_key\`);`)
  await db.run(sql`ALTER TABLE \`galleries\` ADD \`seed_key\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`galleries_seed_key_idx\` ON \`galleries\` (\`seed_key\`);`)
  await db.run(sql`ALTER TABLE \`_galleries_v\` ADD \`version_seed_key\` text;`)
  await db.run(sql`CREATE INDEX \`_galleries_v_version_version_seed_key_idx\` ON \`_galleries_v\` (\`version_seed_key\`);`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`seed_key\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_seed_key_idx\` ON \`pages\` (\`seed_key\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_seed_key\` text;`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_seed_key_idx\` ON \`_pages_v\` (\`version_seed_key\`);`)
  await db.run(sql`ALTER TABLE \`categories\` ADD \`seed_key\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`categories_seed_key_idx\` ON \`categories\` (\`seed_key\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`seed_key\` text;`)
  await db.run(sql`CREATE INDEX \`media_created_by_idx\` ON \`media\` (\`created_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_seed_key_idx\` ON \`media\` (\`seed_key\`);`)
  await db.run(sql`ALTER TABLE \`units\` ADD \`seed_key\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`units_seed_key_idx\` ON \`units\` (\`seed_key\`);`)
  await db.run(sql`ALTER TABLE \`blocs\` ADD \`seed_key\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`blocs_seed_key_idx\` ON \`blocs\` (\`seed_key\`);`)
  await db.run(sql`ALTER TABLE \`award_types\` ADD \`seed_key\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`award_types_seed_key_idx\` ON \`award_types\` (\`seed_key\`);`)
  await db.run(sql`ALTER TABLE \`document_types\` ADD \`seed_key\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`document_types_seed_key_idx\` ON \`document_types\` (\`seed_key\`);`)
  await db.run(sql`ALTER TABLE \`polls\` ADD \`seed_key\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`polls_seed_key_idx\` ON \`polls\` (\`seed_key\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text,
  	\`caption\` text,
  	\`credit\` text,
  	\`captions_id\` integer,
  	\`is_sample\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_full_url\` text,
  	\`sizes_full_width\` numeric,
  	\`sizes_full_height\` numeric,
  	\`sizes_full_mime_type\` text,
  	\`sizes_full_filesize\` numeric,
  	\`sizes_full_filename\` text,
  	\`sizes_thumbnail_webp_url\` text,
  	\`sizes_thumbnail_webp_width\` numeric,
  	\`sizes_thumbnail_webp_height\` numeric,
  	\`sizes_thumbnail_webp_mime_type\` text,
  	\`sizes_thumbnail_webp_filesize\` numeric,
  	\`sizes_thumbnail_webp_filename\` text,
  	\`sizes_card_webp_url\` text,
  	\`sizes_card_webp_width\` numeric,
  	\`sizes_card_webp_height\` numeric,
  	\`sizes_card_webp_mime_type\` text,
  	\`sizes_card_webp_filesize\` numeric,
  	\`sizes_card_webp_filename\` text,
  	\`sizes_full_webp_url\` text,
  	\`sizes_full_webp_width\` numeric,
  	\`sizes_full_webp_height\` numeric,
  	\`sizes_full_webp_mime_type\` text,
  	\`sizes_full_webp_filesize\` numeric,
  	\`sizes_full_webp_filename\` text,
  	FOREIGN KEY (\`captions_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_media\`("id", "alt", "caption", "credit", "captions_id", "is_sample", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_full_url", "sizes_full_width", "sizes_full_height", "sizes_full_mime_type", "sizes_full_filesize", "sizes_full_filename", "sizes_thumbnail_webp_url", "sizes_thumbnail_webp_width", "sizes_thumbnail_webp_height", "sizes_thumbnail_webp_mime_type", "sizes_thumbnail_webp_filesize", "sizes_thumbnail_webp_filename", "sizes_card_webp_url", "sizes_card_webp_width", "sizes_card_webp_height", "sizes_card_webp_mime_type", "sizes_card_webp_filesize", "sizes_card_webp_filename", "sizes_full_webp_url", "sizes_full_webp_width", "sizes_full_webp_height", "sizes_full_webp_mime_type", "sizes_full_webp_filesize", "sizes_full_webp_filename") SELECT "id", "alt", "caption", "credit", "captions_id", "is_sample", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_full_url", "sizes_full_width", "sizes_full_height", "sizes_full_mime_type", "sizes_full_filesize", "sizes_full_filename", "sizes_thumbnail_webp_url", "sizes_thumbnail_webp_width", "sizes_thumbnail_webp_height", "sizes_thumbnail_webp_mime_type", "sizes_thumbnail_webp_filesize", "sizes_thumbnail_webp_filename", "sizes_card_webp_url", "sizes_card_webp_width", "sizes_card_webp_height", "sizes_card_webp_mime_type", "sizes_card_webp_filesize", "sizes_card_webp_filename", "sizes_full_webp_url", "sizes_full_webp_width", "sizes_full_webp_height", "sizes_full_webp_mime_type", "sizes_full_webp_filesize", "sizes_full_webp_filename" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`media_captions_idx\` ON \`media\` (\`captions_id\`);`)
  await db.run(sql`CREATE INDEX \`media_is_sample_idx\` ON \`media\` (\`is_sample\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_full_sizes_full_filename_idx\` ON \`media\` (\`sizes_full_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_webp_sizes_thumbnail_webp_filename_idx\` ON \`media\` (\`sizes_thumbnail_webp_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_webp_sizes_card_webp_filename_idx\` ON \`media\` (\`sizes_card_webp_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_full_webp_sizes_full_webp_filename_idx\` ON \`media\` (\`sizes_full_webp_filename\`);`)
  await db.run(sql`DROP INDEX \`articles_seed_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`seed_key\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_seed_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_seed_key\`;`)
  await db.run(sql`DROP INDEX \`documents_seed_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`seed_key\`;`)
  await db.run(sql`DROP INDEX \`_documents_v_version_version_seed_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` DROP COLUMN \`version_seed_key\`;`)
  await db.run(sql`DROP INDEX \`movements_seed_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`movements\` DROP COLUMN \`seed_key\`;`)
  await db.run(sql`DROP INDEX \`_movements_v_version_version_seed_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`_movements_v\` DROP COLUMN \`version_seed_key\`;`)
  await db.run(sql`DROP INDEX \`exemplary_models_seed_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`exemplary_models\` DROP COLUMN \`seed_key\`;`)
  await db.run(sql`DROP INDEX \`_exemplary_models_v_version_version_seed_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`_exemplary_models_v\` DROP COLUMN \`version_seed_key\`;`)
  await db.run(sql`DROP INDEX \`awards_seed_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`awards\` DROP COLUMN \`seed_key\`;`)
  await db.run(sql`DROP INDEX \`award_decisions_seed_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`award_decisions\` DROP COLUMN \`seed_key\`;`)
  await db.run(sql`DROP INDEX \`galleries_seed_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`galleries\` DROP COLUMN \`seed_key\`;`)
  await db.run(sql`DROP INDEX \`_galleries_v_version_version_seed_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`_galleries_v\` DROP COLUMN \`version_seed_key\`;`)
  await db.run(sql`DROP INDEX \`pages_seed_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`seed_key\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_version_version_seed_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_seed_key\`;`)
  await db.run(sql`DROP INDEX \`categories_seed_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`categories\` DROP COLUMN \`seed_key\`;`)
  await db.run(sql`DROP INDEX \`units_seed_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`units\` DROP COLUMN \`seed_key\`;`)
  await db.run(sql`DROP INDEX \`blocs_seed_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`blocs\` DROP COLUMN \`seed_key\`;`)
  await db.run(sql`DROP INDEX \`award_types_seed_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`award_types\` DROP COLUMN \`seed_key\`;`)
  await db.run(sql`DROP INDEX \`document_types_seed_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`document_types\` DROP COLUMN \`seed_key\`;`)
  await db.run(sql`DROP INDEX \`polls_seed_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`polls\` DROP COLUMN \`seed_key\`;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
}
