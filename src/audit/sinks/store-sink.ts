// audit.sink.store: the gateway's database. On SQLite, with `synchronous=FULL` (one fsync per
// batch, not per request): a large batch (the gateway is busy) is committed by a writer thread
// with its own connection, off the event loop, while the next batch is sealed; a small batch (a
// quiet gateway) is committed inline, which costs less than the round trip to the thread. On
// PostgreSQL a batch is one multi-row INSERT in one transaction.
import type { Store } from '../../store/store.ts';
import type { SealedEntry } from '../chain.ts';
import type { AuditSink } from './sink.ts';
import { AuditSqliteConnection } from './sqlite-audit-connection.ts';
import { SqliteWriterThread } from './sqlite-writer.ts';
import { flatRows } from './sqlite-writer-protocol.ts';

/** The largest batch committed inline; larger ones go to the writer thread. */
const INLINE_MAX = 32;
/** An inline write blocks the event loop while it waits for a lock: only briefly, then it sleeps. */
const INLINE_BUSY_MS = 20;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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

export class StoreSink implements AuditSink {
  readonly id = 'audit.sink.store';
  private readonly sqlite: SqliteWriterThread | undefined;
  private inline: AuditSqliteConnection | undefined;

  constructor(
    private readonly store: Store,
    readonly required: boolean,
    private readonly durability: 'full' | 'normal' = 'full',
    /** How long a write waits out another SQLite writer. */
    private readonly busyWaitMs = 2_000,
  ) {
    if (store.dialect === 'sqlite') this.sqlite = new SqliteWriterThread({ file: store.location, durability, busyTimeoutMs: busyWaitMs });
  }

  async write(batch: readonly SealedEntry[]): Promise<void> {
    if (batch.length === 0) return;
    if (this.sqlite && batch.length <= INLINE_MAX) return this.writeInline(batch);
    if (this.sqlite) return this.sqlite.write(batch);
    const rows = batch.map(row);
    await this.store.db.transaction().execute(async (tx) => {
      for (let i = 0; i < rows.length; i += 1_000) await tx.insertInto('audit_entries').values(rows.slice(i, i + 1_000)).execute();
    });
  }

  private async writeInline(batch: readonly SealedEntry[]): Promise<void> {
    const rows = flatRows(batch);
    const deadline = Date.now() + this.busyWaitMs;
    for (;;) {
      try {
        this.inline ??= new AuditSqliteConnection({ file: this.store.location, durability: this.durability, busyTimeoutMs: INLINE_BUSY_MS });
        this.inline.insert(rows);
        return;
      } catch (e) {
        const code = (e as { code?: string }).code ?? '';
        if (!code.startsWith('SQLITE_BUSY') && !code.startsWith('SQLITE_LOCKED')) throw e;
        if (Date.now() >= deadline) throw e;
        await sleep(5);
      }
    }
  }

  async probe(): Promise<void> {
    if (this.sqlite) return this.sqlite.probe();
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
    this.inline?.close();
    this.inline = undefined;
    await this.sqlite?.close();
  }
}

class ProbeRollback extends Error {}
