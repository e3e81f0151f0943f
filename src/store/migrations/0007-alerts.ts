// Alerts: grouped alert signals with their status, evidence, audit links and owners (issue #9).
import type { Kysely, Migration } from 'kysely';

export const alerts: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('alerts')
      .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
      .addColumn('source', 'varchar(128)', (c) => c.notNull())
      .addColumn('severity', 'varchar(16)', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('entity_kind', 'varchar(16)', (c) => c.notNull())
      .addColumn('entity_id', 'varchar(256)', (c) => c.notNull())
      .addColumn('status', 'varchar(16)', (c) => c.notNull())
      .addColumn('first_seen', 'bigint', (c) => c.notNull())
      .addColumn('last_seen', 'bigint', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addColumn('evidence', 'text', (c) => c.notNull())
      .addColumn('request_ids', 'text', (c) => c.notNull())
      .addColumn('techniques', 'text', (c) => c.notNull())
      .addColumn('owner', 'varchar(256)')
      .addColumn('on_call', 'varchar(256)')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_by', 'varchar(128)')
      .addColumn('note', 'text')
      .execute();
    await db.schema.createIndex('alerts_group').on('alerts').columns(['source', 'entity_kind', 'entity_id', 'last_seen']).execute();
    await db.schema.createIndex('alerts_status').on('alerts').columns(['status', 'last_seen']).execute();
    await db.schema.createIndex('alerts_last_seen').on('alerts').column('last_seen').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('alerts').execute();
  },
};
