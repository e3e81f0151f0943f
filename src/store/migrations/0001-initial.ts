// The first schema: settings, principals, API keys, role bindings.
import { type Kysely, type Migration, sql } from 'kysely';

export const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('settings')
      .addColumn('key', 'varchar(128)', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('principals')
      .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
      .addColumn('kind', 'varchar(16)', (c) => c.notNull())
      .addColumn('name', 'varchar(256)', (c) => c.notNull())
      .addColumn('owner_id', 'varchar(64)')
      .addColumn('status', 'varchar(16)', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('last_seen_at', 'bigint')
      .execute();
    await db.schema
      .createTable('api_keys')
      .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
      .addColumn('principal_id', 'varchar(64)', (c) => c.notNull().references('principals.id'))
      .addColumn('name', 'varchar(256)', (c) => c.notNull())
      .addColumn('key_hash', 'varchar(64)', (c) => c.notNull().unique())
      .addColumn('prefix', 'varchar(32)', (c) => c.notNull())
      .addColumn('model_scopes', 'text', (c) => c.notNull())
      .addColumn('source_cidrs', 'text')
      .addColumn('expires_at', 'bigint')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('last_used_at', 'bigint')
      .addColumn('revoked_at', 'bigint')
      .addColumn('revoked_reason', 'text')
      .execute();
    await db.schema.createIndex('api_keys_principal').on('api_keys').column('principal_id').execute();
    await db.schema
      .createTable('role_bindings')
      .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
      .addColumn('principal_id', 'varchar(64)', (c) => c.notNull().references('principals.id'))
      .addColumn('role', 'varchar(64)', (c) => c.notNull())
      .addColumn('resource', 'varchar(256)', (c) => c.notNull())
      .addColumn('expires_at', 'bigint')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull().defaultTo(sql`0`))
      .execute();
    await db.schema.createIndex('role_bindings_principal').on('role_bindings').column('principal_id').execute();
  },
  async down(db: Kysely<unknown>) {
    for (const t of ['role_bindings', 'api_keys', 'principals', 'settings']) await db.schema.dropTable(t).execute();
  },
};
