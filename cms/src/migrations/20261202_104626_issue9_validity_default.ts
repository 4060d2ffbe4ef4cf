import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
  await db.run(sql`INSERT INTO \`__new_documents\`("id", "title", "number", "document_type_id", "issuer_id", "number_key", "abstract", "slug", "entry_kind", "place_of_issue", "issued_day", "issued_month", "issued_year", "issued_sort_date", "effective_at", "signer", "signer_title", "body", "movement_id", "field", "validity", "is_sample", "seed_key", "created_by_id", "search", "meta_title", "meta_description", "meta_image_id", "updated_at", "created_at", "_status") SELECT "id", "title", "number", "document_type_id", "issuer_id", "number_key", "abstract", "slug", "entry_kind", "place_of_issue", "issued_day", "issued_month", "issued_year", "issued_sort_date", "effective_at", "signer", "signer_title", "body", "movement_id", "field", "validity", "is_sample", "seed_key", "created_by_id", "search", "meta_title", "meta_description", "meta_image_id", "updated_at", "created_at", "_status" FROM \`documents\`;`)
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
  await db.run(sql`INSERT INTO \`__new__documents_v\`("id", "parent_id", "version_title", "version_number", "version_document_type_id", "version_issuer_id", "version_number_key", "version_abstract", "version_slug", "version_entry_kind", "version_place_of_issue", "version_issued_day", "version_issued_month", "version_issued_year", "version_issued_sort_date", "version_effective_at", "version_signer", "version_signer_title", "version_body", "version_movement_id", "version_field", "version_validity", "version_is_sample", "version_seed_key", "version_created_by_id", "version_search", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_number", "version_document_type_id", "version_issuer_id", "version_number_key", "version_abstract", "version_slug", "version_entry_kind", "version_place_of_issue", "version_issued_day", "version_issued_month", "version_issued_year", "version_issued_sort_date", "version_effective_at", "version_signer", "version_signer_title", "version_body", "version_movement_id", "version_field", "version_validity", "version_is_sample", "version_seed_key", "version_created_by_id", "version_search", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_documents_v\`;`)
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
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_created_by_idx\` ON \`_documents_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_search_idx\` ON \`_documents_v\` (\`version_search\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_meta_version_meta_image_idx\` ON \`_documents_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_updated_at_idx\` ON \`_documents_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_created_at_idx\` ON \`_documents_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version__status_idx\` ON \`_documents_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_created_at_idx\` ON \`_documents_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_updated_at_idx\` ON \`_documents_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_latest_idx\` ON \`_documents_v\` (\`latest\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
  await db.run(sql`INSERT INTO \`__new_documents\`("id", "title", "number", "document_type_id", "issuer_id", "number_key", "abstract", "slug", "entry_kind", "place_of_issue", "issued_day", "issued_month", "issued_year", "issued_sort_date", "effective_at", "signer", "signer_title", "body", "movement_id", "field", "validity", "is_sample", "seed_key", "created_by_id", "search", "meta_title", "meta_description", "meta_image_id", "updated_at", "created_at", "_status") SELECT "id", "title", "number", "document_type_id", "issuer_id", "number_key", "abstract", "slug", "entry_kind", "place_of_issue", "issued_day", "issued_month", "issued_year", "issued_sort_date", "effective_at", "signer", "signer_title", "body", "movement_id", "field", "validity", "is_sample", "seed_key", "created_by_id", "search", "meta_title", "meta_description", "meta_image_id", "updated_at", "created_at", "_status" FROM \`documents\`;`)
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
  await db.run(sql`INSERT INTO \`__new__documents_v\`("id", "parent_id", "version_title", "version_number", "version_document_type_id", "version_issuer_id", "version_number_key", "version_abstract", "version_slug", "version_entry_kind", "version_place_of_issue", "version_issued_day", "version_issued_month", "version_issued_year", "version_issued_sort_date", "version_effective_at", "version_signer", "version_signer_title", "version_body", "version_movement_id", "version_field", "version_validity", "version_is_sample", "version_seed_key", "version_created_by_id", "version_search", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_number", "version_document_type_id", "version_issuer_id", "version_number_key", "version_abstract", "version_slug", "version_entry_kind", "version_place_of_issue", "version_issued_day", "version_issued_month", "version_issued_year", "version_issued_sort_date", "version_effective_at", "version_signer", "version_signer_title", "version_body", "version_movement_id", "version_field", "version_validity", "version_is_sample", "version_seed_key", "version_created_by_id", "version_search", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_documents_v\`;`)
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
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_created_by_idx\` ON \`_documents_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_search_idx\` ON \`_documents_v\` (\`version_search\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_meta_version_meta_image_idx\` ON \`_documents_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_updated_at_idx\` ON \`_documents_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_created_at_idx\` ON \`_documents_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version__status_idx\` ON \`_documents_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_created_at_idx\` ON \`_documents_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_updated_at_idx\` ON \`_documents_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_latest_idx\` ON \`_documents_v\` (\`latest\`);`)
}
