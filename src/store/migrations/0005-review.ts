// Flagged prompts awaiting a reviewer's verdict (the injection detector's self-hardening loop).
// The prompt is stored encrypted; `text_hmac` finds repeats without the text.
import type { Kysely, Migration } from 'kysely';

export const review: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('injection_reviews')
      .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('request_id', 'varchar(128)', (c) => c.notNull())
      .addColumn('model', 'varchar(256)')
      .addColumn('location', 'varchar(256)', (c) => c.notNull())
      .addColumn('source', 'varchar(16)', (c) => c.notNull())
      .addColumn('score', 'real', (c) => c.notNull())
      .addColumn('rules', 'text', (c) => c.notNull())
      .addColumn('action', 'varchar(16)', (c) => c.notNull())
      .addColumn('chars', 'integer', (c) => c.notNull())
      .addColumn('text_hmac', 'char(64)', (c) => c.notNull())
      .addColumn('text_sealed', 'text', (c) => c.notNull())
      .addColumn('status', 'varchar(16)', (c) => c.notNull())
      .addColumn('category', 'varchar(128)')
      .addColumn('reviewed_by', 'varchar(64)')
      .addColumn('reviewed_at', 'bigint')
      .execute();
    await db.schema.createIndex('injection_reviews_status').on('injection_reviews').columns(['status', 'created_at']).execute();
    await db.schema.createIndex('injection_reviews_hmac').on('injection_reviews').column('text_hmac').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('injection_reviews').execute();
  },
};
