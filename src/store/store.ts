// Opens the store: embedded SQLite (WAL) by default, PostgreSQL when a postgres:// URL is given.
// Both run the same migrations and are used through the same Kysely API.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import { migrationProvider } from './migrations/index.ts';
import type { Database } from './schema.ts';

export type Dialect = 'sqlite' | 'postgres';

export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  /** Where the data lives, for people (never includes a password). */
  readonly location: string;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** `postgres://…` for PostgreSQL; otherwise SQLite under dataDir. */
  readonly url?: string;
  readonly dataDir: string;
  /** PostgreSQL schema to use (tests isolate themselves with one). */
  readonly pgSchema?: string;
  readonly pgMaxConnections?: number;
}

const INT8_OID = 20;

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparseable url)';
  }
}

async function migrate(db: Kysely<Database>, pgSchema?: string): Promise<void> {
  // With a PostgreSQL schema, Kysely must look for its own bookkeeping tables in that schema:
  // otherwise it finds another schema's lock table, skips creating its own, and then fails.
  const migrator = new Migrator({ db, provider: migrationProvider, ...(pgSchema ? { migrationTableSchema: pgSchema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`store migration failed${failed ? ` at ${failed.migrationName}` : ''}: ${(error as Error | undefined)?.message ?? 'unknown error'}`);
  }
}

export async function openStore(opts: StoreOptions): Promise<Store> {
  const url = opts.url ?? process.env.BULWARK_DATABASE_URL;
  if (url && /^postgres(ql)?:\/\//i.test(url)) return openPostgres(url, opts);
  if (url) throw new Error('BULWARK_DATABASE_URL must be a postgres:// URL (SQLite is used when it is unset)');
  return openSqlite(opts.dataDir);
}

async function openSqlite(dataDir: string): Promise<Store> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, 'bulwark.db');
  const raw = new BetterSqlite3(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  await migrate(db);
  return {
    db,
    dialect: 'sqlite',
    location: file,
    async ping() {
      await sql`select 1`.execute(db);
    },
    async close() {
      await db.destroy();
    },
  };
}

async function openPostgres(url: string, opts: StoreOptions): Promise<Store> {
  const schema = opts.pgSchema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error('invalid PostgreSQL schema name');
  // Loaded only for PostgreSQL, so the embedded default does not carry the driver.
  const { default: pg } = await import('pg');
  const { default: Cursor } = await import('pg-cursor');
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.pgMaxConnections ?? 10,
    connectionTimeoutMillis: 5_000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        oid === INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  if (schema) {
    const c = await pool.connect();
    try {
      await c.query(`create schema if not exists ${schema}`);
    } finally {
      c.release();
    }
  }
  // The cursor lets long reads (audit verification, exports) stream one consistent result.
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool, cursor: Cursor }) });
  try {
    await migrate(db, schema);
  } catch (e) {
    await db.destroy();
    throw e;
  }
  return {
    db,
    dialect: 'postgres',
    location: redactUrl(url),
    async ping() {
      await sql`select 1`.execute(db);
    },
    async close() {
      await db.destroy();
    },
  };
}
