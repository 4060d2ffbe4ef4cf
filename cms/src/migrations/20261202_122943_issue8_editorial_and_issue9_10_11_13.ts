import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import * as existingPublished from './sql/issue8_existing_published'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Decisions and polls stored before they had drafts stay published (see the module).
  await existingPublished.before(db)
  await db.run(sql`CREATE TABLE \`movements_forms_collective\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`movements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`movements_forms_collective_order_idx\` ON \`movements_forms_collective\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`movements_forms_collective_parent_id_idx\` ON \`movements_forms_collective\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`movements_forms_individual\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`movements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`movements_forms_individual_order_idx\` ON \`movements_forms_individual\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`movements_forms_individual_parent_id_idx\` ON \`movements_forms_individual\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`movements_general_criteria_points\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`movements_general_criteria\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`movements_general_criteria_points_order_idx\` ON \`movements_general_criteria_points\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`movements_general_criteria_points_parent_id_idx\` ON \`movements_general_criteria_points\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`movements_general_criteria\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`movements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`movements_general_criteria_order_idx\` ON \`movements_general_criteria\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`movements_general_criteria_parent_id_idx\` ON \`movements_general_criteria\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`movements_criteria_collective_points\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`movements_criteria_collective\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`movements_criteria_collective_points_order_idx\` ON \`movements_criteria_collective_points\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`movements_criteria_collective_points_parent_id_idx\` ON \`movements_criteria_collective_points\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`movements_criteria_individual_points\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`movements_criteria_individual\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`movements_criteria_individual_points_order_idx\` ON \`movements_criteria_individual_points\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`movements_criteria_individual_points_parent_id_idx\` ON \`movements_criteria_individual_points\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`movements_campaigns\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`starts_day\` numeric,
  	\`starts_month\` numeric,
  	\`starts_year\` numeric,
  	\`starts_sort_date\` text,
  	\`ends_day\` numeric,
  	\`ends_month\` numeric,
  	\`ends_year\` numeric,
  	\`ends_sort_date\` text,
  	\`description\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`movements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`movements_campaigns_order_idx\` ON \`movements_campaigns\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`movements_campaigns_parent_id_idx\` ON \`movements_campaigns\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`movements_campaigns_starts_starts_sort_date_idx\` ON \`movements_campaigns\` (\`starts_sort_date\`);`)
  await db.run(sql`CREATE INDEX \`movements_campaigns_ends_ends_sort_date_idx\` ON \`movements_campaigns\` (\`ends_sort_date\`);`)
  await db.run(sql`CREATE TABLE \`_movements_v_version_forms_collective\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_movements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_movements_v_version_forms_collective_order_idx\` ON \`_movements_v_version_forms_collective\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_movements_v_version_forms_collective_parent_id_idx\` ON \`_movements_v_version_forms_collective\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_movements_v_version_forms_individual\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_movements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_movements_v_version_forms_individual_order_idx\` ON \`_movements_v_version_forms_individual\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_movements_v_version_forms_individual_parent_id_idx\` ON \`_movements_v_version_forms_individual\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_movements_v_version_general_criteria_points\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_movements_v_version_general_criteria\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_movements_v_version_general_criteria_points_order_idx\` ON \`_movements_v_version_general_criteria_points\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_movements_v_version_general_criteria_points_parent_id_idx\` ON \`_movements_v_version_general_criteria_points\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_movements_v_version_general_criteria\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_movements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_movements_v_version_general_criteria_order_idx\` ON \`_movements_v_version_general_criteria\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_movements_v_version_general_criteria_parent_id_idx\` ON \`_movements_v_version_general_criteria\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_movements_v_version_criteria_collective_points\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_movements_v_version_criteria_collective\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_movements_v_version_criteria_collective_points_order_idx\` ON \`_movements_v_version_criteria_collective_points\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_movements_v_version_criteria_collective_points_parent_id_idx\` ON \`_movements_v_version_criteria_collective_points\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_movements_v_version_criteria_individual_points\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_movements_v_version_criteria_individual\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_movements_v_version_criteria_individual_points_order_idx\` ON \`_movements_v_version_criteria_individual_points\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_movements_v_version_criteria_individual_points_parent_id_idx\` ON \`_movements_v_version_criteria_individual_points\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_movements_v_version_campaigns\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`starts_day\` numeric,
  	\`starts_month\` numeric,
  	\`starts_year\` numeric,
  	\`starts_sort_date\` text,
  	\`ends_day\` numeric,
  	\`ends_month\` numeric,
  	\`ends_year\` numeric,
  	\`ends_sort_date\` text,
  	\`description\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_movements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_movements_v_version_campaigns_order_idx\` ON \`_movements_v_version_campaigns\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_movements_v_version_campaigns_parent_id_idx\` ON \`_movements_v_version_campaigns\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_movements_v_version_campaigns_starts_starts_sort_date_idx\` ON \`_movements_v_version_campaigns\` (\`starts_sort_date\`);`)
  await db.run(sql`CREATE INDEX \`_movements_v_version_campaigns_ends_ends_sort_date_idx\` ON \`_movements_v_version_campaigns\` (\`ends_sort_date\`);`)
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
  	\`version_note\` text,
  	\`version_choice\` text DEFAULT 'single',
  	\`version_show_results\` text DEFAULT 'afterVoting',
  	\`version_opens_at\` text,
  	\`version_opensat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_closes_at\` text,
  	\`version_closesat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
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
  	\`review_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
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
  await db.run(sql`CREATE INDEX \`consultations_review_state_idx\` ON \`consultations\` (\`review_state\`);`)
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
  	\`version_review_state\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
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
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_review_state_idx\` ON \`_consultations_v\` (\`version_review_state\`);`)
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
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`number\` text,
  	\`document_type_id\` integer,
  	\`issuer_id\` integer,
  	\`number_key\` text,
  	\`abstract\` text,
  	\`slug\` text,
  	\`entry_kind\` text DEFAULT 'full',
  	\`place_of_issue\` text,
  	\`issued_day\` numeric,
  	\`issued_month\` numeric,
  	\`issued_year\` numeric,
  	\`issued_sort_date\` text,
  	\`effective_at\` text,
  	\`signer\` text,
  	\`signer_title\` text,
  	\`body\` text,
  	\`movement_id\` integer,
  	\`field\` text DEFAULT 'emulation-commendation',
  	\`validity\` text DEFAULT 'undetermined',
  	\`is_sample\` integer DEFAULT false,
  	\`seed_key\` text,
  	\`review_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`created_by_id\` integer,
  	\`search\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`document_type_id\`) REFERENCES \`document_types\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`issuer_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`movement_id\`) REFERENCES \`movements\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_documents\`("id", "title", "number", "document_type_id", "issuer_id", "number_key", "abstract", "slug", "issued_day", "issued_month", "issued_year", "issued_sort_date", "effective_at", "signer", "signer_title", "body", "movement_id", "field", "validity", "is_sample", "seed_key", "created_by_id", "search", "meta_title", "meta_description", "meta_image_id", "updated_at", "created_at", "_status") SELECT "id", "title", "number", "document_type_id", "issuer_id", "number_key", "abstract", "slug", "issued_day", "issued_month", "issued_year", "issued_sort_date", "effective_at", "signer", "signer_title", "body", "movement_id", "field", "validity", "is_sample", "seed_key", "created_by_id", "search", "meta_title", "meta_description", "meta_image_id", "updated_at", "created_at", "_status" FROM \`documents\`;`)
  await db.run(sql`DROP TABLE \`documents\`;`)
  await db.run(sql`ALTER TABLE \`__new_documents\` RENAME TO \`documents\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`documents_number_idx\` ON \`documents\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`documents_document_type_idx\` ON \`documents\` (\`document_type_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_issuer_idx\` ON \`documents\` (\`issuer_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`documents_number_key_idx\` ON \`documents\` (\`number_key\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`documents_slug_idx\` ON \`documents\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`documents_entry_kind_idx\` ON \`documents\` (\`entry_kind\`);`)
  await db.run(sql`CREATE INDEX \`documents_issued_issued_sort_date_idx\` ON \`documents\` (\`issued_sort_date\`);`)
  await db.run(sql`CREATE INDEX \`documents_movement_idx\` ON \`documents\` (\`movement_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_field_idx\` ON \`documents\` (\`field\`);`)
  await db.run(sql`CREATE INDEX \`documents_validity_idx\` ON \`documents\` (\`validity\`);`)
  await db.run(sql`CREATE INDEX \`documents_is_sample_idx\` ON \`documents\` (\`is_sample\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`documents_seed_key_idx\` ON \`documents\` (\`seed_key\`);`)
  await db.run(sql`CREATE INDEX \`documents_review_state_idx\` ON \`documents\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`documents_created_by_idx\` ON \`documents\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_search_idx\` ON \`documents\` (\`search\`);`)
  await db.run(sql`CREATE INDEX \`documents_meta_meta_image_idx\` ON \`documents\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_updated_at_idx\` ON \`documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`documents_created_at_idx\` ON \`documents\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`documents__status_idx\` ON \`documents\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__documents_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_number\` text,
  	\`version_document_type_id\` integer,
  	\`version_issuer_id\` integer,
  	\`version_number_key\` text,
  	\`version_abstract\` text,
  	\`version_slug\` text,
  	\`version_entry_kind\` text DEFAULT 'full',
  	\`version_place_of_issue\` text,
  	\`version_issued_day\` numeric,
  	\`version_issued_month\` numeric,
  	\`version_issued_year\` numeric,
  	\`version_issued_sort_date\` text,
  	\`version_effective_at\` text,
  	\`version_signer\` text,
  	\`version_signer_title\` text,
  	\`version_body\` text,
  	\`version_movement_id\` integer,
  	\`version_field\` text DEFAULT 'emulation-commendation',
  	\`version_validity\` text DEFAULT 'undetermined',
  	\`version_is_sample\` integer DEFAULT false,
  	\`version_seed_key\` text,
  	\`version_review_state\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_created_by_id\` integer,
  	\`version_search\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_document_type_id\`) REFERENCES \`document_types\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_issuer_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_movement_id\`) REFERENCES \`movements\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__documents_v\`("id", "parent_id", "version_title", "version_number", "version_document_type_id", "version_issuer_id", "version_number_key", "version_abstract", "version_slug", "version_issued_day", "version_issued_month", "version_issued_year", "version_issued_sort_date", "version_effective_at", "version_signer", "version_signer_title", "version_body", "version_movement_id", "version_field", "version_validity", "version_is_sample", "version_seed_key", "version_created_by_id", "version_search", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_number", "version_document_type_id", "version_issuer_id", "version_number_key", "version_abstract", "version_slug", "version_issued_day", "version_issued_month", "version_issued_year", "version_issued_sort_date", "version_effective_at", "version_signer", "version_signer_title", "version_body", "version_movement_id", "version_field", "version_validity", "version_is_sample", "version_seed_key", "version_created_by_id", "version_search", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_documents_v\`;`)
  await db.run(sql`DROP TABLE \`_documents_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__documents_v\` RENAME TO \`_documents_v\`;`)
  await db.run(sql`CREATE INDEX \`_documents_v_parent_idx\` ON \`_documents_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_number_idx\` ON \`_documents_v\` (\`version_number\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_document_type_idx\` ON \`_documents_v\` (\`version_document_type_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_issuer_idx\` ON \`_documents_v\` (\`version_issuer_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_number_key_idx\` ON \`_documents_v\` (\`version_number_key\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_slug_idx\` ON \`_documents_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_entry_kind_idx\` ON \`_documents_v\` (\`version_entry_kind\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_issued_version_issued_sort_date_idx\` ON \`_documents_v\` (\`version_issued_sort_date\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_movement_idx\` ON \`_documents_v\` (\`version_movement_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_field_idx\` ON \`_documents_v\` (\`version_field\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_validity_idx\` ON \`_documents_v\` (\`version_validity\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_is_sample_idx\` ON \`_documents_v\` (\`version_is_sample\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_seed_key_idx\` ON \`_documents_v\` (\`version_seed_key\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_review_state_idx\` ON \`_documents_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_created_by_idx\` ON \`_documents_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_search_idx\` ON \`_documents_v\` (\`version_search\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_meta_version_meta_image_idx\` ON \`_documents_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_updated_at_idx\` ON \`_documents_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_created_at_idx\` ON \`_documents_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version__status_idx\` ON \`_documents_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_created_at_idx\` ON \`_documents_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_updated_at_idx\` ON \`_documents_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_latest_idx\` ON \`_documents_v\` (\`latest\`);`)
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
  	\`note\` text,
  	\`choice\` text DEFAULT 'single',
  	\`show_results\` text DEFAULT 'afterVoting',
  	\`opens_at\` text,
  	\`opensat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`closes_at\` text,
  	\`closesat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
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
  await db.run(sql`ALTER TABLE \`articles\` ADD \`publishedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh';`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`review_comment\` text;`)
  await db.run(sql`CREATE INDEX \`articles_review_state_idx\` ON \`articles\` (\`review_state\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_publishedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh';`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_review_state_idx\` ON \`_articles_v\` (\`version_review_state\`);`)
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
  await db.run(sql`ALTER TABLE \`awards\` ADD \`line_number\` numeric;`)
  await db.run(sql`ALTER TABLE \`awards\` ADD \`withdrawn\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`awards\` ADD \`withdrawal_decision_id\` integer REFERENCES award_decisions(id);`)
  await db.run(sql`ALTER TABLE \`awards\` ADD \`withdrawal_reason\` text;`)
  await db.run(sql`ALTER TABLE \`awards\` ADD \`import_batch_id\` integer REFERENCES award_imports(id);`)
  await db.run(sql`CREATE INDEX \`awards_withdrawn_idx\` ON \`awards\` (\`withdrawn\`);`)
  await db.run(sql`CREATE INDEX \`awards_withdrawal_decision_idx\` ON \`awards\` (\`withdrawal_decision_id\`);`)
  await db.run(sql`CREATE INDEX \`awards_import_batch_idx\` ON \`awards\` (\`import_batch_id\`);`)
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
  await db.run(sql`ALTER TABLE \`media\` ADD \`prefix\` text DEFAULT '';`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`consented_at\` text;`)
  await db.run(sql`ALTER TABLE \`feedback_attachments\` ADD \`prefix\` text DEFAULT '';`)
  await db.run(sql`ALTER TABLE \`feedback_attachments\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`redirects_rels\` ADD \`consultations_id\` integer REFERENCES consultations(id);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_consultations_id_idx\` ON \`redirects_rels\` (\`consultations_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`award_summaries_id\` integer REFERENCES award_summaries(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`award_imports_id\` integer REFERENCES award_imports(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`consultations_id\` integer REFERENCES consultations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`nominees_id\` integer REFERENCES nominees(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`consultation_comments_id\` integer REFERENCES consultation_comments(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audit_log_id\` integer REFERENCES audit_log(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_award_summaries_id_idx\` ON \`payload_locked_documents_rels\` (\`award_summaries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_award_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`award_imports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consultations_id_idx\` ON \`payload_locked_documents_rels\` (\`consultations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_nominees_id_idx\` ON \`payload_locked_documents_rels\` (\`nominees_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consultation_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`consultation_comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`fax\` text;`)
  await existingPublished.up(db)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`movements_forms_collective\`;`)
  await db.run(sql`DROP TABLE \`movements_forms_individual\`;`)
  await db.run(sql`DROP TABLE \`movements_general_criteria_points\`;`)
  await db.run(sql`DROP TABLE \`movements_general_criteria\`;`)
  await db.run(sql`DROP TABLE \`movements_criteria_collective_points\`;`)
  await db.run(sql`DROP TABLE \`movements_criteria_individual_points\`;`)
  await db.run(sql`DROP TABLE \`movements_campaigns\`;`)
  await db.run(sql`DROP TABLE \`_movements_v_version_forms_collective\`;`)
  await db.run(sql`DROP TABLE \`_movements_v_version_forms_individual\`;`)
  await db.run(sql`DROP TABLE \`_movements_v_version_general_criteria_points\`;`)
  await db.run(sql`DROP TABLE \`_movements_v_version_general_criteria\`;`)
  await db.run(sql`DROP TABLE \`_movements_v_version_criteria_collective_points\`;`)
  await db.run(sql`DROP TABLE \`_movements_v_version_criteria_individual_points\`;`)
  await db.run(sql`DROP TABLE \`_movements_v_version_campaigns\`;`)
  await db.run(sql`DROP TABLE \`_award_decisions_v\`;`)
  await db.run(sql`DROP TABLE \`award_summaries_counts\`;`)
  await db.run(sql`DROP TABLE \`award_summaries\`;`)
  await db.run(sql`DROP TABLE \`award_imports\`;`)
  await db.run(sql`DROP TABLE \`_polls_v_version_options\`;`)
  await db.run(sql`DROP TABLE \`_polls_v\`;`)
  await db.run(sql`DROP TABLE \`consultations\`;`)
  await db.run(sql`DROP TABLE \`consultations_rels\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`nominees\`;`)
  await db.run(sql`DROP TABLE \`consultation_comments\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`working_calendar_changes\`;`)
  await db.run(sql`DROP TABLE \`working_calendar\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_redirects_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`pages_id\` integer,
  	\`documents_id\` integer,
  	\`movements_id\` integer,
  	\`exemplary_models_id\` integer,
  	\`galleries_id\` integer,
  	\`blocs_id\` integer,
  	\`award_decisions_id\` integer,
  	\`categories_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`movements_id\`) REFERENCES \`movements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exemplary_models_id\`) REFERENCES \`exemplary_models\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`galleries_id\`) REFERENCES \`galleries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`blocs_id\`) REFERENCES \`blocs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`award_decisions_id\`) REFERENCES \`award_decisions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_redirects_rels\`("id", "order", "parent_id", "path", "articles_id", "pages_id", "documents_id", "movements_id", "exemplary_models_id", "galleries_id", "blocs_id", "award_decisions_id", "categories_id") SELECT "id", "order", "parent_id", "path", "articles_id", "pages_id", "documents_id", "movements_id", "exemplary_models_id", "galleries_id", "blocs_id", "award_decisions_id", "categories_id" FROM \`redirects_rels\`;`)
  await db.run(sql`DROP TABLE \`redirects_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_redirects_rels\` RENAME TO \`redirects_rels\`;`)
  await db.run(sql`CREATE INDEX \`redirects_rels_order_idx\` ON \`redirects_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_parent_idx\` ON \`redirects_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_path_idx\` ON \`redirects_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_articles_id_idx\` ON \`redirects_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_pages_id_idx\` ON \`redirects_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_documents_id_idx\` ON \`redirects_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_movements_id_idx\` ON \`redirects_rels\` (\`movements_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_exemplary_models_id_idx\` ON \`redirects_rels\` (\`exemplary_models_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_galleries_id_idx\` ON \`redirects_rels\` (\`galleries_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_blocs_id_idx\` ON \`redirects_rels\` (\`blocs_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_award_decisions_id_idx\` ON \`redirects_rels\` (\`award_decisions_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_categories_id_idx\` ON \`redirects_rels\` (\`categories_id\`);`)
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
  await db.run(sql`DROP INDEX \`articles_review_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`publishedat_tz\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`review_state\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`review_comment\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_review_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_publishedat_tz\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_review_state\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_review_comment\`;`)
  await db.run(sql`CREATE TABLE \`__new_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`number\` text,
  	\`document_type_id\` integer,
  	\`issuer_id\` integer,
  	\`number_key\` text,
  	\`abstract\` text,
  	\`slug\` text,
  	\`issued_day\` numeric,
  	\`issued_month\` numeric,
  	\`issued_year\` numeric,
  	\`issued_sort_date\` text,
  	\`effective_at\` text,
  	\`signer\` text,
  	\`signer_title\` text,
  	\`body\` text,
  	\`movement_id\` integer,
  	\`field\` text DEFAULT 'emulation-commendation',
  	\`validity\` text DEFAULT 'in-force',
  	\`is_sample\` integer DEFAULT false,
  	\`seed_key\` text,
  	\`created_by_id\` integer,
  	\`search\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`document_type_id\`) REFERENCES \`document_types\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`issuer_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`movement_id\`) REFERENCES \`movements\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_documents\`("id", "title", "number", "document_type_id", "issuer_id", "number_key", "abstract", "slug", "issued_day", "issued_month", "issued_year", "issued_sort_date", "effective_at", "signer", "signer_title", "body", "movement_id", "field", "validity", "is_sample", "seed_key", "created_by_id", "search", "meta_title", "meta_description", "meta_image_id", "updated_at", "created_at", "_status") SELECT "id", "title", "number", "document_type_id", "issuer_id", "number_key", "abstract", "slug", "issued_day", "issued_month", "issued_year", "issued_sort_date", "effective_at", "signer", "signer_title", "body", "movement_id", "field", "validity", "is_sample", "seed_key", "created_by_id", "search", "meta_title", "meta_description", "meta_image_id", "updated_at", "created_at", "_status" FROM \`documents\`;`)
  await db.run(sql`DROP TABLE \`documents\`;`)
  await db.run(sql`ALTER TABLE \`__new_documents\` RENAME TO \`documents\`;`)
  await db.run(sql`CREATE INDEX \`documents_number_idx\` ON \`documents\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`documents_document_type_idx\` ON \`documents\` (\`document_type_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_issuer_idx\` ON \`documents\` (\`issuer_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`documents_number_key_idx\` ON \`documents\` (\`number_key\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`documents_slug_idx\` ON \`documents\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`documents_issued_issued_sort_date_idx\` ON \`documents\` (\`issued_sort_date\`);`)
  await db.run(sql`CREATE INDEX \`documents_movement_idx\` ON \`documents\` (\`movement_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_field_idx\` ON \`documents\` (\`field\`);`)
  await db.run(sql`CREATE INDEX \`documents_validity_idx\` ON \`documents\` (\`validity\`);`)
  await db.run(sql`CREATE INDEX \`documents_is_sample_idx\` ON \`documents\` (\`is_sample\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`documents_seed_key_idx\` ON \`documents\` (\`seed_key\`);`)
  await db.run(sql`CREATE INDEX \`documents_created_by_idx\` ON \`documents\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_search_idx\` ON \`documents\` (\`search\`);`)
  await db.run(sql`CREATE INDEX \`documents_meta_meta_image_idx\` ON \`documents\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_updated_at_idx\` ON \`documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`documents_created_at_idx\` ON \`documents\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`documents__status_idx\` ON \`documents\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__documents_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_number\` text,
  	\`version_document_type_id\` integer,
  	\`version_issuer_id\` integer,
  	\`version_number_key\` text,
  	\`version_abstract\` text,
  	\`version_slug\` text,
  	\`version_issued_day\` numeric,
  	\`version_issued_month\` numeric,
  	\`version_issued_year\` numeric,
  	\`version_issued_sort_date\` text,
  	\`version_effective_at\` text,
  	\`version_signer\` text,
  	\`version_signer_title\` text,
  	\`version_body\` text,
  	\`version_movement_id\` integer,
  	\`version_field\` text DEFAULT 'emulation-commendation',
  	\`version_validity\` text DEFAULT 'in-force',
  	\`version_is_sample\` integer DEFAULT false,
  	\`version_seed_key\` text,
  	\`version_created_by_id\` integer,
  	\`version_search\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_document_type_id\`) REFERENCES \`document_types\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_issuer_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_movement_id\`) REFERENCES \`movements\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__documents_v\`("id", "parent_id", "version_title", "version_number", "version_document_type_id", "version_issuer_id", "version_number_key", "version_abstract", "version_slug", "version_issued_day", "version_issued_month", "version_issued_year", "version_issued_sort_date", "version_effective_at", "version_signer", "version_signer_title", "version_body", "version_movement_id", "version_field", "version_validity", "version_is_sample", "version_seed_key", "version_created_by_id", "version_search", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_number", "version_document_type_id", "version_issuer_id", "version_number_key", "version_abstract", "version_slug", "version_issued_day", "version_issued_month", "version_issued_year", "version_issued_sort_date", "version_effective_at", "version_signer", "version_signer_title", "version_body", "version_movement_id", "version_field", "version_validity", "version_is_sample", "version_seed_key", "version_created_by_id", "version_search", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_documents_v\`;`)
  await db.run(sql`DROP TABLE \`_documents_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__documents_v\` RENAME TO \`_documents_v\`;`)
  await db.run(sql`CREATE INDEX \`_documents_v_parent_idx\` ON \`_documents_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_number_idx\` ON \`_documents_v\` (\`version_number\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_document_type_idx\` ON \`_documents_v\` (\`version_document_type_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_issuer_idx\` ON \`_documents_v\` (\`version_issuer_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_number_key_idx\` ON \`_documents_v\` (\`version_number_key\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_slug_idx\` ON \`_documents_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_issued_version_issued_sort_date_idx\` ON \`_documents_v\` (\`version_issued_sort_date\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_movement_idx\` ON \`_documents_v\` (\`version_movement_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_field_idx\` ON \`_documents_v\` (\`version_field\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_validity_idx\` ON \`_documents_v\` (\`version_validity\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_is_sample_idx\` ON \`_documents_v\` (\`version_is_sample\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_seed_key_idx\` ON \`_documents_v\` (\`version_seed_key\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_created_by_idx\` ON \`_documents_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_search_idx\` ON \`_documents_v\` (\`version_search\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_meta_version_meta_image_idx\` ON \`_documents_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_updated_at_idx\` ON \`_documents_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_created_at_idx\` ON \`_documents_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version__status_idx\` ON \`_documents_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_created_at_idx\` ON \`_documents_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_updated_at_idx\` ON \`_documents_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_latest_idx\` ON \`_documents_v\` (\`latest\`);`)
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
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`_objectkey\`;`)
  await db.run(sql`ALTER TABLE \`feedback\` DROP COLUMN \`consented_at\`;`)
  await db.run(sql`ALTER TABLE \`feedback_attachments\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`feedback_attachments\` DROP COLUMN \`_objectkey\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`fax\`;`)
}
