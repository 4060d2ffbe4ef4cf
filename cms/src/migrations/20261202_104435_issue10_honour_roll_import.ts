import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`award_summaries_counts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`award_type_id\` integer NOT NULL,
  	\`recipient_kind\` text NOT NULL,
  	\`count\` numeric NOT NULL,
  	FOREIGN KEY (\`award_type_id\`) REFERENCES \`award_types\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`award_summaries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`award_summaries_counts_order_idx\` ON \`award_summaries_counts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`award_summaries_counts_parent_id_idx\` ON \`award_summaries_counts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`award_summaries_counts_award_type_idx\` ON \`award_summaries_counts\` (\`award_type_id\`);`)
  await db.run(sql`CREATE TABLE \`award_summaries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`unit_id\` integer NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`source\` text,
  	\`seed_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`award_summaries_unit_idx\` ON \`award_summaries\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`award_summaries_year_idx\` ON \`award_summaries\` (\`year\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`award_summaries_seed_key_idx\` ON \`award_summaries\` (\`seed_key\`);`)
  await db.run(sql`CREATE INDEX \`award_summaries_updated_at_idx\` ON \`award_summaries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`award_summaries_created_at_idx\` ON \`award_summaries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`award_imports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`decision_id\` integer NOT NULL,
  	\`file_name\` text NOT NULL,
  	\`status\` text NOT NULL,
  	\`total\` numeric DEFAULT 0,
  	\`processed\` numeric DEFAULT 0,
  	\`created\` numeric DEFAULT 0,
  	\`already_stored\` numeric DEFAULT 0,
  	\`encoding\` text,
  	\`notes\` text,
  	\`error\` text,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`decision_id\`) REFERENCES \`award_decisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`award_imports_decision_idx\` ON \`award_imports\` (\`decision_id\`);`)
  await db.run(sql`CREATE INDEX \`award_imports_status_idx\` ON \`award_imports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`award_imports_created_by_idx\` ON \`award_imports\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`award_imports_updated_at_idx\` ON \`award_imports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`award_imports_created_at_idx\` ON \`award_imports\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`awards\` ADD \`line_number\` numeric;`)
  await db.run(sql`ALTER TABLE \`awards\` ADD \`withdrawn\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`awards\` ADD \`withdrawal_decision_id\` integer REFERENCES award_decisions(id);`)
  await db.run(sql`ALTER TABLE \`awards\` ADD \`withdrawal_reason\` text;`)
  await db.run(sql`ALTER TABLE \`awards\` ADD \`import_batch_id\` integer REFERENCES award_imports(id);`)
  await db.run(sql`CREATE INDEX \`awards_withdrawn_idx\` ON \`awards\` (\`withdrawn\`);`)
  await db.run(sql`CREATE INDEX \`awards_withdrawal_decision_idx\` ON \`awards\` (\`withdrawal_decision_id\`);`)
  await db.run(sql`CREATE INDEX \`awards_import_batch_idx\` ON \`awards\` (\`import_batch_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`award_summaries_id\` integer REFERENCES award_summaries(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`award_imports_id\` integer REFERENCES award_imports(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_award_summaries_id_idx\` ON \`payload_locked_documents_rels\` (\`award_summaries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_award_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`award_imports_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`award_summaries_counts\`;`)
  await db.run(sql`DROP TABLE \`award_summaries\`;`)
  await db.run(sql`DROP TABLE \`award_imports\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_awards\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`recipient_name\` text NOT NULL,
  	\`recipient_kind\` text DEFAULT 'individual' NOT NULL,
  	\`position\` text,
  	\`unit_id\` integer,
  	\`unit_name\` text,
  	\`award_type_id\` integer NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`decision_id\` integer,
  	\`citation\` text,
  	\`is_sample\` integer DEFAULT false,
  	\`seed_key\` text,
  	\`search\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`award_type_id\`) REFERENCES \`award_types\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decision_id\`) REFERENCES \`award_decisions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_awards\`("id", "recipient_name", "recipient_kind", "position", "unit_id", "unit_name", "award_type_id", "year", "decision_id", "citation", "is_sample", "seed_key", "search", "updated_at", "created_at") SELECT "id", "recipient_name", "recipient_kind", "position", "unit_id", "unit_name", "award_type_id", "year", "decision_id", "citation", "is_sample", "seed_key", "search", "updated_at", "created_at" FROM \`awards\`;`)
  await db.run(sql`DROP TABLE \`awards\`;`)
  await db.run(sql`ALTER TABLE \`__new_awards\` RENAME TO \`awards\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`awards_recipient_kind_idx\` ON \`awards\` (\`recipient_kind\`);`)
  await db.run(sql`CREATE INDEX \`awards_unit_idx\` ON \`awards\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`awards_award_type_idx\` ON \`awards\` (\`award_type_id\`);`)
  await db.run(sql`CREATE INDEX \`awards_year_idx\` ON \`awards\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`awards_decision_idx\` ON \`awards\` (\`decision_id\`);`)
  await db.run(sql`CREATE INDEX \`awards_is_sample_idx\` ON \`awards\` (\`is_sample\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`awards_seed_key_idx\` ON \`awards\` (\`seed_key\`);`)
  await db.run(sql`CREATE INDEX \`awards_search_idx\` ON \`awards\` (\`search\`);`)
  await db.run(sql`CREATE INDEX \`awards_updated_at_idx\` ON \`awards\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`awards_created_at_idx\` ON \`awards\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`documents_id\` integer,
  	\`movements_id\` integer,
  	\`exemplary_models_id\` integer,
  	\`awards_id\` integer,
  	\`award_decisions_id\` integer,
  	\`galleries_id\` integer,
  	\`pages_id\` integer,
  	\`categories_id\` integer,
  	\`media_id\` integer,
  	\`units_id\` integer,
  	\`blocs_id\` integer,
  	\`award_types_id\` integer,
  	\`document_types_id\` integer,
  	\`users_id\` integer,
  	\`article_ratings_id\` integer,
  	\`polls_id\` integer,
  	\`poll_votes_id\` integer,
  	\`feedback_id\` integer,
  	\`feedback_attachments_id\` integer,
  	\`rate_limits_id\` integer,
  	\`visit_counters_id\` integer,
  	\`visit_presence_id\` integer,
  	\`redirects_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`movements_id\`) REFERENCES \`movements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exemplary_models_id\`) REFERENCES \`exemplary_models\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`awards_id\`) REFERENCES \`awards\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`award_decisions_id\`) REFERENCES \`award_decisions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`galleries_id\`) REFERENCES \`galleries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`blocs_id\`) REFERENCES \`blocs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`award_types_id\`) REFERENCES \`award_types\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`document_types_id\`) REFERENCES \`document_types\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`article_ratings_id\`) REFERENCES \`article_ratings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`polls_id\`) REFERENCES \`polls\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`poll_votes_id\`) REFERENCES \`poll_votes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_attachments_id\`) REFERENCES \`feedback_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rate_limits_id\`) REFERENCES \`rate_limits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`visit_counters_id\`) REFERENCES \`visit_counters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`visit_presence_id\`) REFERENCES \`visit_presence\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "documents_id", "movements_id", "exemplary_models_id", "awards_id", "award_decisions_id", "galleries_id", "pages_id", "categories_id", "media_id", "units_id", "blocs_id", "award_types_id", "document_types_id", "users_id", "article_ratings_id", "polls_id", "poll_votes_id", "feedback_id", "feedback_attachments_id", "rate_limits_id", "visit_counters_id", "visit_presence_id", "redirects_id") SELECT "id", "order", "parent_id", "path", "articles_id", "documents_id", "movements_id", "exemplary_models_id", "awards_id", "award_decisions_id", "galleries_id", "pages_id", "categories_id", "media_id", "units_id", "blocs_id", "award_types_id", "document_types_id", "users_id", "article_ratings_id", "polls_id", "poll_votes_id", "feedback_id", "feedback_attachments_id", "rate_limits_id", "visit_counters_id", "visit_presence_id", "redirects_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_movements_id_idx\` ON \`payload_locked_documents_rels\` (\`movements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_exemplary_models_id_idx\` ON \`payload_locked_documents_rels\` (\`exemplary_models_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_awards_id_idx\` ON \`payload_locked_documents_rels\` (\`awards_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_award_decisions_id_idx\` ON \`payload_locked_documents_rels\` (\`award_decisions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_galleries_id_idx\` ON \`payload_locked_documents_rels\` (\`galleries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_blocs_id_idx\` ON \`payload_locked_documents_rels\` (\`blocs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_award_types_id_idx\` ON \`payload_locked_documents_rels\` (\`award_types_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_document_types_id_idx\` ON \`payload_locked_documents_rels\` (\`document_types_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_article_ratings_id_idx\` ON \`payload_locked_documents_rels\` (\`article_ratings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_polls_id_idx\` ON \`payload_locked_documents_rels\` (\`polls_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_poll_votes_id_idx\` ON \`payload_locked_documents_rels\` (\`poll_votes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rate_limits_id_idx\` ON \`payload_locked_documents_rels\` (\`rate_limits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_visit_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`visit_counters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_visit_presence_id_idx\` ON \`payload_locked_documents_rels\` (\`visit_presence_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
}
