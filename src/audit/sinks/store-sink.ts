// audit.sink.store: the gateway's database. On SQLite it writes through its own connection with
// `synchronous=FULL` (durability costs one fsync per batch, not per request); on PostgreSQL a
// batch is one multi-row INSERT in one transaction.
import BetterSqlite3 from 'better-sqlite3';
import type { Store } from '../../store/store.ts';
import type { SealedEntry } from '../chain.ts';
import type { AuditSink } from './sink.ts';

const COLUMNS = ['chain_id', 'seq', 'time', 'type', 'request_id', 'principal_id', 'key_id', 'model', 'route', 'decision', 'status', 'hash', 'body'] as const;

function row(e: SealedEntry) {
  const i = e.index;
  return {
    chain_id: e.chain,
    seq: e.seq,
    time: e.time,
    type: e.type,
    request_id: i.requestId ?? null,
    principal_id: i.principalId ?? null,
    key_id: i.keyId ?? null,
    model: i.model ?? null,
    route: i.route ?? null,
    decision: i.decision ?? null,
    status: i.status ?? null,
    hash: e.hash,
    body: e.body,
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class StoreSink implements AuditSink {
  readonly id = 'audit.sink.store';
  private sqlite: BetterSqlite3.Database | undefined;
  private insertMany: ((batch: readonly SealedEntry[]) => void) | undefined;

  constructor(
    private readonly store: Store,
    readonly required: boolean,
    durability: 'full' | 'normal' = 'full',
    /** How long a write waits out another SQLite writer, in short non-blocking steps. */
    private readonly busyWaitMs = 2_000,
  ) {
    if (store.dialect === 'sqlite') {
      const db = new BetterSqlite3(store.location);
      db.pragma('journal_mode = WAL');
      // Per connection: the audit table's commits are fsynced even where the rest of the store is not.
      db.pragma(`synchronous = ${durability === 'full' ? 'FULL' : 'NORMAL'}`);
      // Short: better-sqlite3 waits synchronously, so longer waits happen in sleep() between tries.
      db.pragma('busy_timeout = 20');
      this.sqlite = db;
      this.prepare();
    }
  }

  private prepare(): void {
    const db = this.sqlite!;
    const stmt = db.prepare(`insert into audit_entries (${COLUMNS.join(', ')}) values (${COLUMNS.map(() => '?').join(', ')})`);
    // Positional parameters straight from the sealed entry: no intermediate row object per entry.
    this.insertMany = db.transaction((batch: readonly SealedEntry[]) => {
      for (const e of batch) {
        const i = e.index;
        stmt.run(e.chain, e.seq, e.time, e.type, i.requestId ?? null, i.principalId ?? null, i.keyId ?? null, i.model ?? null, i.route ?? null, i.decision ?? null, i.status ?? null, e.hash, e.body);
      }
    });
  }

  async write(batch: readonly SealedEntry[]): Promise<void> {
    if (batch.length === 0) return;
    if (!this.sqlite) {
      const rows = batch.map(row);
      await this.store.db.transaction().execute(async (tx) => {
        for (let i = 0; i < rows.length; i += 1_000) await tx.insertInto('audit_entries').values(rows.slice(i, i + 1_000)).execute();
      });
      return;
    }
    const deadline = Date.now() + this.busyWaitMs;
    for (;;) {
      try {
        if (!this.insertMany) this.prepare();
        this.insertMany!(batch);
        return;
      } catch (e) {
        const code = (e as { code?: string }).code ?? '';
        // A statement whose table went away must be prepared again once it is back.
        if (!code.startsWith('SQLITE_BUSY') && !code.startsWith('SQLITE_LOCKED')) {
          this.insertMany = undefined;
          throw e;
        }
        if (Date.now() >= deadline) throw e;
        await sleep(5);
      }
    }
  }

  async probe(): Promise<void> {
    if (this.sqlite) {
      // A write that is rolled back: proves the table is there and the file writable.
      const db = this.sqlite;
      db.exec('begin immediate');
      try {
        db.prepare('insert into audit_entries (chain_id, seq, time, type, hash, body) values (?, ?, ?, ?, ?, ?)').run('probe', -1, 0, 'probe', '0'.repeat(64), '{}');
      } finally {
        db.exec('rollback');
      }
      return;
    }
    await this.store.db
      .transaction()
      .execute(async (tx) => {
        await tx.insertInto('audit_entries').values({ chain_id: 'probe', seq: -1, time: 0, type: 'probe', request_id: null, principal_id: null, key_id: null, model: null, route: null, decision: null, status: null, hash: '0'.repeat(64), body: '{}' }).execute();
        throw new ProbeRollback();
      })
      .catch((e) => {
        if (!(e instanceof ProbeRollback)) throw e;
      });
  }

  async close(): Promise<void> {
    this.sqlite?.close();
    this.sqlite = undefined;
  }
}

class ProbeRollback extends Error {}
