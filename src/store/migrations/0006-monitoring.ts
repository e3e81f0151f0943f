// Model monitoring state: reference profiles per model, per-replica live profile buckets (merged
// when drift is computed), the monitors' time series, and what predict requests answered (joined
// with ground truth arriving later through /v1/feedback).
import type { Kysely, Migration } from 'kysely';

export const monitoring: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('monitor_references')
      .addColumn('model', 'varchar(256)', (c) => c.primaryKey())
      .addColumn('source', 'varchar(256)', (c) => c.notNull())
      .addColumn('rows', 'bigint', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('monitor_buckets')
      .addColumn('model', 'varchar(256)', (c) => c.notNull())
      .addColumn('side', 'varchar(16)', (c) => c.notNull())
      .addColumn('bucket_start', 'bigint', (c) => c.notNull())
      .addColumn('replica', 'varchar(64)', (c) => c.notNull())
      .addColumn('count', 'bigint', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('monitor_buckets_pk', ['model', 'side', 'bucket_start', 'replica'])
      .execute();
    await db.schema
      .createTable('monitor_series')
      .addColumn('model', 'varchar(256)', (c) => c.notNull())
      .addColumn('monitor', 'varchar(32)', (c) => c.notNull())
      .addColumn('metric', 'varchar(256)', (c) => c.notNull())
      .addColumn('time', 'bigint', (c) => c.notNull())
      .addColumn('value', 'double precision')
      .addColumn('threshold', 'double precision')
      .addColumn('breached', 'integer', (c) => c.notNull())
      .addColumn('samples', 'bigint', (c) => c.notNull())
      .addColumn('detail', 'varchar(256)')
      .addPrimaryKeyConstraint('monitor_series_pk', ['model', 'monitor', 'metric', 'time'])
      .execute();
    await db.schema.createIndex('monitor_series_time').on('monitor_series').columns(['model', 'time']).execute();
    await db.schema
      .createTable('monitor_predictions')
      .addColumn('request_id', 'varchar(128)', (c) => c.primaryKey())
      .addColumn('model', 'varchar(256)', (c) => c.notNull())
      .addColumn('time', 'bigint', (c) => c.notNull())
      .addColumn('labels', 'text', (c) => c.notNull())
      .addColumn('feedback', 'text')
      .execute();
    await db.schema.createIndex('monitor_predictions_time').on('monitor_predictions').column('time').execute();
  },
  async down(db: Kysely<unknown>) {
    for (const t of ['monitor_predictions', 'monitor_series', 'monitor_buckets', 'monitor_references']) await db.schema.dropTable(t).execute();
  },
};
