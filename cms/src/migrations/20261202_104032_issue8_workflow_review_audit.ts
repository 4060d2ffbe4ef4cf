import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import * as existingPublished from './sql/issue8_existing_published'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await existingPublished.before(db)
  await db.run(sql`CREATE TABLE \`_award_decisions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_number\` text,
  	\`version_issuer_id\` integer,
  	\`version_number_key\` text,
  	\`version_slug\` text,
  	\`version_issued_at\` text,
  	\`version_abstract\` text,
  	\`version_signer\` text,
  	\`version_signer_title\` text,
  	\`version_movement_id\` integer,
  	\`version_document_id\` integer,
  	\`version_is_sample\` integer DEFAULT false,
  	\`version_seed_key\` text,
  	\`version_search\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`award_decisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_issuer_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_movement_id\`) REFERENCES \`movements\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_document_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_award_decisions_v_parent_idx\` ON \`_award_decisions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_award_decisions_v_version_version_number_idx\` ON \`_award_decisions_v\` (\`version_number\`);`)
  await db.run(sql`CREATE INDEX \`_award_decisions_v_version_version_issuer_idx\` ON \`_award_decisions_v\` (\`version_issuer_id\`);`)
  await db.run(sql`CREATE INDEX \`_award_decisions_v_version_version_number_key_idx\` ON \`_award_decisions_v\` (\`version_number_key\`);`)
  await db.run(sql`CREATE INDEX \`_award_decisions_v_version_version_slug_idx\` ON \`_award_decisions_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_award_decisions_v_version_version_issued_at_idx\` ON \`_award_decisions_v\` (\`version_issued_at\`);`)
  await db.run(sql`CREATE INDEX \`_award_decisions_v_version_version_movement_idx\` ON \`_award_decisions_v\` (\`version_movement_id\`);`)
  await db.run(sql`CREATE INDEX \`_award_decisions_v_version_version_document_idx\` ON \`_award_decisions_v\` (\`version_document_id\`);`)
  await db.run(sql`CREATE INDEX \`_award_decisions_v_version_version_is_sample_idx\` ON \`_award_decisions_v\` (\`version_is_sample\`);`)
  await db.run(sql`CREATE INDEX \`_award_decisions_v_version_version_seed_key_idx\` ON \`_award_decisions_v\` (\`version_seed_key\`);`)
  await db.run(sql`CREATE INDEX \`_award_decisions_v_version_version_search_idx\` ON \`_award_decisions_v\` (\`version_search\`);`)
  await db.run(sql`CREATE INDEX \`_award_decisions_v_version_version_updated_at_idx\` ON \`_award_decisions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_award_decisions_v_version_version_created_at_idx\` ON \`_award_decisions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_award_decisions_v_version_version__status_idx\` ON \`_award_decisions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_award_decisions_v_created_at_idx\` ON \`_award_decisions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_award_decisions_v_updated_at_idx\` ON \`_award_decisions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_award_decisions_v_latest_idx\` ON \`_award_decisions_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_polls_v_version_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_polls_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_polls_v_version_options_order_idx\` ON \`_polls_v_version_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_polls_v_version_options_parent_id_idx\` ON \`_polls_v_version_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_polls_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_question\` text,
  	\`version_choice\` text DEFAULT 'single',
  	\`version_show_results\` text DEFAULT 'afterVoting',
  	\`version_opens_at\` text,
  	\`version_closes_at\` text,
  	\`version_staff_only\` integer DEFAULT false,
  	\`version_show_in_sidebar\` integer DEFAULT true,
  	\`version_seed_key\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`polls\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_polls_v_parent_idx\` ON \`_polls_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_polls_v_version_version_show_in_sidebar_idx\` ON \`_polls_v\` (\`version_show_in_sidebar\`);`)
  await db.run(sql`CREATE INDEX \`_polls_v_version_version_seed_key_idx\` ON \`_polls_v\` (\`version_seed_key\`);`)
  await db.run(sql`CREATE INDEX \`_polls_v_version_version_updated_at_idx\` ON \`_polls_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_polls_v_version_version_created_at_idx\` ON \`_polls_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_polls_v_version_version__status_idx\` ON \`_polls_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_polls_v_created_at_idx\` ON \`_polls_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_polls_v_updated_at_idx\` ON \`_polls_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_polls_v_latest_idx\` ON \`_polls_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`target_collection\` text,
  	\`document_id\` text,
  	\`title\` text,
  	\`changed_fields\` text,
  	\`user_id\` integer,
  	\`email\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_target_collection_idx\` ON \`audit_log\` (\`target_collection\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_document_id_idx\` ON \`audit_log\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_user_idx\` ON \`audit_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_award_decisions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` text,
  	\`issuer_id\` integer,
  	\`number_key\` text,
  	\`slug\` text,
  	\`issued_at\` text,
  	\`abstract\` text,
  	\`signer\` text,
  	\`signer_title\` text,
  	\`movement_id\` integer,
  	\`document_id\` integer,
  	\`is_sample\` integer DEFAULT false,
  	\`seed_key\` text,
  	\`search\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`issuer_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`movement_id\`) REFERENCES \`movements\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_award_decisions\`("id", "number", "issuer_id", "number_key", "slug", "issued_at", "abstract", "signer", "signer_title", "movement_id", "document_id", "is_sample", "seed_key", "search", "updated_at", "created_at", "_status") SELECT "id", "number", "issuer_id", "number_key", "slug", "issued_at", "abstract", "signer", "signer_title", "movement_id", "document_id", "is_sample", "seed_key", "search", "updated_at", "created_at", "_status" FROM \`award_decisions\`;`)
  await db.run(sql`DROP TABLE \`award_decisions\`;`)
  await db.run(sql`ALTER TABLE \`__new_award_decisions\` RENAME TO \`award_decisions\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`award_decisions_number_idx\` ON \`award_decisions\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`award_decisions_issuer_idx\` ON \`award_decisions\` (\`issuer_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`award_decisions_number_key_idx\` ON \`award_decisions\` (\`number_key\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`award_decisions_slug_idx\` ON \`award_decisions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`award_decisions_issued_at_idx\` ON \`award_decisions\` (\`issued_at\`);`)
  await db.run(sql`CREATE INDEX \`award_decisions_movement_idx\` ON \`award_decisions\` (\`movement_id\`);`)
  await db.run(sql`CREATE INDEX \`award_decisions_document_idx\` ON \`award_decisions\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`award_decisions_is_sample_idx\` ON \`award_decisions\` (\`is_sample\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`award_decisions_seed_key_idx\` ON \`award_decisions\` (\`seed_key\`);`)
  await db.run(sql`CREATE INDEX \`award_decisions_search_idx\` ON \`award_decisions\` (\`search\`);`)
  await db.run(sql`CREATE INDEX \`award_decisions_updated_at_idx\` ON \`award_decisions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`award_decisions_created_at_idx\` ON \`award_decisions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`award_decisions__status_idx\` ON \`award_decisions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new_polls_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`polls\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_polls_options\`("_order", "_parent_id", "id", "label") SELECT "_order", "_parent_id", "id", "label" FROM \`polls_options\`;`)
  await db.run(sql`DROP TABLE \`polls_options\`;`)
  await db.run(sql`ALTER TABLE \`__new_polls_options\` RENAME TO \`polls_options\`;`)
  await db.run(sql`CREATE INDEX \`polls_options_order_idx\` ON \`polls_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`polls_options_parent_id_idx\` ON \`polls_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_polls\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`choice\` text DEFAULT 'single',
  	\`show_results\` text DEFAULT 'afterVoting',
  	\`opens_at\` text,
  	\`closes_at\` text,
  	\`staff_only\` integer DEFAULT false,
  	\`show_in_sidebar\` integer DEFAULT true,
  	\`seed_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_polls\`("id", "question", "choice", "show_results", "opens_at", "closes_at", "staff_only", "show_in_sidebar", "seed_key", "updated_at", "created_at", "_status") SELECT "id", "question", "choice", "show_results", "opens_at", "closes_at", "staff_only", "show_in_sidebar", "seed_key", "updated_at", "created_at", "_status" FROM \`polls\`;`)
  await db.run(sql`DROP TABLE \`polls\`;`)
  await db.run(sql`ALTER TABLE \`__new_polls\` RENAME TO \`polls\`;`)
  await db.run(sql`CREATE INDEX \`polls_show_in_sidebar_idx\` ON \`polls\` (\`show_in_sidebar\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`polls_seed_key_idx\` ON \`polls\` (\`seed_key\`);`)
  await db.run(sql`CREATE INDEX \`polls_updated_at_idx\` ON \`polls\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`polls_created_at_idx\` ON \`polls\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`polls__status_idx\` ON \`polls\` (\`_status\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`review_comment\` text;`)
  await db.run(sql`CREATE INDEX \`articles_review_state_idx\` ON \`articles\` (\`review_state\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_review_state_idx\` ON \`_articles_v\` (\`version_review_state\`);`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`review_comment\` text;`)
  await db.run(sql`CREATE INDEX \`documents_review_state_idx\` ON \`documents\` (\`review_state\`);`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_review_state_idx\` ON \`_documents_v\` (\`version_review_state\`);`)
  await db.run(sql`ALTER TABLE \`movements\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`movements\` ADD \`review_comment\` text;`)
  await db.run(sql`CREATE INDEX \`movements_review_state_idx\` ON \`movements\` (\`review_state\`);`)
  await db.run(sql`ALTER TABLE \`_movements_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_movements_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`CREATE INDEX \`_movements_v_version_version_review_state_idx\` ON \`_movements_v\` (\`version_review_state\`);`)
  await db.run(sql`ALTER TABLE \`exemplary_models\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`exemplary_models\` ADD \`review_comment\` text;`)
  await db.run(sql`CREATE INDEX \`exemplary_models_review_state_idx\` ON \`exemplary_models\` (\`review_state\`);`)
  await db.run(sql`ALTER TABLE \`_exemplary_models_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_exemplary_models_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`CREATE INDEX \`_exemplary_models_v_version_version_review_state_idx\` ON \`_exemplary_models_v\` (\`version_review_state\`);`)
  await db.run(sql`ALTER TABLE \`galleries\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`galleries\` ADD \`review_comment\` text;`)
  await db.run(sql`CREATE INDEX \`galleries_review_state_idx\` ON \`galleries\` (\`review_state\`);`)
  await db.run(sql`ALTER TABLE \`_galleries_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_galleries_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`CREATE INDEX \`_galleries_v_version_version_review_state_idx\` ON \`_galleries_v\` (\`version_review_state\`);`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`review_comment\` text;`)
  await db.run(sql`CREATE INDEX \`pages_review_state_idx\` ON \`pages\` (\`review_state\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_review_state_idx\` ON \`_pages_v\` (\`version_review_state\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audit_log_id\` integer REFERENCES audit_log(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await existingPublished.up(db)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await existingPublished.down(db)
  await db.run(sql`DROP TABLE \`_award_decisions_v\`;`)
  await db.run(sql`DROP TABLE \`_polls_v_version_options\`;`)
  await db.run(sql`DROP TABLE \`_polls_v\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
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
  await db.run(sql`DROP INDEX \`articles_review_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`review_state\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`review_comment\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_review_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_review_state\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_review_comment\`;`)
  await db.run(sql`DROP INDEX \`documents_review_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`review_state\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`review_comment\`;`)
  await db.run(sql`DROP INDEX \`_documents_v_version_version_review_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` DROP COLUMN \`version_review_state\`;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` DROP COLUMN \`version_review_comment\`;`)
  await db.run(sql`DROP INDEX \`movements_review_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`movements\` DROP COLUMN \`review_state\`;`)
  await db.run(sql`ALTER TABLE \`movements\` DROP COLUMN \`review_comment\`;`)
  await db.run(sql`DROP INDEX \`_movements_v_version_version_review_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`_movements_v\` DROP COLUMN \`version_review_state\`;`)
  await db.run(sql`ALTER TABLE \`_movements_v\` DROP COLUMN \`version_review_comment\`;`)
  await db.run(sql`DROP INDEX \`exemplary_models_review_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`exemplary_models\` DROP COLUMN \`review_state\`;`)
  await db.run(sql`ALTER TABLE \`exemplary_models\` DROP COLUMN \`review_comment\`;`)
  await db.run(sql`DROP INDEX \`_exemplary_models_v_version_version_review_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`_exemplary_models_v\` DROP COLUMN \`version_review_state\`;`)
  await db.run(sql`ALTER TABLE \`_exemplary_models_v\` DROP COLUMN \`version_review_comment\`;`)
  await db.run(sql`CREATE TABLE \`__new_award_decisions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` text NOT NULL,
  	\`issuer_id\` integer NOT NULL,
  	\`number_key\` text,
  	\`slug\` text,
  	\`issued_at\` text NOT NULL,
  	\`abstract\` text NOT NULL,
  	\`signer\` text,
  	\`signer_title\` text,
  	\`movement_id\` integer,
  	\`document_id\` integer,
  	\`is_sample\` integer DEFAULT false,
  	\`seed_key\` text,
  	\`search\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`issuer_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`movement_id\`) REFERENCES \`movements\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_award_decisions\`("id", "number", "issuer_id", "number_key", "slug", "issued_at", "abstract", "signer", "signer_title", "movement_id", "document_id", "is_sample", "seed_key", "search", "updated_at", "created_at") SELECT "id", "number", "issuer_id", "number_key", "slug", "issued_at", "abstract", "signer", "signer_title", "movement_id", "document_id", "is_sample", "seed_key", "search", "updated_at", "created_at" FROM \`award_decisions\`;`)
  await db.run(sql`DROP TABLE \`award_decisions\`;`)
  await db.run(sql`ALTER TABLE \`__new_award_decisions\` RENAME TO \`award_decisions\`;`)
  await db.run(sql`CREATE INDEX \`award_decisions_number_idx\` ON \`award_decisions\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`award_decisions_issuer_idx\` ON \`award_decisions\` (\`issuer_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`award_decisions_number_key_idx\` ON \`award_decisions\` (\`number_key\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`award_decisions_slug_idx\` ON \`award_decisions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`award_decisions_issued_at_idx\` ON \`award_decisions\` (\`issued_at\`);`)
  await db.run(sql`CREATE INDEX \`award_decisions_movement_idx\` ON \`award_decisions\` (\`movement_id\`);`)
  await db.run(sql`CREATE INDEX \`award_decisions_document_idx\` ON \`award_decisions\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`award_decisions_is_sample_idx\` ON \`award_decisions\` (\`is_sample\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`award_decisions_seed_key_idx\` ON \`award_decisions\` (\`seed_key\`);`)
  await db.run(sql`CREATE INDEX \`award_decisions_search_idx\` ON \`award_decisions\` (\`search\`);`)
  await db.run(sql`CREATE INDEX \`award_decisions_updated_at_idx\` ON \`award_decisions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`award_decisions_created_at_idx\` ON \`award_decisions\` (\`created_at\`);`)
  await db.run(sql`DROP INDEX \`galleries_review_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`galleries\` DROP COLUMN \`review_state\`;`)
  await db.run(sql`ALTER TABLE \`galleries\` DROP COLUMN \`review_comment\`;`)
  await db.run(sql`DROP INDEX \`_galleries_v_version_version_review_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`_galleries_v\` DROP COLUMN \`version_review_state\`;`)
  await db.run(sql`ALTER TABLE \`_galleries_v\` DROP COLUMN \`version_review_comment\`;`)
  await db.run(sql`DROP INDEX \`pages_review_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`review_state\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`review_comment\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_version_version_review_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_review_state\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_review_comment\`;`)
  await db.run(sql`CREATE TABLE \`__new_polls\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`question\` text NOT NULL,
  	\`choice\` text DEFAULT 'single' NOT NULL,
  	\`show_results\` text DEFAULT 'afterVoting' NOT NULL,
  	\`opens_at\` text,
  	\`closes_at\` text,
  	\`staff_only\` integer DEFAULT false,
  	\`show_in_sidebar\` integer DEFAULT true,
  	\`seed_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_polls\`("id", "question", "choice", "show_results", "opens_at", "closes_at", "staff_only", "show_in_sidebar", "seed_key", "updated_at", "created_at") SELECT "id", "question", "choice", "show_results", "opens_at", "closes_at", "staff_only", "show_in_sidebar", "seed_key", "updated_at", "created_at" FROM \`polls\`;`)
  await db.run(sql`DROP TABLE \`polls\`;`)
  await db.run(sql`ALTER TABLE \`__new_polls\` RENAME TO \`polls\`;`)
  await db.run(sql`CREATE INDEX \`polls_show_in_sidebar_idx\` ON \`polls\` (\`show_in_sidebar\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`polls_seed_key_idx\` ON \`polls\` (\`seed_key\`);`)
  await db.run(sql`CREATE INDEX \`polls_updated_at_idx\` ON \`polls\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`polls_created_at_idx\` ON \`polls\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_polls_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`polls\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_polls_options\`("_order", "_parent_id", "id", "label") SELECT "_order", "_parent_id", "id", "label" FROM \`polls_options\`;`)
  await db.run(sql`DROP TABLE \`polls_options\`;`)
  await db.run(sql`ALTER TABLE \`__new_polls_options\` RENAME TO \`polls_options\`;`)
  await db.run(sql`CREATE INDEX \`polls_options_order_idx\` ON \`polls_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`polls_options_parent_id_idx\` ON \`polls_options\` (\`_parent_id\`);`)
}
