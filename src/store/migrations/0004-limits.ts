// Rate-limit overrides set through the admin API (limit.rate): per key, principal or model, read
// by every replica from the shared store. `limits` is the override's JSON (window → number | null).
import type { Kysely, Migration } from 'kysely';

export const limits: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('limit_overrides')
      .addColumn('kind', 'varchar(16)', (c) => c.notNull())
      .addColumn('subject_id', 'varchar(128)', (c) => c.notNull())
      .addColumn('limits', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_by', 'varchar(64)', (c) => c.notNull())
      .addPrimaryKeyConstraint('limit_overrides_pk', ['kind', 'subject_id'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('limit_overrides').execute();
  },
};
