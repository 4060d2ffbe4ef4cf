import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
  await db.run(sql`ALTER TABLE \`documents\` ADD \`entry_kind\` text DEFAULT 'full';`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`place_of_issue\` text;`)
  await db.run(sql`CREATE INDEX \`documents_entry_kind_idx\` ON \`documents\` (\`entry_kind\`);`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_entry_kind\` text DEFAULT 'full';`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_place_of_issue\` text;`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_entry_kind_idx\` ON \`_documents_v\` (\`version_entry_kind\`);`)
  await db.run(sql`ALTER TABLE \`polls\` ADD \`note\` text;`)
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
  await db.run(sql`DROP INDEX \`documents_entry_kind_idx\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`entry_kind\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`place_of_issue\`;`)
  await db.run(sql`DROP INDEX \`_documents_v_version_version_entry_kind_idx\`;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` DROP COLUMN \`version_entry_kind\`;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` DROP COLUMN \`version_place_of_issue\`;`)
  await db.run(sql`ALTER TABLE \`polls\` DROP COLUMN \`note\`;`)
}
