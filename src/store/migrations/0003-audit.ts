// The audit log: hash-chained entries (one chain per replica), signed checkpoints, per-subject
// payload keys (deleting one crypto-shreds that subject's payloads) and archived segments.
import type { Kysely, Migration } from 'kysely';

export const audit: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('audit_entries')
      .addColumn('chain_id', 'varchar(64)', (c) => c.notNull())
      .addColumn('seq', 'bigint', (c) => c.notNull())
      .addColumn('time', 'bigint', (c) => c.notNull())
      .addColumn('type', 'varchar(64)', (c) => c.notNull())
      .addColumn('request_id', 'varchar(128)')
      .addColumn('principal_id', 'varchar(64)')
      .addColumn('key_id', 'varchar(64)')
      .addColumn('model', 'varchar(256)')
      .addColumn('route', 'varchar(32)')
      .addColumn('decision', 'varchar(16)')
      .addColumn('status', 'integer')
      .addColumn('hash', 'char(64)', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('audit_entries_pk', ['chain_id', 'seq'])
      .execute();
    await db.schema.createIndex('audit_entries_time').on('audit_entries').column('time').execute();
    await db.schema.createIndex('audit_entries_request').on('audit_entries').column('request_id').execute();
    await db.schema.createIndex('audit_entries_principal').on('audit_entries').columns(['principal_id', 'time']).execute();
    await db.schema
      .createTable('audit_checkpoints')
      .addColumn('chain_id', 'varchar(64)', (c) => c.notNull())
      .addColumn('seq', 'bigint', (c) => c.notNull())
      .addColumn('head', 'char(64)', (c) => c.notNull())
      .addColumn('time', 'bigint', (c) => c.notNull())
      .addColumn('signature', 'text', (c) => c.notNull())
      .addColumn('public_key', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('audit_checkpoints_pk', ['chain_id', 'seq'])
      .execute();
    await db.schema
      .createTable('audit_subject_keys')
      .addColumn('subject', 'varchar(128)', (c) => c.primaryKey())
      .addColumn('wrapped_key', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('audit_archives')
      .addColumn('chain_id', 'varchar(64)', (c) => c.notNull())
      .addColumn('first_seq', 'bigint', (c) => c.notNull())
      .addColumn('last_seq', 'bigint', (c) => c.notNull())
      .addColumn('last_hash', 'char(64)', (c) => c.notNull())
      .addColumn('file', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('audit_archives_pk', ['chain_id', 'last_seq'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const t of ['audit_archives', 'audit_subject_keys', 'audit_checkpoints', 'audit_entries']) await db.schema.dropTable(t).execute();
  },
};
