// The SQLite store sink: a small batch is committed inline, a large one by the writer thread. The
// thread reports SQLite's errors with their codes, prepares its insert again once a missing table
// is back, is started again after it dies (failing only what it held), and lets the process exit.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChainHead, type SealedEntry } from '../../src/audit/chain.ts';
import { StoreSink } from '../../src/audit/sinks/store-sink.ts';
import { storeEntries } from '../../src/audit/source.ts';
import { verifyEntries } from '../../src/audit/verify.ts';
import { type Store, openStore } from '../../src/store/store.ts';

const head = ChainHead.fresh('sink-test');
let sealed: SealedEntry[] = [];
/** The next n entries of the test chain. */
function next(n: number): SealedEntry[] {
  const drafts = Array.from({ length: n }, (_, i) => ({ time: 1_700_000_000_000 + head.seq + i, type: 'request', data: { i: head.seq + i, request_id: `r-${head.seq + i}` }, index: { requestId: `r-${head.seq + i}` } }));
  const out = head.seal(drafts);
  head.advance(out[out.length - 1]!);
  sealed = sealed.concat(out);
  return out;
}

/** The thread behind the sink, for the tests that break it on purpose. */
const threadOf = (s: StoreSink) => (s as unknown as { sqlite: { worker?: import('node:worker_threads').Worker } }).sqlite;

describe('SQLite store sink', () => {
  let dir: string;
  let store: Store;
  let sink: StoreSink;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bulwark-store-sink-'));
    store = await openStore({ dataDir: dir });
    sink = new StoreSink(store, true, 'full', 200);
    await sink.probe();
  });
  afterAll(async () => {
    await sink.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('commits small batches inline and large ones on the writer thread, in chain order', async () => {
    await sink.write(next(3));
    await sink.write(next(500));
    await sink.write(next(1));
    expect(threadOf(sink).worker).toBeDefined();
    const back = [];
    for await (const e of storeEntries(store, 'sink-test')) back.push(e);
    expect(back.map((e) => e.seq)).toEqual(sealed.map((e) => e.seq));
    expect((await verifyEntries(back)).ok).toBe(true);
  });

  it('reports a missing table with its SQLite code, and writes again once it is back', async () => {
    const db = new BetterSqlite3(store.location);
    db.exec('alter table audit_entries rename to audit_entries_off');
    const batch = next(100);
    await expect(sink.write(batch)).rejects.toMatchObject({ code: 'SQLITE_ERROR', message: expect.stringMatching(/no such table/) });
    await expect(sink.write(batch.slice(0, 5))).rejects.toMatchObject({ code: 'SQLITE_ERROR' });
    db.exec('alter table audit_entries_off rename to audit_entries');
    db.close();
    await sink.write(batch);
    const n = await store.db.selectFrom('audit_entries').select(({ fn }) => fn.countAll<number>().as('n')).where('chain_id', '=', 'sink-test').executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(sealed.length);
  });

  it('fails the batch a dead thread held, and starts a new thread for the next', async () => {
    const batch = next(200);
    const held = sink.write(batch);
    await threadOf(sink).worker!.terminate();
    await expect(held).rejects.toThrow(/audit writer thread exited/);
    // Whether the thread died before or after its commit, a retry of the same batch tells: it is
    // either written now or already there (a primary-key clash), never half-written.
    const retry = await sink.write(batch).then(
      () => 'written',
      (e: { code?: string }) => e.code,
    );
    expect(['written', 'SQLITE_CONSTRAINT_PRIMARYKEY']).toContain(retry);
    await sink.write(next(50));
    const back = [];
    for await (const e of storeEntries(store, 'sink-test')) back.push(e);
    expect(back.map((e) => e.seq)).toEqual(sealed.map((e) => e.seq));
    expect((await verifyEntries(back)).ok).toBe(true);
  });

  it('ends its thread on close', async () => {
    const s = new StoreSink(store, true);
    await s.write(next(100));
    const w = threadOf(s).worker!;
    let exited = false;
    w.once('exit', () => {
      exited = true;
    });
    await s.close();
    expect(exited).toBe(true);
  });
});
