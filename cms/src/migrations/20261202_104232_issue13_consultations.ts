import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`consultations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`intro\` text,
  	\`legal_basis\` text DEFAULT 'Điều 46 Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng.',
  	\`council\` text,
  	\`opens_at\` text,
  	\`duration_working_days\` numeric DEFAULT 10,
  	\`closes_at\` text,
  	\`status\` text DEFAULT 'scheduled',
  	\`is_sample\` integer DEFAULT false,
  	\`seed_key\` text,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`consultations_slug_idx\` ON \`consultations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`consultations_opens_at_idx\` ON \`consultations\` (\`opens_at\`);`)
  await db.run(sql`CREATE INDEX \`consultations_closes_at_idx\` ON \`consultations\` (\`closes_at\`);`)
  await db.run(sql`CREATE INDEX \`consultations_is_sample_idx\` ON \`consultations\` (\`is_sample\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`consultations_seed_key_idx\` ON \`consultations\` (\`seed_key\`);`)
  await db.run(sql`CREATE INDEX \`consultations_created_by_idx\` ON \`consultations\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_updated_at_idx\` ON \`consultations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`consultations_created_at_idx\` ON \`consultations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`consultations__status_idx\` ON \`consultations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`consultations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`consultations_rels_order_idx\` ON \`consultations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`consultations_rels_parent_idx\` ON \`consultations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_rels_path_idx\` ON \`consultations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`consultations_rels_media_id_idx\` ON \`consultations_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_consultations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_intro\` text,
  	\`version_legal_basis\` text DEFAULT 'Điều 46 Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng.',
  	\`version_council\` text,
  	\`version_opens_at\` text,
  	\`version_duration_working_days\` numeric DEFAULT 10,
  	\`version_closes_at\` text,
  	\`version_status\` text DEFAULT 'scheduled',
  	\`version_is_sample\` integer DEFAULT false,
  	\`version_seed_key\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_consultations_v_parent_idx\` ON \`_consultations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_slug_idx\` ON \`_consultations_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_opens_at_idx\` ON \`_consultations_v\` (\`version_opens_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_closes_at_idx\` ON \`_consultations_v\` (\`version_closes_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_is_sample_idx\` ON \`_consultations_v\` (\`version_is_sample\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_seed_key_idx\` ON \`_consultations_v\` (\`version_seed_key\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_created_by_idx\` ON \`_consultations_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_updated_at_idx\` ON \`_consultations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_created_at_idx\` ON \`_consultations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version__status_idx\` ON \`_consultations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_created_at_idx\` ON \`_consultations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_updated_at_idx\` ON \`_consultations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_latest_idx\` ON \`_consultations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_consultations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_consultations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_consultations_v_rels_order_idx\` ON \`_consultations_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_rels_parent_idx\` ON \`_consultations_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_rels_path_idx\` ON \`_consultations_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_rels_media_id_idx\` ON \`_consultations_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`nominees\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`consultation_id\` integer NOT NULL,
  	\`order\` numeric,
  	\`kind\` text DEFAULT 'individual' NOT NULL,
  	\`name\` text NOT NULL,
  	\`position\` text,
  	\`unit_id\` integer,
  	\`unit_name\` text,
  	\`award_type_id\` integer NOT NULL,
  	\`achievements\` text,
  	\`dossier_id\` integer,
  	\`result\` text DEFAULT 'pending' NOT NULL,
  	\`award_decision_id\` integer,
  	\`award_id\` integer,
  	\`is_sample\` integer DEFAULT false,
  	\`seed_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`consultation_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`award_type_id\`) REFERENCES \`award_types\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`dossier_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`award_decision_id\`) REFERENCES \`award_decisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`award_id\`) REFERENCES \`awards\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`nominees_consultation_idx\` ON \`nominees\` (\`consultation_id\`);`)
  await db.run(sql`CREATE INDEX \`nominees_unit_idx\` ON \`nominees\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`nominees_award_type_idx\` ON \`nominees\` (\`award_type_id\`);`)
  await db.run(sql`CREATE INDEX \`nominees_dossier_idx\` ON \`nominees\` (\`dossier_id\`);`)
  await db.run(sql`CREATE INDEX \`nominees_result_idx\` ON \`nominees\` (\`result\`);`)
  await db.run(sql`CREATE INDEX \`nominees_award_decision_idx\` ON \`nominees\` (\`award_decision_id\`);`)
  await db.run(sql`CREATE INDEX \`nominees_award_idx\` ON \`nominees\` (\`award_id\`);`)
  await db.run(sql`CREATE INDEX \`nominees_is_sample_idx\` ON \`nominees\` (\`is_sample\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`nominees_seed_key_idx\` ON \`nominees\` (\`seed_key\`);`)
  await db.run(sql`CREATE INDEX \`nominees_updated_at_idx\` ON \`nominees\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`nominees_created_at_idx\` ON \`nominees\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`consultation_comments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`consultation_id\` integer NOT NULL,
  	\`nominee_id\` integer,
  	\`comment\` text NOT NULL,
  	\`attachment_id\` integer,
  	\`name\` text NOT NULL,
  	\`email\` text,
  	\`phone\` text,
  	\`address\` text NOT NULL,
  	\`consent_at\` text NOT NULL,
  	\`answer\` text,
  	\`publish_answer\` integer DEFAULT false,
  	\`public_question\` text,
  	\`code\` text,
  	\`verdict\` text DEFAULT 'unsorted' NOT NULL,
  	\`answered_at\` text,
  	\`ip_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`consultation_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`nominee_id\`) REFERENCES \`nominees\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`attachment_id\`) REFERENCES \`feedback_attachments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`consultation_comments_consultation_idx\` ON \`consultation_comments\` (\`consultation_id\`);`)
  await db.run(sql`CREATE INDEX \`consultation_comments_nominee_idx\` ON \`consultation_comments\` (\`nominee_id\`);`)
  await db.run(sql`CREATE INDEX \`consultation_comments_attachment_idx\` ON \`consultation_comments\` (\`attachment_id\`);`)
  await db.run(sql`CREATE INDEX \`consultation_comments_publish_answer_idx\` ON \`consultation_comments\` (\`publish_answer\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`consultation_comments_code_idx\` ON \`consultation_comments\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`consultation_comments_verdict_idx\` ON \`consultation_comments\` (\`verdict\`);`)
  await db.run(sql`CREATE INDEX \`consultation_comments_answered_at_idx\` ON \`consultation_comments\` (\`answered_at\`);`)
  await db.run(sql`CREATE INDEX \`consultation_comments_ip_hash_idx\` ON \`consultation_comments\` (\`ip_hash\`);`)
  await db.run(sql`CREATE INDEX \`consultation_comments_updated_at_idx\` ON \`consultation_comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`consultation_comments_created_at_idx\` ON \`consultation_comments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`working_calendar_changes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	\`kind\` text DEFAULT 'dayOff' NOT NULL,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`working_calendar\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`working_calendar_changes_order_idx\` ON \`working_calendar_changes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`working_calendar_changes_parent_id_idx\` ON \`working_calendar_changes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`working_calendar\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`consultations_id\` integer REFERENCES consultations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`nominees_id\` integer REFERENCES nominees(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`consultation_comments_id\` integer REFERENCES consultation_comments(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consultations_id_idx\` ON \`payload_locked_documents_rels\` (\`consultations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_nominees_id_idx\` ON \`payload_locked_documents_rels\` (\`nominees_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consultation_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`consultation_comments_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`consultations\`;`)
  await db.run(sql`DROP TABLE \`consultations_rels\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`nominees\`;`)
  await db.run(sql`DROP TABLE \`consultation_comments\`;`)
  await db.run(sql`DROP TABLE \`working_calendar_changes\`;`)
  await db.run(sql`DROP TABLE \`working_calendar\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
